/**
 * Two ways to change a status's dates. "End…" records that it ended (it stays in the history, and
 * nothing more is due under it). "Correct…" fixes dates or permanence entered by mistake; it says so,
 * because it changes what the reminders are worked out from.
 */
import { useRef, useState } from 'react';
import type { CaseStatus } from '../../../preload/contract/timescales';
import { call } from '../../api';
import { Checkbox } from '../../ui/Checkbox';
import { errorFor, type FormError } from '../../ui/form-errors';
import { FormDialog } from '../../ui/FormDialog';
import { TextField } from '../../ui/TextField';
import { useFormSave } from '../../ui/useFormSave';
import { dayWords } from '../due/due-dates';
import { dateProblem, problems } from '../../ui/date-checks';
import { useFocusOnOpen } from '../../ui/useFocusOnOpen';

interface StatusDatesDialogProps {
  mode: 'end' | 'correct';
  status: CaseStatus;
  /** The pack says this status has permanence (or it was recorded with it). */
  hasPermanence: boolean;
  onSaved: (status: CaseStatus) => void;
  onCancel: () => void;
}

const PREFIX = 'status-dates';
const IDS = { startedOn: `${PREFIX}-start`, endedOn: `${PREFIX}-end`, permanent: `${PREFIX}-permanent` };

export function StatusDatesDialog({ mode, status, hasPermanence, onSaved, onCancel }: StatusDatesDialogProps) {
  const [startedOn, setStartedOn] = useState(status.startedOn);
  const [endedOn, setEndedOn] = useState(status.endedOn ?? '');
  const [permanent, setPermanent] = useState(status.permanent ?? false);
  const { errors, busy, save } = useFormSave(IDS);
  const startRef = useRef<HTMLInputElement>(null);
  const endRef = useRef<HTMLInputElement>(null);
  const ending = mode === 'end';

  useFocusOnOpen(ending ? endRef : startRef);

  const check = (): FormError[] => {
    const found = problems(
      ending ? null : dateProblem(startRef.current, startedOn, IDS.startedOn, 'Enter the date it started'),
      dateProblem(endRef.current, endedOn, IDS.endedOn, ending ? 'Enter the date it ended' : null),
    );
    if (found.length === 0 && endedOn !== '' && endedOn < startedOn) {
      found.push({ fieldId: IDS.endedOn, message: `The end date must be on or after the start date (${dayWords(startedOn)})` });
    }
    return found;
  };

  const submit = () =>
    save(
      check(),
      () =>
        ending
          ? call('endCaseStatus', { statusId: status.id, endedOn })
          : call('updateCaseStatus', {
              statusId: status.id,
              startedOn,
              endedOn: endedOn === '' ? null : endedOn,
              permanent: hasPermanence ? permanent : null,
            }),
      onSaved,
    );

  return (
    <FormDialog
      titleId={`${PREFIX}-title`}
      title={ending ? `End ${status.label}` : `Correct ${status.label}`}
      intro={
        ending
          ? `Started ${dayWords(status.startedOn)}. It stays in the history; nothing more is due under it after it ends.`
          : 'For dates entered by mistake. Reminders are worked out again from the corrected dates.'
      }
      className="key-dates-dialog"
      errors={errors}
      busy={busy}
      submitLabel={ending ? 'End status' : 'Save correction'}
      onSubmit={() => void submit()}
      onCancel={onCancel}
    >
      {ending ? null : (
        <TextField
          id={IDS.startedOn}
          label="Start date"
          type="date"
          width="s"
          value={startedOn}
          onChange={setStartedOn}
          error={errorFor(errors, IDS.startedOn)}
          inputRef={startRef}
          required
        />
      )}
      <TextField
        id={IDS.endedOn}
        label={ending ? 'End date' : 'End date (optional)'}
        hint={ending ? undefined : 'Leave empty while it continues.'}
        type="date"
        width="s"
        value={endedOn}
        onChange={setEndedOn}
        min={startedOn}
        error={errorFor(errors, IDS.endedOn)}
        inputRef={endRef}
        required={ending}
      />
      {!ending && hasPermanence ? (
        <Checkbox id={IDS.permanent} label="Permanent placement (intended to last until the child is 18)" checked={permanent} onChange={setPermanent} />
      ) : null}
    </FormDialog>
  );
}
