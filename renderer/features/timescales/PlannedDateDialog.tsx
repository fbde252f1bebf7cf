/**
 * "Add a planned date": a review conference booked for a date, from the team's pack of events. Rules
 * such as "report shared with parents 5 working days before the review" run back from it.
 */
import type { PlannedEvent, RulePackSummary } from '../../../preload/contract/timescales';
import { call } from '../../api';
import { PackDateDialog } from './PackDateDialog';

interface PlannedDateDialogProps {
  caseId: string;
  childName: string;
  events: RulePackSummary['events'];
  onAdded: (event: PlannedEvent) => void;
  onCancel: () => void;
}

const PREFIX = 'planned-date';
const IDS = { event: `${PREFIX}-event`, plannedOn: `${PREFIX}-date` };

export function PlannedDateDialog({ caseId, childName, events, onAdded, onCancel }: PlannedDateDialogProps) {
  return (
    <PackDateDialog
      prefix={PREFIX}
      title={`Add a planned date for ${childName}`}
      submitLabel="Add date"
      choice={{ id: IDS.event, label: 'What is planned', placeholder: 'Choose an event', missing: 'Choose what is planned', options: events }}
      date={{ id: IDS.plannedOn, label: 'Date', missing: 'Enter the date it is planned for' }}
      fields={IDS}
      save={(event, plannedOn) => call('addPlannedEvent', { caseId, event, plannedOn })}
      onSaved={onAdded}
      onCancel={onCancel}
    />
  );
}
