/**
 * Settings → Note templates: the team's prompts for notes (a home visit's questions, Signs of Safety,
 * the Assessment Framework's domains). Add, edit (each save a new version), retire and restore. The
 * page says plainly what they are: the team's own, prompts not required fields, and remembered by
 * version in every note that used one.
 */
import { useState } from 'react';
import type { NoteTemplate } from '../../../preload/contract/templates';
import { call } from '../../api';
import { useAnswer } from '../../lib/useAnswer';
import { Button } from '../../ui/Button';
import { ErrorSummary } from '../../ui/ErrorSummary';
import type { FormError } from '../../ui/form-errors';
import { LiveStatus } from '../../ui/LiveStatus';
import { useFocusAfterRender } from '../../ui/useFocusAfterRender';
import { useStatus } from '../../ui/useStatus';
import { itemButtonId, NoteTemplateItem } from './NoteTemplateItem';
import { TemplateEditor } from './TemplateEditor';
import { TemplatesFile } from './TemplatesFile';
import '../../styles/templates.css';

const HEADING_ID = 'note-templates-heading';
const ADD_ID = 'note-templates-add';

export function NoteTemplatesSection() {
  const [templates, setTemplates] = useState<NoteTemplate[] | null>(null);
  /** The template being edited: its id, 'new', or nothing. */
  const [editing, setEditing] = useState<string | null>(null);
  const [errors, setErrors] = useState<FormError[]>([]);
  const { status, announce, clear } = useStatus();
  const focusNext = useFocusAfterRender();

  useAnswer(
    () => call('listTemplates', {}),
    (result) => {
      if (result.ok) setTemplates(result.value);
      else setErrors([{ message: result.error.message }]);
    },
    [],
  );

  const replace = (saved: NoteTemplate) =>
    setTemplates((list) => (list?.some((t) => t.id === saved.id) ? list.map((t) => (t.id === saved.id ? saved : t)) : [...(list ?? []), saved]));

  const closeEditor = (focusId: string) => {
    setEditing(null);
    focusNext(focusId);
  };

  const onSaved = (before: NoteTemplate | null, saved: NoteTemplate) => {
    replace(saved);
    closeEditor(itemButtonId(saved.id, 'edit'));
    setErrors([]);
    if (before && before.version === saved.version) announce(`Nothing changed: ${saved.name} is still v${saved.version}`);
    else announce(`${saved.name} saved as v${saved.version}`);
  };

  const setRetired = async (template: NoteTemplate, retired: boolean) => {
    clear();
    const result = await call('setTemplateRetired', { templateId: template.id, retired });
    if (!result.ok) {
      setErrors([{ message: result.error.message }]);
      return;
    }
    setErrors([]);
    replace(result.value);
    announce(retired ? `${template.name} retired: no longer offered when writing. Notes that used it still name it.` : `${template.name} restored`);
  };

  const editorFor = (template: NoteTemplate | null) => (
    <TemplateEditor
      template={template}
      onSaved={(saved) => onSaved(template, saved)}
      onCancel={() => closeEditor(template ? itemButtonId(template.id, 'edit') : ADD_ID)}
    />
  );

  return (
    <section className="section" aria-labelledby={HEADING_ID}>
      <h2 id={HEADING_ID} className="section-heading">
        Note templates
      </h2>
      <ErrorSummary errors={errors} />
      <p className="body">
        Prompts your team can put into a note with Insert template (<kbd>Alt+T</kbd> in the note box): headings and
        questions, never required fields. A note is complete with any of them left empty, and the text stays yours to
        change.
      </p>
      <p className="body muted">
        These are your team’s templates: change them here to suit how you work. Each save is a new version, and every
        note remembers the version it used, so older notes still show the prompts they were written to.
      </p>
      {templates === null ? (
        errors.length === 0 ? <p className="muted">Loading note templates…</p> : null
      ) : (
        <ol className="note-templates" aria-labelledby={HEADING_ID}>
          {templates.map((template) =>
            editing === template.id ? (
              <li key={template.id} className="note-template">
                {editorFor(template)}
              </li>
            ) : (
              <NoteTemplateItem
                key={template.id}
                template={template}
                onEdit={() => {
                  clear();
                  setEditing(template.id);
                }}
                onSetRetired={(retired) => void setRetired(template, retired)}
              />
            ),
          )}
        </ol>
      )}
      {editing === 'new' ? editorFor(null) : null}
      <div className="composer__actions">
        {templates !== null && editing !== 'new' ? (
          <Button id={ADD_ID} variant="secondary" onClick={() => setEditing('new')}>
            Add a template
          </Button>
        ) : null}
        <LiveStatus status={status} className="status--inline" />
      </div>
      {templates !== null ? (
        <TemplatesFile
          onImported={(list) => {
            setEditing(null);
            setTemplates(list);
          }}
        />
      ) : null}
    </section>
  );
}
