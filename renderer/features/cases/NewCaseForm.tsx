import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { CaseSummary } from '../../../preload/contract/channels';
import { call } from '../../api';
import { todayIsoDate } from '../../lib/dates';
import { Button } from '../../ui/Button';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { errorFor, formErrorsFromApi, type FormError } from '../../ui/form-errors';
import { TextField } from '../../ui/TextField';

const IDS = { name: 'new-case-name', dob: 'new-case-dob', ref: 'new-case-reference' } as const;

interface NewCaseFormProps {
  id: string;
  /** Focus "Child's name" when the form appears (not when it is open by default). */
  focusOnOpen: boolean;
  onCreated: (summary: CaseSummary) => void;
  onCancel: (() => void) | null;
}

/** "New case": only the child's name is required. */
export function NewCaseForm({ id, focusOnOpen, onCreated, onCancel }: NewCaseFormProps) {
  const [childName, setChildName] = useState('');
  const [dateOfBirth, setDateOfBirth] = useState('');
  const [caseReference, setCaseReference] = useState('');
  const [errors, setErrors] = useState<FormError[]>([]);
  const [busy, setBusy] = useState(false);
  const nameRef = useRef<HTMLInputElement>(null);
  const dobRef = useRef<HTMLInputElement>(null);
  const [today] = useState(todayIsoDate);

  useEffect(() => {
    if (focusOnOpen) nameRef.current?.focus();
  }, [focusOnOpen]);

  const validate = (): FormError[] => {
    const problems: FormError[] = [];
    if (childName.trim() === '') problems.push({ fieldId: IDS.name, message: "Enter the child's name" });
    if (dobRef.current?.validity.badInput) {
      problems.push({ fieldId: IDS.dob, message: 'Enter a real date of birth, or leave it empty' });
    } else if (dateOfBirth !== '' && dateOfBirth > today) {
      problems.push({ fieldId: IDS.dob, message: 'Date of birth cannot be in the future' });
    }
    return problems;
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const problems = validate();
    setErrors(problems);
    if (problems.length > 0) return;
    setBusy(true);
    const result = await call('createCase', {
      childName,
      dateOfBirth: dateOfBirth === '' ? null : dateOfBirth,
      caseReference: caseReference.trim() === '' ? null : caseReference,
    });
    setBusy(false);
    if (result.ok) onCreated(result.value);
    else {
      setErrors(
        formErrorsFromApi(result.error, { childName: IDS.name, dateOfBirth: IDS.dob, caseReference: IDS.ref }),
      );
    }
  };

  return (
    <section id={id} className="panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="section-heading">
        New case
      </h2>
      <ErrorSummary errors={errors} />
      <form onSubmit={submit} noValidate>
        <TextField
          id={IDS.name}
          label="Child's name"
          value={childName}
          onChange={setChildName}
          error={errorFor(errors, IDS.name)}
          width="m"
          required
          inputRef={nameRef}
        />
        <TextField
          id={IDS.dob}
          label="Date of birth"
          hint="Optional"
          type="date"
          value={dateOfBirth}
          onChange={setDateOfBirth}
          error={errorFor(errors, IDS.dob)}
          width="s"
          max={today}
          inputRef={dobRef}
        />
        <TextField
          id={IDS.ref}
          label="Case reference"
          hint="Optional"
          value={caseReference}
          onChange={setCaseReference}
          error={errorFor(errors, IDS.ref)}
          width="s"
        />
        <div className="button-group">
          <Button type="submit" unavailable={busy}>
            Create case
          </Button>
          {onCancel ? (
            <Button variant="secondary" onClick={onCancel}>
              Cancel
            </Button>
          ) : null}
        </div>
      </form>
    </section>
  );
}
