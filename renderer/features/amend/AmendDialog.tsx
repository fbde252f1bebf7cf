/**
 * Amending a finalised note: the corrected text and a reason, saved as a new version. The note as it
 * was stays in its history; nothing is overwritten. (Deleting a finalised note is never offered.)
 */
import './amend.css';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { Note } from '../../../preload/contract/channels';
import { call } from '../../api';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { errorFor, formErrorsFromApi, type FormError } from '../../ui/form-errors';
import { Modal } from '../../ui/Modal';
import { SubmitOrCancel } from '../../ui/SubmitOrCancel';
import { TextAreaField } from '../../ui/TextAreaField';
import { TextField } from '../../ui/TextField';
import { noteWhen } from '../timeline/note-labels';
import { structureOf } from '../../../preload/contract/note-structure';

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
  const [errors, setErrors] = useState<FormError[]>([]);
  const [saving, setSaving] = useState(false);
  const bodyRef = useRef<HTMLTextAreaElement>(null);

  useEffect(() => bodyRef.current?.focus(), []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (saving) return;
    const problems: FormError[] = [];
    if (body.trim() === '') problems.push({ message: 'Write the corrected note.', fieldId: BODY });
    else if (body === note.body) problems.push({ message: 'Change the text before saving an amendment.', fieldId: BODY });
    if (reason.trim() === '') problems.push({ message: 'Enter the reason for the amendment.', fieldId: REASON });
    setErrors(problems);
    if (problems.length > 0) return;
    setSaving(true);
    const result = await call('amendNote', { noteId: note.id, body, reason, structure: structureOf(note) }); // the text alone changes
    setSaving(false);
    if (result.ok) onAmended(result.value);
    else setErrors(formErrorsFromApi(result.error, { body: BODY, reason: REASON }));
  };

  return (
    <Modal labelledBy={titleId} onEscape={onClose} className="amend-dialog">
      <h2 id={titleId} className="modal__title">
        Amend note from {noteWhen(note)}
      </h2>
      <p className="modal__intro">The note as it is now stays in its history, with your reason.</p>
      <ErrorSummary errors={errors} />
      <form noValidate onSubmit={(event) => void submit(event)}>
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
        <SubmitOrCancel submitLabel="Save amendment" busy={saving} onCancel={onClose} />
      </form>
    </Modal>
  );
}
