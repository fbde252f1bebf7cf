/**
 * "Add a planned date": a review conference booked for a date, from the team's pack of events. Rules
 * such as "report shared with parents 5 working days before the review" run back from it.
 */
import { useEffect, useRef, useState } from 'react';
import type { PlannedEvent, RulePackSummary } from '../../../preload/contract/timescales';
import { call } from '../../api';
import { errorFor, formErrorsFromApi, type FormError } from '../../ui/form-errors';
import { TextField } from '../../ui/TextField';
import { dateProblem, problems } from './date-checks';
import { FormDialog } from './FormDialog';
import { PackChoice } from './PackChoice';

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
  const [event, setEvent] = useState('');
  const [plannedOn, setPlannedOn] = useState('');
  const [errors, setErrors] = useState<FormError[]>([]);
  const [busy, setBusy] = useState(false);
  const selectRef = useRef<HTMLSelectElement>(null);
  const dateRef = useRef<HTMLInputElement>(null);

  useEffect(() => selectRef.current?.focus(), []);

  const submit = async () => {
    const found = problems(
      event === '' ? { fieldId: IDS.event, message: 'Choose what is planned' } : null,
      dateProblem(dateRef.current, plannedOn, IDS.plannedOn, 'Enter the date it is planned for'),
    );
    setErrors(found);
    if (found.length > 0) return;
    setBusy(true);
    const result = await call('addPlannedEvent', { caseId, event, plannedOn });
    setBusy(false);
    if (result.ok) onAdded(result.value);
    else setErrors(formErrorsFromApi(result.error, IDS));
  };

  return (
    <FormDialog
      titleId={`${PREFIX}-title`}
      title={`Add a planned date for ${childName}`}
      errors={errors}
      busy={busy}
      submitLabel="Add date"
      onSubmit={() => void submit()}
      onCancel={onCancel}
    >
      <PackChoice
        id={IDS.event}
        label="What is planned"
        placeholder="Choose an event"
        options={events}
        value={event}
        onChange={setEvent}
        error={errorFor(errors, IDS.event)}
        selectRef={selectRef}
      />
      <TextField
        id={IDS.plannedOn}
        label="Date"
        type="date"
        width="s"
        value={plannedOn}
        onChange={setPlannedOn}
        error={errorFor(errors, IDS.plannedOn)}
        inputRef={dateRef}
        required
      />
    </FormDialog>
  );
}
