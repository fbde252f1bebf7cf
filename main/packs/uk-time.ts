/**
 * Dates as a UK practitioner reads them. Instants are stored in UTC (ISO 8601); a pack's period and
 * every date it prints are UK calendar dates, and times UK clock times (GMT or BST as it was then),
 * converted by the chronology's rules so a pack and the chronology agree on every date.
 */
import { addDays, ukDateTime } from '../chronology/uk-time';

export { ukDateTime };

/**
 * UTC bounds [after, before) that cover the UK days from..to with a day to spare each side (UK time
 * is never more than an hour from UTC); the exact UK date is checked after conversion (inUkPeriod).
 */
export function widenedBounds(from: string, to: string): { after: string; before: string } {
  return { after: addDays(from, -1), before: addDays(to, 2) };
}

export function inUkPeriod(instant: string, from: string, to: string): boolean {
  const date = ukDateTime(instant).date;
  return date >= from && date <= to;
}

const longDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "2026-03-12" as "12 March 2026". */
export function longUkDate(isoDate: string): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return longDate.format(new Date(Date.UTC(y, m - 1, d)));
}
