/** Ages and the default period as the chronology screen shows them (the age rule: preload/contract/child-age.ts). */
import type { ChronologyChild } from '../../../preload/contract/chronology';
import { ageAt, ageInWords, type AgeAt } from '../../../preload/contract/child-age';

export { ageAt, ageInWords, type AgeAt };

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/u;

/** "8y 3m", "5m", "under 1m", "before birth", "age not known": for a family's ages side by side. */
export function ageShort(age: AgeAt): string {
  if (age.kind === 'unknown') return 'age not known';
  if (age.kind === 'before-birth') return 'before birth';
  if (age.years === 0) return age.months === 0 ? 'under 1m' : `${age.months}m`;
  return `${age.years}y ${age.months}m`;
}

const firstName = (childName: string) => childName.trim().split(/\s+/u)[0] ?? childName;

/**
 * The Age cell: for one child's chronology that child's age in words; for a family's, each child the
 * event concerns with their age ("Ava 8y 3m", "Ben 5y 1m"), one item per child.
 */
export function agesCell(children: readonly ChronologyChild[], date: string, onlyCaseId: string | null): string[] {
  if (onlyCaseId !== null) {
    const child = children.find((c) => c.caseId === onlyCaseId);
    return [ageInWords(ageAt(child?.dateOfBirth ?? null, date))];
  }
  return children.map((c) => `${firstName(c.childName)} ${ageShort(ageAt(c.dateOfBirth, date))}`);
}

/**
 * The default window: the last two years, as court work usually looks at. 29 February two years back
 * is 28 February (that year has no 29th).
 */
export function twoYearsBefore(isoDate: string): string {
  const match = ISO_DATE.exec(isoDate);
  if (!match) return isoDate;
  const [y, m, d] = match.slice(1).map(Number) as [number, number, number];
  const last = new Date(Date.UTC(y - 2, m, 0)).getUTCDate();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${y - 2}-${pad(m)}-${pad(Math.min(d, last))}`;
}
