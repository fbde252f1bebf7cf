/**
 * How the Due screens say dates: "Thu 14 Jan 2027", and how far that is from today in words. "Today"
 * is the one main's rules used (DueOverview.today), never the renderer's clock, so the words agree with
 * the state main gave each item even around midnight.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/u;
const DAY_MS = 24 * 60 * 60 * 1000;

// Built from parts: some ICU versions put a comma after the weekday ("Thu, 14 Jan 2027").
const shortDate = new Intl.DateTimeFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

function utcDay(isoDate: string): number | null {
  const match = ISO_DATE.exec(isoDate);
  return match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : null;
}

/** "2027-01-14" as "Thu 14 Jan 2027" (a calendar date: no time zone moves it). */
export function dayWords(isoDate: string): string {
  const day = utcDay(isoDate);
  if (day === null) return isoDate;
  const part = (type: Intl.DateTimeFormatPartTypes) => shortDate.formatToParts(new Date(day)).find((p) => p.type === type)?.value ?? '';
  return `${part('weekday')} ${part('day')} ${part('month')} ${part('year')}`;
}

/** Whole days from `today` to `isoDate` (negative when it has passed). */
export function daysFrom(today: string, isoDate: string): number | null {
  const from = utcDay(today);
  const to = utcDay(isoDate);
  return from === null || to === null ? null : Math.round((to - from) / DAY_MS);
}

/** "today", "tomorrow", "in 5 days", "yesterday", "3 days ago". */
export function relativeDayWords(today: string, isoDate: string): string {
  const days = daysFrom(today, isoDate);
  if (days === null) return '';
  if (days === 0) return 'today';
  if (days === 1) return 'tomorrow';
  if (days === -1) return 'yesterday';
  return days > 0 ? `in ${days} days` : `${-days} days ago`;
}

/** The day after `isoDate`, as YYYY-MM-DD (the earliest a snooze can end and still put something aside). */
export function nextDay(isoDate: string): string {
  const day = utcDay(isoDate);
  return day === null ? isoDate : new Date(day + DAY_MS).toISOString().slice(0, 10);
}

/**
 * What was decided about a reminder, in words. A snooze whose date has passed no longer holds the
 * reminder back (main has put it back in its place), so it is said in the past tense.
 */
export function decisionWords(decision: { decision: string; untilOn: string | null }, state: string): string {
  if (decision.decision === 'snoozed') {
    const until = decision.untilOn ? dayWords(decision.untilOn) : 'a date';
    return state === 'snoozed' ? `Snoozed until ${until}` : `Was snoozed until ${until}`;
  }
  return decision.decision === 'not-applicable' ? 'Marked not applicable' : 'Reopened';
}

