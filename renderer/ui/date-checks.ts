import type { FormError } from './form-errors';

/**
 * A date input's problem, if any, checked before asking main. A half-typed date makes the browser
 * report badInput with an empty value, which would otherwise read as "left empty".
 */
export function dateProblem(input: HTMLInputElement | null, value: string, fieldId: string, missing: string | null): FormError | null {
  if (input?.validity.badInput) return { fieldId, message: 'Enter a real date' };
  if (value === '' && missing !== null) return { fieldId, message: missing };
  return null;
}

/** The problems that are not null. */
export function problems(...found: Array<FormError | null>): FormError[] {
  return found.filter((p): p is FormError => p !== null);
}
