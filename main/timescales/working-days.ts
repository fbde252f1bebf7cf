/**
 * Working days for one nation: weekends and that nation's bank holidays (from date-holidays, a
 * maintained library — never a hand-typed list). England and Wales share bank holidays; Scotland
 * (2 January, St Andrew's Day, an August summer holiday, no Easter Monday) and Northern Ireland (St
 * Patrick's Day, 12 July) differ. Dates are UK calendar dates as "YYYY-MM-DD" strings throughout.
 */
import Holidays from 'date-holidays';
import type { Nation } from '../../preload/contract/timescale-options';

const REGION: Record<Nation, string> = { 'england-and-wales': 'ENG', scotland: 'SCT', 'northern-ireland': 'NIR' };
/** Public holidays and bank holidays close council offices; observances (Mother's Day…) do not. */
const CLOSED_TYPES = new Set(['public', 'bank']);

export interface WorkingDayCalendar {
  readonly nation: Nation;
  isWorkingDay(date: string): boolean;
  /** The bank holiday's name on that date, or null. */
  holidayOn(date: string): string | null;
  /** The date n working days after `date`; the start date itself never counts. */
  addWorkingDays(date: string, n: number): string;
  /** The date n working days before `date`. */
  subtractWorkingDays(date: string, n: number): string;
}

export function workingDayCalendar(nation: Nation): WorkingDayCalendar {
  const holidays = new Holidays('GB', REGION[nation]);
  const byYear = new Map<number, Map<string, string>>();
  const holidaysIn = (year: number): Map<string, string> => {
    let days = byYear.get(year);
    if (!days) {
      days = new Map();
      for (const h of holidays.getHolidays(year) || []) {
        if (CLOSED_TYPES.has(h.type)) days.set(h.date.slice(0, 10), h.name);
      }
      byYear.set(year, days);
    }
    return days;
  };
  const holidayOn = (date: string) => holidaysIn(Number(date.slice(0, 4))).get(date) ?? null;
  const isWorkingDay = (date: string) => {
    const weekday = new Date(`${date}T12:00:00Z`).getUTCDay();
    return weekday !== 0 && weekday !== 6 && holidayOn(date) === null;
  };
  const step = (date: string, n: number, direction: 1 | -1): string => {
    let current = date;
    let remaining = n;
    while (remaining > 0) {
      // Dates come from forms and notes; past year 9999 the string arithmetic would never end.
      if (current >= '9999-12-01' || current <= '0001-01-31') throw new RangeError('Date out of range for working days');
      current = shiftDays(current, direction);
      if (isWorkingDay(current)) remaining -= 1;
    }
    return current;
  };
  return {
    nation,
    isWorkingDay,
    holidayOn,
    // "Within 15 working days of Monday" counts Tuesday as day 1: the start day itself never counts.
    addWorkingDays: (date, n) => step(date, n, 1),
    subtractWorkingDays: (date, n) => step(date, n, -1),
  };
}

/** Calendar arithmetic on "YYYY-MM-DD" (UTC noon avoids any clock-change edge). */
export function shiftDays(date: string, days: number): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * "Within 3 months of 30 November" is 28 February (29 in a leap year): the same day of the month, or
 * the month's last day when it has no such day. Never spills into the month after.
 */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const targetMonth = m - 1 + months;
  const lastDay = new Date(Date.UTC(y, targetMonth + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, targetMonth, Math.min(d, lastDay), 12)).toISOString().slice(0, 10);
}
