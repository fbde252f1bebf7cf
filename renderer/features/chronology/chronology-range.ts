/** The date window's checks and how it reads ("1 December 2024 to 26 November 2026"). */
import { formatCalendarDate } from '../../lib/dates';
import type { FormError } from '../../ui/form-errors';

export const RANGE_IDS = { from: 'chronology-from', to: 'chronology-to' } as const;

export interface DateRange {
  /** YYYY-MM-DD, or '' for no limit. */
  from: string;
  to: string;
}

/** A half-typed date reads as '' with badInput set: that is an error, not "no limit". */
export function rangeErrors(range: DateRange, unreadable: { from: boolean; to: boolean }): FormError[] {
  const errors: FormError[] = [];
  if (unreadable.from) errors.push({ fieldId: RANGE_IDS.from, message: 'Enter a real From date, or leave it empty' });
  if (unreadable.to) errors.push({ fieldId: RANGE_IDS.to, message: 'Enter a real To date, or leave it empty' });
  if (errors.length === 0 && range.from && range.to && range.from > range.to) {
    errors.push({ fieldId: RANGE_IDS.to, message: 'The To date must be on or after the From date' });
  }
  return errors;
}

export function rangeInWords({ from, to }: DateRange): string {
  if (from && to) return `${formatCalendarDate(from)} to ${formatCalendarDate(to)}`;
  if (from) return `from ${formatCalendarDate(from)}`;
  if (to) return `up to ${formatCalendarDate(to)}`;
  return 'all dates';
}

export const inRange = (date: string, { from, to }: DateRange) => (!from || date >= from) && (!to || date <= to);
