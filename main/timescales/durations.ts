/** A rule's durations applied to UK calendar dates, and said in words. */
import type { Duration } from './rule-pack-schema';
import { addMonths, shiftDays, type WorkingDayCalendar } from './working-days';

/** The date a duration after `date` ends on. Hours (recording rules) round up to whole days. */
export function addDuration(date: string, duration: Duration, calendar: WorkingDayCalendar): string {
  if ('workingDays' in duration) return calendar.addWorkingDays(date, duration.workingDays);
  if ('days' in duration) return shiftDays(date, duration.days);
  if ('weeks' in duration) return shiftDays(date, duration.weeks * 7);
  if ('months' in duration) return addMonths(date, duration.months);
  return shiftDays(date, Math.ceil(duration.hours / 24));
}

/** The date a duration before `date` starts on ("3 working days before the conference"). */
export function subtractDuration(date: string, duration: Duration, calendar: WorkingDayCalendar): string {
  if ('workingDays' in duration) return calendar.subtractWorkingDays(date, duration.workingDays);
  if ('days' in duration) return shiftDays(date, -duration.days);
  if ('weeks' in duration) return shiftDays(date, -duration.weeks * 7);
  if ('months' in duration) return addMonths(date, -duration.months);
  return shiftDays(date, -Math.ceil(duration.hours / 24));
}

export function durationWords(duration: Duration): string {
  const [unit, n] = Object.entries(duration)[0] as [keyof Duration | string, number];
  const words: Record<string, [string, string]> = {
    workingDays: ['working day', 'working days'],
    days: ['day', 'days'],
    weeks: ['week', 'weeks'],
    months: ['month', 'months'],
    hours: ['hour', 'hours'],
  };
  const [one, many] = words[unit] ?? [unit, unit];
  return `${n} ${n === 1 ? one : many}`;
}
