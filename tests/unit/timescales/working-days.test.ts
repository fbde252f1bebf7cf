/**
 * Working days against hand-counted calendars, in each nation: the bank holidays come from
 * date-holidays, and these dates are the ones a practitioner would count on a paper calendar.
 */
import { describe, expect, it } from 'vitest';
import { addMonths, workingDayCalendar } from '../../../main/timescales/working-days';

const england = workingDayCalendar('england-and-wales');
const scotland = workingDayCalendar('scotland');
const northernIreland = workingDayCalendar('northern-ireland');

describe('working days', () => {
  it('skip Christmas Day, Boxing Day (substitute Monday 28th) and New Year in England and Wales', () => {
    // Mon 21 Dec 2026: 22, 23, 24, [25 Fri, 26-27 weekend, 28 substitute], 29, 30, 31, [1 Jan], 4, 5, 6, 7.
    expect(england.addWorkingDays('2026-12-21', 10)).toBe('2027-01-07');
    expect(england.addWorkingDays('2026-12-23', 3)).toBe('2026-12-30');
    expect(england.holidayOn('2026-12-28')).toMatch(/Boxing Day/u);
  });

  it('skip 2 January (its substitute, Monday 4th) in Scotland, but not in England or Northern Ireland', () => {
    expect(scotland.addWorkingDays('2026-12-21', 10)).toBe('2027-01-08');
    expect(scotland.addWorkingDays('2026-12-31', 1)).toBe('2027-01-05');
    expect(england.addWorkingDays('2026-12-31', 1)).toBe('2027-01-04');
    expect(northernIreland.addWorkingDays('2026-12-21', 10)).toBe('2027-01-07');
  });

  it('skip Good Friday everywhere, and Easter Monday except in Scotland', () => {
    // Easter 2027: Good Friday 26 March, Easter Monday 29 March.
    expect(england.addWorkingDays('2027-03-25', 2)).toBe('2027-03-31');
    expect(northernIreland.addWorkingDays('2027-03-25', 2)).toBe('2027-03-31');
    expect(scotland.addWorkingDays('2027-03-25', 2)).toBe('2027-03-30');
  });

  it("skip St Patrick's Day in Northern Ireland only", () => {
    expect(northernIreland.isWorkingDay('2027-03-17')).toBe(false);
    expect(england.isWorkingDay('2027-03-17')).toBe(true);
    expect(northernIreland.addWorkingDays('2027-03-16', 1)).toBe('2027-03-18');
  });

  it('count backwards over the same holidays ("3 working days before Monday 4 January")', () => {
    expect(england.subtractWorkingDays('2027-01-04', 3)).toBe('2026-12-29');
  });

  it('never count the start day, and treat weekends as non-working', () => {
    expect(england.addWorkingDays('2026-11-27', 1)).toBe('2026-11-30'); // Friday → Monday
    expect(england.isWorkingDay('2026-11-28')).toBe(false);
  });
});

describe('months', () => {
  it('clamp to the end of a shorter month, with 29 February in leap years', () => {
    expect(addMonths('2027-11-30', 3)).toBe('2028-02-29');
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2027-08-31', 6)).toBe('2028-02-29');
    expect(addMonths('2026-05-15', 12)).toBe('2027-05-15');
  });
});
