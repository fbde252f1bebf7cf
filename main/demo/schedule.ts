/**
 * When demo notes were written: spread evenly across a case's open months (with jitter, so there are
 * busy weeks and quiet ones), on weekdays, in working hours. Times are UTC; close enough to UK working
 * hours for training data.
 */
import type { Rng } from './prng';

export const DAY_MS = 86_400_000;
/** An average month; ages and case windows are in months, and a day either way does not matter here. */
export const MONTH_MS = 30.44 * DAY_MS;

export function monthsBefore(end: number, months: number): number {
  return end - months * MONTH_MS;
}

/** Whole months between two instants (rounded down), for a child's age on the day of a note. */
/** Schools are closed in August: a school visit planned then becomes a home visit. */
export function isSchoolHoliday(at: number): boolean {
  return new Date(at).getUTCMonth() === 7;
}

export function wholeMonthsBetween(from: number, to: number): number {
  return Math.floor((to - from) / MONTH_MS);
}

/** Christmas week is quiet: move 24–31 December back to the 23rd and 1 January on to the 2nd. */
function outsideChristmas(dayStart: number): number {
  const d = new Date(dayStart);
  if (d.getUTCMonth() === 11 && d.getUTCDate() >= 24) return Date.UTC(d.getUTCFullYear(), 11, 23);
  if (d.getUTCMonth() === 0 && d.getUTCDate() === 1) return Date.UTC(d.getUTCFullYear(), 0, 2);
  return dayStart;
}

function toWeekday(dayStart: number): number {
  const weekday = new Date(dayStart).getUTCDay();
  if (weekday === 6) return dayStart - DAY_MS; // Saturday → Friday
  if (weekday === 0) return dayStart + DAY_MS; // Sunday → Monday
  return dayStart;
}

/**
 * `count` instants in [start, end], ascending and distinct: one per equal slot, at a random point in it,
 * moved to a weekday between 09:00 and 18:59.
 */
export function spreadWorkingTimes(rng: Rng, start: number, end: number, count: number): number[] {
  const slot = (end - start) / count;
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const raw = start + slot * (i + rng.next());
    const day = toWeekday(outsideChristmas(raw - (raw % DAY_MS)));
    const t = day + (9 * 60 + rng.int(0, 10 * 60 - 1)) * 60_000 + rng.int(0, 59_999);
    times.push(Math.min(end, Math.max(start, t)));
  }
  times.sort((a, b) => a - b);
  for (let i = 1; i < times.length; i++) {
    if (times[i]! <= times[i - 1]!) times[i] = times[i - 1]! + 1000;
  }
  return times;
}
