/**
 * "Edit wording": what the chronology says about an event. For an entry from a note only the
 * chronology changes; the note stays as written (it is the legal record, corrected only by amendment).
 */
import { useRef, useState } from 'react';
import type { ChronologyEntry } from '../../../preload/contract/chronology';
import { call } from '../../api';
import { FormDialog } from '../../ui/FormDialog';
import { useFormSave } from '../../ui/useFormSave';
import { useFocusOnOpen } from '../../ui/useFocusOnOpen';
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
  const { errors, busy, save } = useFormSave(IDS);
  const eventRef = useRef<HTMLTextAreaElement>(null);

  useFocusOnOpen(eventRef);

  const submit = () => save(wordingErrors(values, IDS), () => call('updateChronologyEntry', { key: entry.key, ...wordingRequest(values) }), onSaved);

  return (
    <FormDialog
      titleId={TITLE_ID}
      title={`Edit wording of entry ${serial}`}
      intro={entry.kind === 'note' ? 'This changes the chronology only. The note itself is not changed.' : 'This event was added to the chronology by hand.'}
      className="chronology-dialog"
      errors={errors}
      busy={busy}
      submitLabel="Save wording"
      onSubmit={() => void submit()}
      onCancel={onCancel}
    >
      <WordingFields ids={IDS} values={values} onChange={(field, value) => setValues((v) => ({ ...v, [field]: value }))} errors={errors} eventRef={eventRef} />
    </FormDialog>
  );
}
