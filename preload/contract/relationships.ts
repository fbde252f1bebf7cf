/**
 * A person's relationship to a child: the values the store keeps and the words the screen shows.
 * Zod-free on purpose, like limits.ts: the renderer imports it, and its bundle must not carry zod.
 */
export const RELATIONSHIPS = [
  'mother',
  'father',
  'step-parent',
  'parents-partner',
  'carer',
  'foster-carer',
  'kinship-carer',
  'grandparent',
  'aunt-or-uncle',
  'sibling',
  'wider-family',
  'family-friend',
  'professional',
  'other',
] as const;
export type Relationship = (typeof RELATIONSHIPS)[number];

export const RELATIONSHIP_LABELS: Readonly<Record<Relationship, string>> = {
  mother: 'Mother',
  father: 'Father',
  'step-parent': 'Step-parent',
  'parents-partner': "Parent's partner",
  carer: 'Carer',
  'foster-carer': 'Foster carer',
  'kinship-carer': 'Kinship carer',
  grandparent: 'Grandparent',
  'aunt-or-uncle': 'Aunt or uncle',
  sibling: 'Sibling (no case of their own)',
  'wider-family': 'Wider family',
  'family-friend': 'Family friend',
  professional: 'Professional',
  other: 'Other',
};
