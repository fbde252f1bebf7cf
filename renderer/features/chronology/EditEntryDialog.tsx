/**
 * "Edit wording": what the chronology says about an event. For an entry from a note only the
 * chronology changes; the note stays as written (it is the legal record, corrected only by amendment).
 */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { ChronologyEntry } from '../../../preload/contract/chronology';
import { call } from '../../api';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { formErrorsFromApi, type FormError } from '../../ui/form-errors';
import { Modal } from '../../ui/Modal';
import { SubmitOrCancel } from '../../ui/SubmitOrCancel';
import { keepEscapeInside } from '../../ui/form-keys';
import { wordingErrors, wordingIds, wordingRequest, type WordingValues } from './entry-form';
import { WordingFields } from './WordingFields';

interface EditEntryDialogProps {
  entry: ChronologyEntry;
  /** The entry's number in the chronology as shown. */
  serial: number;
  onSaved: (entry: ChronologyEntry) => void;
  onCancel: () => void;
}

const TITLE_ID = 'edit-entry-title';
const IDS = wordingIds('edit-entry');

export function EditEntryDialog({ entry, serial, onSaved, onCancel }: EditEntryDialogProps) {
  const [values, setValues] = useState<WordingValues>({ event: entry.event, source: entry.source, analysis: entry.analysis ?? '' });
  const [errors, setErrors] = useState<FormError[]>([]);
  const [busy, setBusy] = useState(false);
  const eventRef = useRef<HTMLTextAreaElement>(null);

  useEffect(() => eventRef.current?.focus(), []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const problems = wordingErrors(values, IDS);
    setErrors(problems);
    if (problems.length > 0) return;
    setBusy(true);
    const result = await call('updateChronologyEntry', { key: entry.key, ...wordingRequest(values) });
    setBusy(false);
    if (result.ok) onSaved(result.value);
    else setErrors(formErrorsFromApi(result.error, IDS));
  };

  return (
    <div onKeyDown={keepEscapeInside}>
      <Modal labelledBy={TITLE_ID} onEscape={onCancel} className="chronology-dialog">
        <h2 id={TITLE_ID} className="modal__title">
          Edit wording of entry {serial}
        </h2>
        <p className="modal__intro">
          {entry.kind === 'note'
            ? 'This changes the chronology only. The note itself is not changed.'
            : 'This event was added to the chronology by hand.'}
        </p>
        <ErrorSummary errors={errors} />
        <form noValidate onSubmit={(e) => void submit(e)}>
          <WordingFields ids={IDS} values={values} onChange={(field, value) => setValues((v) => ({ ...v, [field]: value }))} errors={errors} eventRef={eventRef} />
          <SubmitOrCancel submitLabel="Save wording" busy={busy} onCancel={onCancel} />
        </form>
      </Modal>
    </div>
  );
}
