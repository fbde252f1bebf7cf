// When the contact happened: chrono en-GB plus the past-resolution and deadline rules in
// parse-contact-date.ts, exercised through parseNote. Dates are built and checked in LOCAL time
// (new Date(y, m, d, h) and getFullYear/getMonth/...), so the suite passes in any TZ; run it under
// TZ=Europe/London and TZ=America/New_York too.
import { describe, expect, it } from 'vitest';
import { parseNote } from '../../../renderer/features/capture/parse-note';

// Thursday 26 November 2026, 16:00 local.
const NOW = new Date(2026, 10, 26, 16, 0);

/** The contact date as local parts [year, month (1-12), day, hour, minute], plus hasTime and its text. */
function when(body: string, now: Date = NOW): { at: number[]; hasTime: boolean; text: string } | null {
  const date = parseNote(body, { now }).contactDate;
  if (!date) return null;
  const d = new Date(date.iso);
  return { at: [d.getFullYear(), d.getMonth() + 1, d.getDate(), d.getHours(), d.getMinutes()], hasTime: date.hasTime, text: date.text };
}

describe('contact date (en-GB, resolved to the past)', () => {
  it('is day-first: 3/4 is 3 April, resolved to this year rather than next', () => {
    expect(when('3/4 HV')).toEqual({ at: [2026, 4, 3, 0, 0], hasTime: false, text: '3/4' });
    expect(when('HV 12/11')?.at).toEqual([2026, 11, 12, 0, 0]);
  });

  it('goes back a year when day/month is still ahead this year', () => {
    expect(when('25/12 contact')?.at).toEqual([2025, 12, 25, 0, 0]);
  });

  it('follows chrono on impossible day-first dates: 1/13 and 13/1 are both 13 January', () => {
    expect(when('1/13')?.at).toEqual([2026, 1, 13, 0, 0]);
    expect(when('13/1')?.at).toEqual([2026, 1, 13, 0, 0]);
    expect(when('31/4')).toBeNull(); // no 31 April: chrono finds nothing
  });

  it('reads full dates and times, dotted en-GB forms, and day-month names', () => {
    expect(when('25/11/2026 14:00 home visit')).toEqual({ at: [2026, 11, 25, 14, 0], hasTime: true, text: '25/11/2026 14:00' });
    expect(when('Visit 25 Nov')?.at).toEqual([2026, 11, 25, 0, 0]);
    expect(when('Visit 3.4.26')?.at).toEqual([2026, 4, 3, 0, 0]);
    expect(when('14.30 office visit')).toMatchObject({ at: [2026, 11, 26, 14, 30], text: '14.30' });
    expect(when('Paid £10.50 for bus fare')).toBeNull();
  });

  it('yesterday 3pm', () => {
    expect(when('HV yesterday 3pm, seen alone')).toEqual({ at: [2026, 11, 25, 15, 0], hasTime: true, text: 'yesterday 3pm' });
  });

  it('Tues 10:30 on a Thursday is this week’s Tuesday', () => {
    expect(when('Tues 10:30 school visit')).toEqual({ at: [2026, 11, 24, 10, 30], hasTime: true, text: 'Tues 10:30' });
    expect(when('Weds 3pm')?.at).toEqual([2026, 11, 25, 15, 0]);
    expect(when('#visit Tues')).toMatchObject({ at: [2026, 11, 24, 0, 0], text: 'Tues' }); // chrono alone: no "Tues"
  });

  it('Tues 10:30 on a Tuesday: today once 10:30 has passed, else last week', () => {
    expect(when('Tues 10:30', new Date(2026, 10, 24, 11, 0))?.at).toEqual([2026, 11, 24, 10, 30]);
    expect(when('Tues 10:30', new Date(2026, 10, 24, 9, 0))?.at).toEqual([2026, 11, 17, 10, 30]);
  });

  it('allows an hour of grace: "Thurs 16:30" typed at 16:00 on Thursday is today', () => {
    expect(when('Thurs 16:30')?.at).toEqual([2026, 11, 26, 16, 30]);
  });

  it('takes a weekday without a time to the most recent one', () => {
    expect(when('Sat contact')?.at).toEqual([2026, 11, 21, 0, 0]); // chrono alone says Sat 28th
    expect(when('Thursday')?.at).toEqual([2026, 11, 26, 0, 0]);
  });

  it('gives part-of-day words a date but no invented time', () => {
    expect(when('HV this morning')).toEqual({ at: [2026, 11, 26, 0, 0], hasTime: false, text: 'this morning' });
    expect(when('yesterday afternoon')).toMatchObject({ at: [2026, 11, 25, 0, 0], hasTime: false });
  });

  it('reads a bare 1-6 o’clock as afternoon, unless written 24-hour', () => {
    expect(when('HV at 2.30')?.at).toEqual([2026, 11, 26, 14, 30]);
    expect(when('Police call at 03:00')?.at).toEqual([2026, 11, 26, 3, 0]);
    expect(when('HV at 9')?.at).toEqual([2026, 11, 26, 9, 0]);
  });

  it('takes a bare time still ahead today to yesterday', () => {
    expect(when('Visit at 6pm')?.at).toEqual([2026, 11, 25, 18, 0]);
  });

  it('ignores future dates: tomorrow, a full future date, later today beyond the grace', () => {
    expect(when('tomorrow')).toBeNull();
    expect(when('27/11/2026')).toBeNull();
    expect(when('26/11 18:00')).toBeNull();
    expect(when('in 2 hours')).toBeNull();
  });

  it('ignores deadlines and durations', () => {
    expect(when('Mum to send forms by Friday')).toBeNull();
    expect(when('by this Friday')).toBeNull();
    expect(when('Not to contact until Monday')).toBeNull();
    expect(when('Review next week')).toBeNull();
    expect(when('Called mum. Next visit 3/12')).toBeNull();
    expect(when('Assessment due 3/12')).toBeNull();
    expect(when('Concerns since 3/4')).toBeNull();
    expect(when('Visit lasted for 30 minutes')).toBeNull();
  });

  it('ignores a date said of a plan or of the present: the contact is written up afterwards', () => {
    expect(when('Mum rang: Leo has a hospital appointment on Friday and needs a lift.')).toBeNull();
    expect(when('Leo will see the dentist on Monday')).toBeNull();
    expect(when("Dad says he'll come Tuesday")).toBeNull();
    expect(when('Dad says he\u2019ll come Tuesday')).toBeNull();
    expect(when('Appointment booked 3/12')).toBeNull();
    expect(when('Mum is upset about what happened yesterday')).toBeNull();
    // The same words in another clause, or after the date, leave it as the contact date.
    expect(when('Mum is worried, visited Friday')?.at).toEqual([2026, 11, 20, 0, 0]);
    expect(when('Visited Friday. Leo has a new bike and is doing well')?.at).toEqual([2026, 11, 20, 0, 0]);
    expect(when('HV yesterday: mum has moved the beds')?.text).toBe('yesterday');
  });

  it('does not take a week for a day', () => {
    expect(when('Attendance good this week')).toBeNull();
    expect(when('Seen at school last week')).toBeNull();
    expect(when('Seen last week on Tuesday')?.at).toEqual([2026, 11, 24, 0, 0]);
  });

  it('is not fooled by ordinary words near a date', () => {
    expect(when('Seen by SW yesterday')?.text).toBe('yesterday');
    expect(when('Visit due to concerns raised yesterday')?.text).toBe('yesterday');
    expect(when('Next door neighbour rang yesterday')?.text).toBe('yesterday');
    expect(when('Joint visit, next steps agreed yesterday')?.text).toBe('yesterday');
  });

  it('takes the first date, ignoring dates in an Actions section', () => {
    expect(when('HV 3/4. Next visit due 3/12')?.at).toEqual([2026, 4, 3, 0, 0]);
    expect(when('Visit went well.\nActions: CGM on 3 December')).toBeNull();
    expect(when('Good visit\nActions:\n- call school 20/11')).toBeNull();
  });

  it('only looks at the first line or the first 120 characters', () => {
    expect(when('HV\nyesterday 3pm')?.at).toEqual([2026, 11, 25, 15, 0]);
    expect(when(`HV.\n${'Mum well. '.repeat(15)}yesterday 3pm`)).toBeNull();
    expect(when(`${'Mum well and engaged. '.repeat(8)}seen yesterday`)?.text).toBe('yesterday');
  });

  it('does not read names, tags or quoted speech as dates', () => {
    expect(when('@May seen yesterday')?.text).toBe('yesterday');
    expect(when('She said "Saturday was fun" yesterday')?.text).toBe('yesterday');
    expect(when('March')).toBeNull(); // a month alone is not a contact date
  });

  it('gives iso as a UTC instant of the local moment', () => {
    const date = parseNote('yesterday 3pm', { now: NOW }).contactDate;
    expect(date?.iso).toBe(new Date(2026, 10, 25, 15, 0).toISOString());
    expect(date?.iso.endsWith('Z')).toBe(true);
  });
});
