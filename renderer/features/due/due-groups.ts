/**
 * The Due view's sections, in the order a practitioner works through them. Snoozed and not-applicable
 * items share one section ("Put aside"): both were decided by a person, with a reason, and both can be
 * reopened the same way.
 */
import type { DueItem } from '../../../preload/contract/timescales';
import type { DueState } from '../../../preload/contract/timescale-options';

export type DueGroupId = 'overdue' | 'due' | 'upcoming' | 'met' | 'put-aside';

export interface DueGroup {
  id: DueGroupId;
  title: string;
  /** Said under the heading: what the section holds. */
  hint: string;
  items: DueItem[];
}

const GROUPS: ReadonlyArray<Omit<DueGroup, 'items'> & { states: readonly DueState[] }> = [
  { id: 'overdue', title: 'Overdue', hint: 'The date has passed.', states: ['overdue'] },
  { id: 'due', title: 'Due soon', hint: 'Due within the next 7 days.', states: ['due'] },
  { id: 'upcoming', title: 'Coming up', hint: 'Due later.', states: ['upcoming'] },
  { id: 'met', title: 'Met (recent)', hint: 'Done in the last 30 days, from the notes.', states: ['met'] },
  { id: 'put-aside', title: 'Put aside', hint: 'Snoozed or marked not applicable, with the reason given.', states: ['snoozed', 'not-applicable'] },
];

/** Only sections with something in them; main's order (most urgent first) is kept inside each. */
export function groupDueItems(items: readonly DueItem[]): DueGroup[] {
  return GROUPS.map(({ states, ...group }) => ({ ...group, items: items.filter((item) => states.includes(item.state)) })).filter(
    (group) => group.items.length > 0,
  );
}

/** Open items can be put aside; put-aside ones reopened; met ones need nothing. */
export function isOpen(state: DueState): boolean {
  return state === 'overdue' || state === 'due' || state === 'upcoming';
}

export function isPutAside(state: DueState): boolean {
  return state === 'snoozed' || state === 'not-applicable';
}

export function overdueCount(items: readonly DueItem[]): number {
  return items.filter((item) => item.state === 'overdue').length;
}
