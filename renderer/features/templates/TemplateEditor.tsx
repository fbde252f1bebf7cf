/**
 * The form for one template: its name and its prompts. Saving a change makes a new version (the old
 * one stays, for the notes written to it); saving without a change makes none. Esc or Cancel leaves
 * the template as it was.
 */
import { useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { NoteTemplate } from '../../../preload/contract/templates';
import { call } from '../../api';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { errorFor, type FormError } from '../../ui/form-errors';
import { useFormSave } from '../../ui/useFormSave';
import { SubmitOrCancel } from '../../ui/SubmitOrCancel';
import { TextAreaField } from '../../ui/TextAreaField';
import { TextField } from '../../ui/TextField';
import { useFocusOnOpen } from '../../ui/useFocusOnOpen';

interface TemplateEditorProps {
  /** Null: a new template. */
  template: NoteTemplate | null;
  onSaved: (saved: NoteTemplate) => void;
  onCancel: () => void;
}

export const editorNameId = (template: NoteTemplate | null) => `note-template-${template?.id ?? 'new'}-name`;

export function TemplateEditor({ template, onSaved, onCancel }: TemplateEditorProps) {
  const prefix = `note-template-${template?.id ?? 'new'}`;
  const ids = { name: editorNameId(template), body: `${prefix}-body`, heading: `${prefix}-editor-heading` };
  const [name, setName] = useState(template?.name ?? '');
  const [body, setBody] = useState(template?.body ?? '');
  const { errors, busy, save } = useFormSave({ name: ids.name, body: ids.body });

  const nameRef = useRef<HTMLInputElement>(null);
  useFocusOnOpen(nameRef);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const problems: FormError[] = [];
    if (name.trim() === '') problems.push({ fieldId: ids.name, message: 'Enter a name for the template' });
    if (body.trim() === '') problems.push({ fieldId: ids.body, message: 'Write the prompts the template should insert' });
    await save(problems, () => call('saveTemplate', { templateId: template?.id ?? null, name, body }), onSaved);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    onCancel();
  };

  return (
    <form className="note-template-editor" aria-labelledby={ids.heading} onSubmit={submit} onKeyDown={onKeyDown} noValidate>
      <h3 id={ids.heading} className="note-template-editor__heading">
        {template ? `Edit ${template.name}` : 'New template'}
      </h3>
      <ErrorSummary errors={errors} />
      <TextField id={ids.name} label="Name" hint="As it appears in Insert template" width="full" spellCheck value={name} onChange={setName} error={errorFor(errors, ids.name)} inputRef={nameRef} />
      <TextAreaField
        id={ids.body}
        label="Prompts"
        hint="The headings and questions put into the note, one per line, with blank lines for the answers. Every prompt is optional when writing."
        rows={12}
        value={body}
        onChange={setBody}
        error={errorFor(errors, ids.body)}
      />
      <SubmitOrCancel submitLabel={template ? 'Save as a new version' : 'Save template'} busy={busy} onCancel={onCancel} />
    </form>
  );
}
