/** How the Due screens word dates and decisions (renderer/features/due/due-dates.ts). */
import { describe, expect, it } from 'vitest';
import { dayWords, decisionWords, relativeDayWords } from '../../../renderer/features/due/due-dates';

describe('due wording', () => {
  it('dates as a calendar day, and how far from main’s today', () => {
    expect(dayWords('2027-01-14')).toBe('Thu 14 Jan 2027');
    expect(relativeDayWords('2027-01-14', '2027-01-14')).toBe('today');
    expect(relativeDayWords('2027-01-14', '2027-01-11')).toBe('3 days ago');
    expect(relativeDayWords('2027-01-14', '2027-01-19')).toBe('in 5 days');
  });

  it('a snooze still in force reads "Snoozed until"; one whose date has passed reads in the past tense', () => {
    const snooze = { decision: 'snoozed', untilOn: '2027-01-14' };
    expect(decisionWords(snooze, 'snoozed')).toBe('Snoozed until Thu 14 Jan 2027');
    expect(decisionWords(snooze, 'overdue')).toBe('Was snoozed until Thu 14 Jan 2027');
    expect(decisionWords({ decision: 'not-applicable', untilOn: null }, 'not-applicable')).toBe('Marked not applicable');
    expect(decisionWords({ decision: 'reopened', untilOn: null }, 'due')).toBe('Reopened');
  });
});
