import type { AppErrorBody } from '../api';

/** One problem with a form: shown in the error summary and, when it has a field, next to that field. */
export interface FormError {
  message: string;
  /** The id of the input the error belongs to; the summary links to it. */
  fieldId?: string;
}

/**
 * Turns an API error into form errors. `fields` maps the contract's field names (error.field, e.g.
 * "newPassphrase") to input ids; `codes` maps error codes (e.g. WRONG_PASSPHRASE) to input ids.
 */
export function formErrorsFromApi(
  error: AppErrorBody,
  fields: Readonly<Record<string, string>> = {},
  codes: Readonly<Partial<Record<AppErrorBody['code'], string>>> = {},
): FormError[] {
  const topField = error.field?.split('.')[0];
  const fieldId = (topField !== undefined ? fields[topField] : undefined) ?? codes[error.code];
  return [fieldId ? { message: error.message, fieldId } : { message: error.message }];
}

/** The message for one field, if any. */
export function errorFor(errors: readonly FormError[], fieldId: string): string | undefined {
  return errors.find((e) => e.fieldId === fieldId)?.message;
}

/** Focuses an input by id and brings it into view. */
export function focusField(fieldId: string): void {
  const element = document.getElementById(fieldId);
  if (!element) return;
  element.focus();
  element.scrollIntoView({ block: 'center' });
}

/**
 * A date of birth from a date input, checked before asking main: empty is fine (it is optional); a
 * half-typed date (the browser reports badInput and an empty value) or a future one is not.
 */
export function dateOfBirthError(value: string, unreadable: boolean, today: string): string | null {
  if (unreadable) return 'Enter a real date of birth, or leave it empty';
  if (value !== '' && value > today) return 'Date of birth cannot be in the future';
  return null;
}
