import { useRef, useState, type ReactNode } from 'react';
import type { Envelope } from '../../api';
import { errorFor } from '../../ui/form-errors';
import { FormDialog } from '../../ui/FormDialog';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';
import { useFormSave } from '../../ui/useFormSave';
import { dateProblem, problems } from '../../ui/date-checks';
import { useFocusOnOpen } from '../../ui/useFocusOnOpen';

interface PackDateDialogProps<T> {
  /** Prefix of the dialog's ids: `${prefix}-title`. */
  prefix: string;
  title: string;
  intro?: string;
  submitLabel: string;
  /** One of the pack's statuses or events; focused when the dialog opens. */
  choice: { id: string; label: string; placeholder: string; missing: string; options: ReadonlyArray<{ id: string; label: string }> };
  date: { id: string; label: string; missing: string };
  /** The contract's field names, to the ids of the inputs an error from main belongs to. */
  fields: Readonly<Record<string, string>>;
  save: (choice: string, date: string) => Promise<Envelope<T>>;
  onSaved: (value: T) => void;
  onCancel: () => void;
  /** What else to ask once something is chosen (e.g. permanence, for a status that has it). */
  extra?: (choice: string) => ReactNode;
}

/** A dialog that records one of the team's pack choices (a status, a planned event) with its date. */
export function PackDateDialog<T>({ prefix, title, intro, submitLabel, choice, date, fields, save, onSaved, onCancel, extra }: PackDateDialogProps<T>) {
  const [chosen, setChosen] = useState('');
  const [on, setOn] = useState('');
  const { errors, busy, save: saveForm } = useFormSave(fields);
  const selectRef = useRef<HTMLSelectElement>(null);
  const dateRef = useRef<HTMLInputElement>(null);

  useFocusOnOpen(selectRef);

  const submit = () =>
    saveForm(
      problems(
        chosen === '' ? { fieldId: choice.id, message: choice.missing } : null,
        dateProblem(dateRef.current, on, date.id, date.missing),
      ),
      () => save(chosen, on),
      onSaved,
    );

  return (
    <FormDialog
      titleId={`${prefix}-title`}
      title={title}
      intro={intro}
      className="key-dates-dialog"
      errors={errors}
      busy={busy}
      submitLabel={submitLabel}
      onSubmit={() => void submit()}
      onCancel={onCancel}
    >
      <SelectField
        id={choice.id}
        label={choice.label}
        placeholder={choice.placeholder}
        options={choice.options}
        value={chosen}
        onChange={setChosen}
        error={errorFor(errors, choice.id)}
        selectRef={selectRef}
      />
      <TextField
        id={date.id}
        label={date.label}
        type="date"
        width="s"
        value={on}
        onChange={setOn}
        error={errorFor(errors, date.id)}
        inputRef={dateRef}
        required
      />
      {extra?.(chosen)}
    </FormDialog>
  );
}
