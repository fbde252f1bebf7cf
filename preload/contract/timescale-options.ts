/** Nations, due states and reminder decisions, with their words. Zod-free: the renderer imports values from here. */

/** Bank holidays differ between these (date-holidays: GB-ENG, GB-SCT, GB-NIR; Wales shares England's). */
export const NATIONS = ['england-and-wales', 'scotland', 'northern-ireland'] as const;
export type Nation = (typeof NATIONS)[number];
export const NATION_LABELS: Record<Nation, string> = {
  'england-and-wales': 'England and Wales',
  scotland: 'Scotland',
  'northern-ireland': 'Northern Ireland',
};
export const DEFAULT_NATION: Nation = 'england-and-wales';

/** overdue: the date has passed; due: within the next 7 days; upcoming: later; met: done (recently). */
export const DUE_STATES = ['overdue', 'due', 'upcoming', 'met', 'snoozed', 'not-applicable'] as const;
export type DueState = (typeof DUE_STATES)[number];
export const DUE_STATE_LABELS: Record<DueState, string> = {
  overdue: 'Overdue',
  due: 'Due soon',
  upcoming: 'Coming up',
  met: 'Met',
  snoozed: 'Snoozed',
  'not-applicable': 'Not applicable',
};

export const DUE_KINDS = ['visit', 'follow-up', 'report', 'unwritten'] as const;
export type DueKind = (typeof DUE_KINDS)[number];

export const REMINDER_DECISIONS = ['snoozed', 'not-applicable', 'reopened'] as const;
export type ReminderDecision = (typeof REMINDER_DECISIONS)[number];

/** How far ahead "due soon" looks, and how long a met item stays in view. */
export const DUE_SOON_DAYS = 7;
export const MET_SHOWN_DAYS = 30;
/** Largest rule pack file accepted (a pack is a page or two of YAML). */
export const MAX_RULE_PACK_BYTES = 256 * 1024;
