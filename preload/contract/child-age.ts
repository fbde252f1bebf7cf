/**
 * A child's age at a date, as conference chronologies and packs show it: years and months from
 * calendar dates only (no time zone can move a birthday). Events before birth are real in this work
 * (concerns during pregnancy), so they say so rather than show a negative age. One rule for the
 * chronology screen (renderer) and the pack (main), so they never disagree. Zod-free: the renderer
 * imports it.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/u;

export type AgeAt = { kind: 'unknown' } | { kind: 'before-birth' } | { kind: 'age'; years: number; months: number };

export function ageAt(dateOfBirth: string | null, date: string): AgeAt {
  const born = dateOfBirth ? ISO_DATE.exec(dateOfBirth) : null;
  const at = ISO_DATE.exec(date);
  if (!born || !at) return { kind: 'unknown' };
  if (date < dateOfBirth!) return { kind: 'before-birth' };
  const [by, bm, bd] = born.slice(1).map(Number) as [number, number, number];
  const [y, m, d] = at.slice(1).map(Number) as [number, number, number];
  // A month is complete on the same day of the month as the birthday.
  const months = (y - by) * 12 + (m - bm) - (d < bd ? 1 : 0);
  return { kind: 'age', years: Math.floor(months / 12), months: months % 12 };
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** "8 years 3 months", "2 years", "5 months", "Under 1 month", "Before birth", "Not known". */
export function ageInWords(age: AgeAt): string {
  if (age.kind === 'unknown') return 'Not known';
  if (age.kind === 'before-birth') return 'Before birth';
  if (age.years === 0) return age.months === 0 ? 'Under 1 month' : plural(age.months, 'month');
  return age.months === 0 ? plural(age.years, 'year') : `${plural(age.years, 'year')} ${plural(age.months, 'month')}`;
}
