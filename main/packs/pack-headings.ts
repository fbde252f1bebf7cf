/**
 * The sections a pack is drafted with, per child. The team's headings default to Signs of Safety's
 * three questions. "Headings configurable" is, for now, the builder: the practitioner renames, adds
 * and removes sections in each pack. A team-wide setting (like the team's contact types) can replace
 * DEFAULT_TEAM_HEADINGS later without changing how packs are stored.
 */

export const SECTION_KEYS = {
  childsViews: 'childs-views',
  parentsViews: 'parents-views',
  /** The team's headings: 'heading-0', 'heading-1', … */
  teamHeading: (index: number) => `heading-${index}`,
  recommendation: 'recommendation',
} as const;

export const DEFAULT_TEAM_HEADINGS: readonly string[] = [
  'What are we worried about?',
  "What's working well?",
  'What needs to happen?',
];

export const PARENTS_VIEWS_HEADING = "Parents' views";
export const RECOMMENDATION_HEADING = 'Recommendation';

/** "Ava Jones's views and wishes" (the child's name as recorded). */
export const childsViewsHeading = (childName: string) => `${childName}'s views and wishes`;

/** Shown where a value was never recorded. */
export const NOT_RECORDED = 'Not recorded';
