/**
 * "Add status": a child protection plan, a looked-after placement… from the team's pack, with the date
 * it started. Where the pack says a status has permanence (looked-after placements, reg. 28), whether
 * the placement is intended to be permanent is asked, since it changes the visit interval after a year.
 */
import { useEffect, useRef, useState } from 'react';
import type { CaseStatus, RulePackSummary } from '../../../preload/contract/timescales';
import { call } from '../../api';
import { Checkbox } from '../../ui/Checkbox';
import { errorFor, formErrorsFromApi, type FormError } from '../../ui/form-errors';
import { TextField } from '../../ui/TextField';
import { dateProblem, problems } from './date-checks';
import { FormDialog } from './FormDialog';
import { PackChoice } from './PackChoice';

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
  const [status, setStatus] = useState('');
  const [startedOn, setStartedOn] = useState('');
  const [permanent, setPermanent] = useState(false);
  const [errors, setErrors] = useState<FormError[]>([]);
  const [busy, setBusy] = useState(false);
  const selectRef = useRef<HTMLSelectElement>(null);
  const dateRef = useRef<HTMLInputElement>(null);
  const chosen = statuses.find((s) => s.id === status);

  useEffect(() => selectRef.current?.focus(), []);

  const submit = async () => {
    const found = problems(
      status === '' ? { fieldId: IDS.status, message: 'Choose a status' } : null,
      dateProblem(dateRef.current, startedOn, IDS.startedOn, 'Enter the date it started'),
    );
    setErrors(found);
    if (found.length > 0) return;
    setBusy(true);
    const result = await call('addCaseStatus', { caseId, status, startedOn, permanent: chosen?.permanence ? permanent : null });
    setBusy(false);
    if (result.ok) onAdded(result.value);
    else setErrors(formErrorsFromApi(result.error, IDS));
  };

  return (
    <FormDialog
      titleId={`${PREFIX}-title`}
      title={`Add a status for ${childName}`}
      intro="The statuses come from your team's rules; reminders such as visits run from the start date."
      errors={errors}
      busy={busy}
      submitLabel="Add status"
      onSubmit={() => void submit()}
      onCancel={onCancel}
    >
      <PackChoice
        id={IDS.status}
        label="Status"
        placeholder="Choose a status"
        options={statuses}
        value={status}
        onChange={setStatus}
        error={errorFor(errors, IDS.status)}
        selectRef={selectRef}
      />
      <TextField
        id={IDS.startedOn}
        label="Start date"
        type="date"
        width="s"
        value={startedOn}
        onChange={setStartedOn}
        error={errorFor(errors, IDS.startedOn)}
        inputRef={dateRef}
        required
      />
      {chosen?.permanence ? (
        <Checkbox id={IDS.permanent} label="Permanent placement (intended to last until the child is 18)" checked={permanent} onChange={setPermanent} />
      ) : null}
    </FormDialog>
  );
}
