/**
 * Confirms taking an entry out of the chronology. An entry from a note is only left out (the note is
 * untouched and the entry can be restored); an event added by hand is deleted, so it says so plainly.
 */
import { useEffect, useRef, useState } from 'react';
import type { ChronologyEntry } from '../../../preload/contract/chronology';
import { call } from '../../api';
import { Button } from '../../ui/Button';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { Modal } from '../../ui/Modal';
import { keepEscapeInside } from '../../ui/form-keys';
import { ThirdPartyText } from '../../ui/ThirdPartyText';

interface ConfirmRemoveDialogProps {
  entry: ChronologyEntry;
  serial: number;
  onDone: (entry: ChronologyEntry) => void;
  onCancel: () => void;
}

const TITLE_ID = 'remove-entry-title';

export function ConfirmRemoveDialog({ entry, serial, onDone, onCancel }: ConfirmRemoveDialogProps) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const fromNote = entry.kind === 'note';
  const cancelRef = useRef<HTMLButtonElement>(null);

  // The least destructive choice takes focus (WAI-ARIA dialog pattern), so Enter on opening changes nothing.
  useEffect(() => cancelRef.current?.focus(), []);

  const confirm = async () => {
    if (busy) return;
    setBusy(true);
    const result = await call('removeChronologyEntry', { key: entry.key });
    setBusy(false);
    if (result.ok) onDone(entry);
    else setError(result.error.message);
  };

  return (
    <div onKeyDown={keepEscapeInside}>
      <Modal labelledBy={TITLE_ID} onEscape={onCancel} className="chronology-dialog chronology-dialog--narrow">
        <h2 id={TITLE_ID} className="modal__title">
          {fromNote ? `Leave entry ${serial} out of the chronology?` : `Remove entry ${serial} from the chronology?`}
        </h2>
        <ErrorSummary errors={error ? [{ message: error }] : []} />
        <blockquote className="chronology-quote">
          <ThirdPartyText text={entry.event} />
        </blockquote>
        <p className="body">
          {fromNote
            ? 'The note stays on the timeline as it is, marked significant. You can bring the entry back from "Show left-out entries".'
            : 'It was added by hand, so it will be deleted. This cannot be undone.'}
        </p>
        <div className="button-group">
          <Button variant="warning" unavailable={busy} onClick={() => void confirm()}>
            {fromNote ? 'Leave out' : 'Remove event'}
          </Button>
          <Button ref={cancelRef} variant="secondary" onClick={onCancel}>
            Cancel
          </Button>
        </div>
      </Modal>
    </div>
  );
}
