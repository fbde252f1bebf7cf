/** Confirms taking this child out of the family group: nothing is deleted, the others stay together. */
import { useState } from 'react';
import { call } from '../../api';
import { joinNames } from '../inbox/join-names';
import { Button } from '../../ui/Button';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { Modal } from '../../ui/Modal';
import { keepEscapeInside } from '../../ui/form-keys';

interface LeaveGroupDialogProps {
  caseId: string;
  childName: string;
  siblingNames: readonly string[];
  onLeft: () => void;
  onCancel: () => void;
}

const TITLE_ID = 'leave-group-title';

export function LeaveGroupDialog({ caseId, childName, siblingNames, onLeft, onCancel }: LeaveGroupDialogProps) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const confirm = async () => {
    if (busy) return;
    setBusy(true);
    const result = await call('leaveFamilyGroup', { caseId });
    setBusy(false);
    if (result.ok) onLeft();
    else setError(result.error.message);
  };

  const others = joinNames(siblingNames);
  return (
    <div onKeyDown={keepEscapeInside}>
      <Modal labelledBy={TITLE_ID} onEscape={onCancel} className="person-dialog person-dialog--narrow">
        <h2 id={TITLE_ID} className="modal__title">
          Remove {childName} from the family group?
        </h2>
        <ErrorSummary errors={error ? [{ message: error }] : []} />
        <p className="body">
          {childName}'s case, notes and people stay as they are. {others} {siblingNames.length === 1 ? 'stays' : 'stay'} in the family
          group without {childName}.
        </p>
        <div className="button-group">
          <Button variant="warning" unavailable={busy} onClick={() => void confirm()}>
            Remove from family group
          </Button>
          <Button variant="secondary" onClick={onCancel}>
            Cancel
          </Button>
        </div>
      </Modal>
    </div>
  );
}
