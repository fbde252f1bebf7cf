/**
 * The child's name, date of birth and case reference: the same three fields when a case is created
 * and when its summary is edited, with the same checks before main is asked.
 */
import type { RefObject } from 'react';
import { dateOfBirthError, errorFor, type FormError } from '../../ui/form-errors';
import { TextField } from '../../ui/TextField';

export interface ChildFieldIds {
  childName: string;
  dateOfBirth: string;
  caseReference: string;
}

export interface ChildFieldValues {
  childName: string;
  dateOfBirth: string;
  caseReference: string;
}

interface ChildFieldsProps {
  ids: ChildFieldIds;
  values: ChildFieldValues;
  onChange: (field: keyof ChildFieldValues, value: string) => void;
  errors: readonly FormError[];
  today: string;
  nameRef: RefObject<HTMLInputElement | null>;
  dobRef: RefObject<HTMLInputElement | null>;
}

export function childFieldErrors(values: ChildFieldValues, ids: ChildFieldIds, dobUnreadable: boolean, today: string): FormError[] {
  const problems: FormError[] = [];
  if (values.childName.trim() === '') problems.push({ fieldId: ids.childName, message: "Enter the child's name" });
  const dob = dateOfBirthError(values.dateOfBirth, dobUnreadable, today);
  if (dob) problems.push({ fieldId: ids.dateOfBirth, message: dob });
  return problems;
}

export function ChildFields({ ids, values, onChange, errors, today, nameRef, dobRef }: ChildFieldsProps) {
  return (
    <>
      <TextField
        id={ids.childName}
        label="Child's name"
        value={values.childName}
        onChange={(value) => onChange('childName', value)}
        error={errorFor(errors, ids.childName)}
        width="m"
        required
        inputRef={nameRef}
      />
      <TextField
        id={ids.dateOfBirth}
        label="Date of birth"
        hint="Optional"
        type="date"
        value={values.dateOfBirth}
        onChange={(value) => onChange('dateOfBirth', value)}
        error={errorFor(errors, ids.dateOfBirth)}
        width="s"
        max={today}
        inputRef={dobRef}
      />
      <TextField
        id={ids.caseReference}
        label="Case reference"
        hint="Optional"
        value={values.caseReference}
        onChange={(value) => onChange('caseReference', value)}
        error={errorFor(errors, ids.caseReference)}
        width="s"
      />
    </>
  );
}
