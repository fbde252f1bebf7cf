/** Words and small pure rules the pack screens share. */
import type { PackChild } from '../../../preload/contract/packs';
import { splitThirdParty } from '../../../preload/contract/third-party';
import { formatCalendarDate } from '../../lib/dates';

export function periodText(from: string, to: string): string {
  return `${formatCalendarDate(from)} to ${formatCalendarDate(to)}`;
}

/** "5 Mar 2026 10:00", or the day alone when no time was recorded. */
export function whenText(date: string, time: string | null): string {
  return time ? `${formatCalendarDate(date)}, ${time}` : formatCalendarDate(date);
}

/** How many passages of a child's part of the pack are marked as third-party information. */
export function markedPassages(child: PackChild): number {
  const texts = [
    ...child.details.map((d) => d.value),
    ...child.seen.map((s) => s.detail),
    ...child.sections.flatMap((s) => [s.heading, s.text]),
    ...child.chronology.flatMap((r) => [r.event, r.source, r.analysis]),
  ];
  return texts.reduce((n, text) => n + splitThirdParty(text).filter((p) => p.thirdParty).length, 0);
}

export function markedText(count: number): string {
  if (count === 0) return 'No passages marked as third party';
  return `${count} passage${count === 1 ? '' : 's'} marked as third party`;
}

/** Today and six months before it, as YYYY-MM-DD in local time (the default period of a new pack). */
export function lastSixMonths(now: Date = new Date()): { from: string; to: string } {
  const iso = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  const start = new Date(now.getFullYear(), now.getMonth() - 6, now.getDate());
  return { from: iso(start), to: iso(now) };
}

/** The first 12 hex characters of a SHA-256, enough to tell files apart at a glance. */
export const shortHash = (sha256: string) => sha256.slice(0, 12);
