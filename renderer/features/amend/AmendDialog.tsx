/**
 * Amending a finalised note: the corrected text and a reason, saved as a new version. The note as it
 * was stays in its history; nothing is overwritten. (Deleting a finalised note is never offered.)
 */
import './amend.css';
import { useId, useRef, useState } from 'react';
import type { Note } from '../../../preload/contract/channels';
import { structureOf } from '../../../preload/contract/note-structure';
import { call } from '../../api';
import { errorFor, type FormError } from '../../ui/form-errors';
import { FormDialog } from '../../ui/FormDialog';
import { TextAreaField } from '../../ui/TextAreaField';
import { TextField } from '../../ui/TextField';
import { useFormSave } from '../../ui/useFormSave';
import { useFocusOnOpen } from '../../ui/useFocusOnOpen';
import { noteWhen } from '../timeline/note-labels';

interface AmendDialogProps {
  note: Note;
  onClose: () => void;
  onAmended: (note: Note) => void;
}

const BODY = 'amend-body';
const REASON = 'amend-reason';

export function AmendDialog({ note, onClose, onAmended }: AmendDialogProps) {
  const titleId = useId();
  const [body, setBody] = useState(note.body);
  const [reason, setReason] = useState('');
  const { errors, busy, save } = useFormSave({ body: BODY, reason: REASON });
  const bodyRef = useRef<HTMLTextAreaElement>(null);

  useFocusOnOpen(bodyRef);

  const check = (): FormError[] => {
    const problems: FormError[] = [];
    if (body.trim() === '') problems.push({ message: 'Write the corrected note.', fieldId: BODY });
    else if (body === note.body) problems.push({ message: 'Change the text before saving an amendment.', fieldId: BODY });
    if (reason.trim() === '') problems.push({ message: 'Enter the reason for the amendment.', fieldId: REASON });
    return problems;
  };

  // The text alone changes: the note's structure goes with it as it was.
  const submit = () => save(check(), () => call('amendNote', { noteId: note.id, body, reason, structure: structureOf(note) }), onAmended);

  return (
    <FormDialog
      titleId={titleId}
      title={`Amend note from ${noteWhen(note)}`}
      intro="The note as it is now stays in its history, with your reason."
      className="amend-dialog"
      errors={errors}
      busy={busy}
      submitLabel="Save amendment"
      onSubmit={() => void submit()}
      onCancel={onClose}
    >
      <TextAreaField id={BODY} label="Note" value={body} onChange={setBody} rows={8} error={errorFor(errors, BODY)} textareaRef={bodyRef} />
      <TextField
        id={REASON}
        label="Reason for the amendment"
        hint="For example: wrong date, misheard name, added what the school said."
        value={reason}
        onChange={setReason}
        width="full"
        required
        error={errorFor(errors, REASON)}
      />
    </FormDialog>
  );
}
