import { useRef, useState, type FormEvent } from 'react';
import type { CaseSummary } from '../../../preload/contract/channels';
import { call } from '../../api';
import { todayIsoDate } from '../../lib/dates';
import { Button } from '../../ui/Button';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { useFormSave } from '../../ui/useFormSave';
import { useFocusOnOpen } from '../../ui/useFocusOnOpen';
import { ChildFields, childFieldErrors, type ChildFieldValues } from './ChildFields';

const IDS = { childName: 'new-case-name', dateOfBirth: 'new-case-dob', caseReference: 'new-case-reference' } as const;
const EMPTY: ChildFieldValues = { childName: '', dateOfBirth: '', caseReference: '' };

interface NewCaseFormProps {
  id: string;
  /** Focus "Child's name" when the form appears (not when it is open by default). */
  focusOnOpen: boolean;
  onCreated: (summary: CaseSummary) => void;
  onCancel: (() => void) | null;
}

/** "New case": only the child's name is required. */
export function NewCaseForm({ id, focusOnOpen, onCreated, onCancel }: NewCaseFormProps) {
  const [values, setValues] = useState(EMPTY);
  const { errors, busy, save } = useFormSave(IDS);
  const nameRef = useRef<HTMLInputElement>(null);
  const dobRef = useRef<HTMLInputElement>(null);
  const [today] = useState(todayIsoDate);

  useFocusOnOpen(nameRef, focusOnOpen);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const problems = childFieldErrors(values, IDS, dobRef.current?.validity.badInput ?? false, today);
    await save(
      problems,
      () =>
        call('createCase', {
          childName: values.childName,
          dateOfBirth: values.dateOfBirth === '' ? null : values.dateOfBirth,
          caseReference: values.caseReference.trim() === '' ? null : values.caseReference,
        }),
      onCreated,
    );
  };

  return (
    <section id={id} className="panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="section-heading">
        New case
      </h2>
      <ErrorSummary errors={errors} />
      <form onSubmit={submit} noValidate>
        <ChildFields
          ids={IDS}
          values={values}
          onChange={(field, value) => setValues((v) => ({ ...v, [field]: value }))}
          errors={errors}
          today={today}
          nameRef={nameRef}
          dobRef={dobRef}
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
