/**
 * Confirms taking an entry out of the chronology. An entry from a note is only left out (the note is
 * untouched and the entry can be restored); an event added by hand is deleted, so it says so plainly.
 */
import type { ChronologyEntry } from '../../../preload/contract/chronology';
import { call } from '../../api';
import { ConfirmActionDialog } from '../../ui/ConfirmActionDialog';
import { ThirdPartyText } from '../../ui/ThirdPartyText';

interface ConfirmRemoveDialogProps {
  entry: ChronologyEntry;
  serial: number;
  onDone: (entry: ChronologyEntry) => void;
  onCancel: () => void;
}

export function ConfirmRemoveDialog({ entry, serial, onDone, onCancel }: ConfirmRemoveDialogProps) {
  const fromNote = entry.kind === 'note';
  return (
    <ConfirmActionDialog
      titleId="remove-entry-title"
      title={fromNote ? `Leave entry ${serial} out of the chronology?` : `Remove entry ${serial} from the chronology?`}
      className="chronology-dialog chronology-dialog--narrow"
      confirmLabel={fromNote ? 'Leave out' : 'Remove event'}
      request={() => call('removeChronologyEntry', { key: entry.key })}
      onDone={() => onDone(entry)}
      onCancel={onCancel}
      focusCancel
    >
      <blockquote className="chronology-quote">
        <ThirdPartyText text={entry.event} />
      </blockquote>
      <p className="body">
        {fromNote
          ? 'The note stays on the timeline as it is, marked significant. You can bring the entry back from "Show left-out entries".'
          : 'It was added by hand, so it will be deleted. This cannot be undone.'}
      </p>
    </ConfirmActionDialog>
  );
}
