/**
 * The wording fields shared by "Add an event" and "Edit wording": checked here first, with the same
 * rules as the contract (which checks again), so a practitioner hears what is missing before a
 * round trip, and a refused answer from main lands on the same fields.
 */
import type { FormError } from '../../ui/form-errors';

export interface WordingValues {
  event: string;
  source: string;
  analysis: string;
}

export type WordingIds = Record<keyof WordingValues, string>;

export const wordingIds = (prefix: string): WordingIds => ({
  event: `${prefix}-event`,
  source: `${prefix}-source`,
  analysis: `${prefix}-analysis`,
});

// The contract's limits (preload/contract/chronology.ts), repeated because the renderer imports no zod.
const MAX_EVENT = 2000;
const MAX_SOURCE = 300;
const MAX_ANALYSIS = 4000;

export function wordingErrors(values: WordingValues, ids: WordingIds): FormError[] {
  const errors: FormError[] = [];
  if (values.event.trim() === '') errors.push({ fieldId: ids.event, message: 'Say what happened' });
  else if (values.event.trim().length > MAX_EVENT) errors.push({ fieldId: ids.event, message: `The event can be at most ${MAX_EVENT} characters` });
  if (values.source.trim() === '') {
    errors.push({ fieldId: ids.source, message: 'Enter the source: who recorded it, the agency or the document' });
  } else if (values.source.trim().length > MAX_SOURCE) {
    errors.push({ fieldId: ids.source, message: `The source can be at most ${MAX_SOURCE} characters` });
  }
  if (values.analysis.trim().length > MAX_ANALYSIS) errors.push({ fieldId: ids.analysis, message: `Analysis can be at most ${MAX_ANALYSIS} characters` });
  return errors;
}

export function wordingRequest(values: WordingValues): { event: string; source: string; analysis: string | null } {
  const analysis = values.analysis.trim();
  return { event: values.event.trim(), source: values.source.trim(), analysis: analysis === '' ? null : analysis };
}
