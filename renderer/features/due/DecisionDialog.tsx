/**
 * Snooze, mark not applicable, or reopen one reminder. A reason is always asked for and kept with the
 * item (a manager reading the record later can see why a visit reminder was put aside); nothing else
 * in the app waits on this.
 */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { DueItem } from '../../../preload/contract/timescales';
import type { ReminderDecision } from '../../../preload/contract/timescale-options';
import { call } from '../../api';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { errorFor, formErrorsFromApi, type FormError } from '../../ui/form-errors';
import { keepEscapeInside, submitOnEnter } from '../../ui/form-keys';
import { Modal } from '../../ui/Modal';
import { SubmitOrCancel } from '../../ui/SubmitOrCancel';
import { TextAreaField } from '../../ui/TextAreaField';
import { TextField } from '../../ui/TextField';
import { dayWords, nextDay } from './due-dates';

interface DecisionDialogProps {
  item: DueItem;
  decision: ReminderDecision;
  /** Main's today: a snooze must end after it to put anything aside. */
  today: string;
  /** Done: what to announce. */
  onDecided: (message: string) => void;
  onCancel: () => void;
}

const PREFIX = 'due-decision';
const TITLE_ID = `${PREFIX}-title`;
const IDS = { untilOn: `${PREFIX}-until`, reason: `${PREFIX}-reason` };

const WORDING: Record<ReminderDecision, { title: string; intro: string; submit: string }> = {
  snoozed: {
    title: 'Snooze',
    intro: 'It moves to “Put aside” until the date you choose, then comes back. Nothing is blocked either way.',
    submit: 'Snooze',
  },
  'not-applicable': {
    title: 'Not applicable',
    intro: 'It moves to “Put aside” and stays there until someone reopens it.',
    submit: 'Mark not applicable',
  },
  reopened: { title: 'Reopen', intro: 'It goes back to the list of what is due, with its own date.', submit: 'Reopen' },
};

export function DecisionDialog({ item, decision, today, onDecided, onCancel }: DecisionDialogProps) {
  const [untilOn, setUntilOn] = useState('');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FormError[]>([]);
  const [busy, setBusy] = useState(false);
  const dateRef = useRef<HTMLInputElement>(null);
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  const snoozing = decision === 'snoozed';
  const earliest = nextDay(today);
  const words = WORDING[decision];

  useEffect(() => (snoozing ? dateRef.current : reasonRef.current)?.focus(), [snoozing]);

  const check = (): FormError[] => {
    const problems: FormError[] = [];
    if (snoozing) {
      if (dateRef.current?.validity.badInput) problems.push({ fieldId: IDS.untilOn, message: 'Enter a real date' });
      else if (untilOn === '') problems.push({ fieldId: IDS.untilOn, message: 'Choose the date to snooze until' });
      else if (untilOn < earliest) problems.push({ fieldId: IDS.untilOn, message: `Choose a date after today (${dayWords(today)})` });
    }
    if (reason.trim() === '') problems.push({ fieldId: IDS.reason, message: 'Give a reason: it is kept with the reminder' });
    return problems;
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const problems = check();
    setErrors(problems);
    if (problems.length > 0) return;
    setBusy(true);
    const result = await call('decideReminder', {
      caseId: item.caseId,
      itemKey: item.key,
      decision,
      untilOn: snoozing ? untilOn : null,
      reason: reason.trim(),
    });
    setBusy(false);
    if (!result.ok) {
      setErrors(formErrorsFromApi(result.error, IDS));
      return;
    }
    const what = `${item.ruleLabel} for ${item.childName}`;
    onDecided(snoozing ? `${what} snoozed until ${dayWords(untilOn)}` : decision === 'reopened' ? `${what} reopened` : `${what} marked not applicable`);
  };

  return (
    <div onKeyDown={keepEscapeInside}>
      <Modal labelledBy={TITLE_ID} onEscape={onCancel} className="due-dialog">
        <h2 id={TITLE_ID} className="modal__title">
          {words.title}: {item.ruleLabel} for {item.childName}
        </h2>
        <p className="modal__intro">{words.intro}</p>
        <ErrorSummary errors={errors} />
        <form noValidate onSubmit={(e) => void submit(e)} onKeyDown={submitOnEnter}>
          {snoozing ? (
            <TextField
              id={IDS.untilOn}
              label="Snooze until"
              type="date"
              width="s"
              value={untilOn}
              onChange={setUntilOn}
              min={earliest}
              hint={`Due by ${dayWords(item.dueOn)}.`}
              error={errorFor(errors, IDS.untilOn)}
              inputRef={dateRef}
              required
            />
          ) : null}
          <TextAreaField
            id={IDS.reason}
            label="Reason"
            hint="Kept with the reminder, for you and anyone reading the record later."
            value={reason}
            onChange={setReason}
            rows={3}
            error={errorFor(errors, IDS.reason)}
            textareaRef={reasonRef}
          />
          <SubmitOrCancel submitLabel={words.submit} busy={busy} onCancel={onCancel} />
        </form>
      </Modal>
    </div>
  );
}
