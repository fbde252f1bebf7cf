import { describe, expect, it } from 'vitest';
import { ageAt, agesCell, ageInWords, twoYearsBefore } from '../../../renderer/features/chronology/chronology-ages';

const ava = { caseId: 'a', childName: 'Ava Jones', dateOfBirth: '2016-04-03' };
const ben = { caseId: 'b', childName: 'Ben Jones', dateOfBirth: '2021-01-10' };
const cara = { caseId: 'c', childName: 'Cara Jones', dateOfBirth: null };

describe("a child's age at an event", () => {
  it('counts whole months, a month completing on the day of the birthday', () => {
    expect(ageInWords(ageAt('2016-04-03', '2026-03-12'))).toBe('9 years 11 months');
    expect(ageInWords(ageAt('2016-04-03', '2026-04-03'))).toBe('10 years');
    expect(ageInWords(ageAt('2016-04-03', '2017-05-02'))).toBe('1 year');
    expect(ageInWords(ageAt('2026-01-31', '2026-03-01'))).toBe('1 month');
    expect(ageInWords(ageAt('2026-03-01', '2026-03-20'))).toBe('Under 1 month');
    expect(ageInWords(ageAt('2026-03-01', '2026-02-20'))).toBe('Before birth');
    expect(ageInWords(ageAt(null, '2026-02-20'))).toBe('Not known');
  });

  it("shows one child's age in words, or each child's in short for the family", () => {
    expect(agesCell([ava, ben], '2026-04-20', 'a')).toEqual(['10 years']);
    expect(agesCell([ava, ben, cara], '2026-04-20', null)).toEqual(['Ava 10y 0m', 'Ben 5y 3m', 'Cara age not known']);
  });

  it('starts the default window two years back, 29 February landing on the 28th', () => {
    expect(twoYearsBefore('2026-11-26')).toBe('2024-11-26');
    expect(twoYearsBefore('2028-02-29')).toBe('2026-02-28');
  });
});
