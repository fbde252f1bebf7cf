/**
 * Snooze, mark not applicable, or reopen one reminder. A reason is always asked for and kept with the
 * item (a manager reading the record later can see why a visit reminder was put aside); nothing else
 * in the app waits on this.
 */
import { useRef, useState } from 'react';
import type { DueItem } from '../../../preload/contract/timescales';
import type { ReminderDecision } from '../../../preload/contract/timescale-options';
import { call } from '../../api';
import { dateProblem, problems } from '../../ui/date-checks';
import { errorFor, type FormError } from '../../ui/form-errors';
import { FormDialog } from '../../ui/FormDialog';
import { TextAreaField } from '../../ui/TextAreaField';
import { TextField } from '../../ui/TextField';
import { useFormSave } from '../../ui/useFormSave';
import { useFocusOnOpen } from '../../ui/useFocusOnOpen';
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
  const { errors, busy, save } = useFormSave(IDS);
  const dateRef = useRef<HTMLInputElement>(null);
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  const snoozing = decision === 'snoozed';
  const earliest = nextDay(today);
  const words = WORDING[decision];

  useFocusOnOpen(snoozing ? dateRef : reasonRef);

  const check = (): FormError[] =>
    problems(
      snoozing
        ? (dateProblem(dateRef.current, untilOn, IDS.untilOn, 'Choose the date to snooze until') ??
            (untilOn < earliest ? { fieldId: IDS.untilOn, message: `Choose a date after today (${dayWords(today)})` } : null))
        : null,
      reason.trim() === '' ? { fieldId: IDS.reason, message: 'Give a reason: it is kept with the reminder' } : null,
    );

  const what = `${item.ruleLabel} for ${item.childName}`;
  const submit = () =>
    save(
      check(),
      () => call('decideReminder', { caseId: item.caseId, itemKey: item.key, decision, untilOn: snoozing ? untilOn : null, reason: reason.trim() }),
      () =>
        onDecided(snoozing ? `${what} snoozed until ${dayWords(untilOn)}` : decision === 'reopened' ? `${what} reopened` : `${what} marked not applicable`),
    );

  return (
    <FormDialog
      titleId={TITLE_ID}
      title={`${words.title}: ${item.ruleLabel} for ${item.childName}`}
      intro={words.intro}
      className="due-dialog"
      errors={errors}
      busy={busy}
      submitLabel={words.submit}
      onSubmit={() => void submit()}
      onCancel={onCancel}
    >
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
    </FormDialog>
  );
}
