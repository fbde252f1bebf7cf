/**
 * "Add an event": something the chronology must show that is not in a note — usually known from
 * another agency or a document (a police notification, a school report), so its source is required.
 */
import { useRef, useState } from 'react';
import type { ChronologyEntry } from '../../../preload/contract/chronology';
import type { FamilyChild } from '../../../preload/contract/people';
import { call } from '../../api';
import { cx } from '../../lib/cx';
import { todayIsoDate } from '../../lib/dates';
import { Checkbox } from '../../ui/Checkbox';
import { dateProblem, problems } from '../../ui/date-checks';
import { describedByIds, FieldShell } from '../../ui/FieldShell';
import { errorFor, type FormError } from '../../ui/form-errors';
import { FormDialog } from '../../ui/FormDialog';
import { TextField } from '../../ui/TextField';
import { useFormSave } from '../../ui/useFormSave';
import { useFocusOnOpen } from '../../ui/useFocusOnOpen';
import { wordingErrors, wordingIds, wordingRequest, type WordingValues } from './entry-form';
import { WordingFields } from './WordingFields';

interface AddEntryDialogProps {
  /** The family's children, this child first; with one child there is nothing to choose. */
  family: readonly FamilyChild[];
  /** Ticked when the dialog opens. */
  initialCaseIds: readonly string[];
  onAdded: (entry: ChronologyEntry) => void;
  onCancel: () => void;
}

const PREFIX = 'add-entry';
const TITLE_ID = `${PREFIX}-title`;
const IDS = { ...wordingIds(PREFIX), date: `${PREFIX}-date`, time: `${PREFIX}-time`, children: `${PREFIX}-children` };
const TIME_HINT = 'Leave empty if the time is not known. 24-hour, for example 22:40.';
const childBoxId = (caseId: string) => `${PREFIX}-child-${caseId}`;

export function AddEntryDialog({ family, initialCaseIds, onAdded, onCancel }: AddEntryDialogProps) {
  const [date, setDate] = useState('');
  const [time, setTime] = useState('');
  const [wording, setWording] = useState<WordingValues>({ event: '', source: '', analysis: '' });
  const [chosen, setChosen] = useState<ReadonlySet<string>>(() => new Set(initialCaseIds));
  const [today] = useState(todayIsoDate);
  const dateRef = useRef<HTMLInputElement>(null);
  const timeRef = useRef<HTMLInputElement>(null);
  const choosing = family.length > 1;
  const firstBox = family[0] ? childBoxId(family[0].caseId) : IDS.children;
  const { errors, busy, save } = useFormSave({ ...IDS, caseIds: firstBox });

  useFocusOnOpen(dateRef);

  const check = (): FormError[] => [
    ...problems(
      dateProblem(dateRef.current, date, IDS.date, 'Enter the date of the event') ??
        (date > today ? { fieldId: IDS.date, message: 'The date cannot be in the future' } : null),
      timeRef.current?.validity.badInput ? { fieldId: IDS.time, message: 'Enter a real time, or leave it empty' } : null,
    ),
    ...wordingErrors(wording, IDS),
    ...problems(chosen.size === 0 ? { fieldId: firstBox, message: 'Choose at least one child this event concerns' } : null),
  ];

  const submit = () =>
    save(
      check(),
      () =>
        call('addChronologyEntry', {
          // In the family's order, so the request reads as the form did.
          caseIds: family.map((c) => c.caseId).filter((id) => chosen.has(id)),
          date,
          time: time === '' ? null : time,
          ...wordingRequest(wording),
        }),
      onAdded,
    );

  const toggle = (caseId: string, checked: boolean) =>
    setChosen((current) => {
      const next = new Set(current);
      if (checked) next.add(caseId);
      else next.delete(caseId);
      return next;
    });

  const timeError = errorFor(errors, IDS.time);
  const childrenError = errorFor(errors, firstBox);
  return (
    <FormDialog
      titleId={TITLE_ID}
      title="Add an event"
      intro="For events not in a note, such as those known from other agencies or documents."
      className="chronology-dialog"
      errors={errors}
      busy={busy}
      submitLabel="Add event"
      onSubmit={() => void submit()}
      onCancel={onCancel}
    >
      <div className="chronology-when">
        <TextField id={IDS.date} label="Date" type="date" width="s" value={date} onChange={setDate} max={today} error={errorFor(errors, IDS.date)} inputRef={dateRef} required />
        <FieldShell id={IDS.time} label="Time (optional)" hint={TIME_HINT} error={timeError}>
          <input
            ref={timeRef}
            id={IDS.time}
            name={IDS.time}
            type="time"
            className={cx('input', 'input--s', timeError && 'input--error')}
            value={time}
            onChange={(e) => setTime(e.target.value)}
            aria-describedby={describedByIds(IDS.time, TIME_HINT, timeError)}
            aria-invalid={timeError ? true : undefined}
          />
        </FieldShell>
      </div>
      <WordingFields ids={IDS} values={wording} onChange={(field, value) => setWording((w) => ({ ...w, [field]: value }))} errors={errors} />
      {choosing ? (
        <fieldset className={cx('field', 'chronology-children', childrenError && 'field--error')}>
          <legend className="field__label">Which children does this concern?</legend>
          {family.map((child) => (
            <Checkbox
              key={child.caseId}
              id={childBoxId(child.caseId)}
              label={child.childName}
              checked={chosen.has(child.caseId)}
              onChange={(checked) => toggle(child.caseId, checked)}
              error={child.caseId === family[0]?.caseId ? childrenError : undefined}
            />
          ))}
        </fieldset>
      ) : null}
    </FormDialog>
  );
}
