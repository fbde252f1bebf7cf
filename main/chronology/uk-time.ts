/**
 * UK wall-clock dates and times. A chronology is read in court and at conference as UK dates, so an
 * instant is converted with the Europe/London rules (GMT in winter, BST in summer), never as UTC: a
 * contact at 2026-06-30T23:30Z happened on 1 July at 00:30.
 */

// Built once: constructing Intl formatters is slow. h23, so midnight reads 00:00 rather than 24:00.
const LONDON = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

export interface UkDateTime {
  /** YYYY-MM-DD */
  date: string;
  /** HH:MM, 24-hour */
  time: string;
}

export function ukDateTime(instant: string | Date): UkDateTime {
  const parts = LONDON.formatToParts(typeof instant === 'string' ? new Date(instant) : instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '00';
  return { date: `${part('year')}-${part('month')}-${part('day')}`, time: `${part('hour')}:${part('minute')}` };
}

/** A calendar date moved by whole days (YYYY-MM-DD in, YYYY-MM-DD out). */
export function addDays(isoDate: string, days: number): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}
