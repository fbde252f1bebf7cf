/** A child's age in the words a conference report uses (the rule itself: preload/contract/child-age.ts). */
import { ageAt, ageInWords } from '../../preload/contract/child-age';

const unit = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** "8 years 3 months", "Under 1 month", "Before birth"; null without a date of birth. */
export function ageAtEvent(dateOfBirth: string | null, onDate: string): string | null {
  return dateOfBirth ? ageInWords(ageAt(dateOfBirth, onDate)) : null;
}

/** "10 years" (or "8 months" for a baby), for the child's details; null if not yet born or unknown. */
export function ageNow(dateOfBirth: string, today: string): string | null {
  const age = ageAt(dateOfBirth, today);
  if (age.kind !== 'age') return null;
  if (age.years === 0) return age.months === 0 ? 'under 1 month' : unit(age.months, 'month');
  return unit(age.years, 'year');
}
