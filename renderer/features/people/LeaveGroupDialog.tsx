/** Confirms taking this child out of the family group: nothing is deleted, the others stay together. */
import { call } from '../../api';
import { ConfirmActionDialog } from '../../ui/ConfirmActionDialog';
import { joinNames } from '../inbox/join-names';

interface LeaveGroupDialogProps {
  caseId: string;
  childName: string;
  siblingNames: readonly string[];
  onLeft: () => void;
  onCancel: () => void;
}

export function LeaveGroupDialog({ caseId, childName, siblingNames, onLeft, onCancel }: LeaveGroupDialogProps) {
  const others = joinNames(siblingNames);
  return (
    <ConfirmActionDialog
      titleId="leave-group-title"
      title={`Remove ${childName} from the family group?`}
      className="person-dialog person-dialog--narrow"
      confirmLabel="Remove from family group"
      request={() => call('leaveFamilyGroup', { caseId })}
      onDone={onLeft}
      onCancel={onCancel}
    >
      <p className="body">
        {childName}'s case, notes and people stay as they are. {others} {siblingNames.length === 1 ? 'stays' : 'stay'} in the family
        group without {childName}.
      </p>
    </ConfirmActionDialog>
  );
}
