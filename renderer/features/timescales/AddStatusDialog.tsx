/**
 * "Add status": a child protection plan, a looked-after placement… from the team's pack, with the date
 * it started. Where the pack says a status has permanence (looked-after placements, reg. 28), whether
 * the placement is intended to be permanent is asked, since it changes the visit interval after a year.
 */
import { useState } from 'react';
import type { CaseStatus, RulePackSummary } from '../../../preload/contract/timescales';
import { call } from '../../api';
import { Checkbox } from '../../ui/Checkbox';
import { PackDateDialog } from './PackDateDialog';

interface AddStatusDialogProps {
  caseId: string;
  childName: string;
  statuses: RulePackSummary['statuses'];
  onAdded: (status: CaseStatus) => void;
  onCancel: () => void;
}

const PREFIX = 'add-status';
const IDS = { status: `${PREFIX}-status`, startedOn: `${PREFIX}-start`, permanent: `${PREFIX}-permanent` };

export function AddStatusDialog({ caseId, childName, statuses, onAdded, onCancel }: AddStatusDialogProps) {
  const [permanent, setPermanent] = useState(false);
  const hasPermanence = (status: string) => statuses.find((s) => s.id === status)?.permanence ?? false;

  return (
    <PackDateDialog
      prefix={PREFIX}
      title={`Add a status for ${childName}`}
      intro="The statuses come from your team's rules; reminders such as visits run from the start date."
      submitLabel="Add status"
      choice={{ id: IDS.status, label: 'Status', placeholder: 'Choose a status', missing: 'Choose a status', options: statuses }}
      date={{ id: IDS.startedOn, label: 'Start date', missing: 'Enter the date it started' }}
      fields={IDS}
      save={(status, startedOn) => call('addCaseStatus', { caseId, status, startedOn, permanent: hasPermanence(status) ? permanent : null })}
      onSaved={onAdded}
      onCancel={onCancel}
      extra={(status) =>
        hasPermanence(status) ? (
          <Checkbox id={IDS.permanent} label="Permanent placement (intended to last until the child is 18)" checked={permanent} onChange={setPermanent} />
        ) : null
      }
    />
  );
}
