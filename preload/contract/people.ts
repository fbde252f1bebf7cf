/**
 * People around a child and the family group: parents, carers, siblings, wider family and
 * professionals, each linked to a child's case by a relationship (with parental responsibility and
 * whether they live with the child). Siblings who each have their own case share a family group.
 * Also the case summary's editable fields (legal status, allocated worker).
 */
import { z } from 'zod';
import { clearableSingleLine, id, optionalSingleLine, pastIsoDate, singleLine } from './fields';
import { RELATIONSHIPS } from './relationships';

export { RELATIONSHIPS, RELATIONSHIP_LABELS, type Relationship } from './relationships';

const relationship = z.enum(RELATIONSHIPS, { error: 'Choose how this person is related to the child.' });
/** Yes, no, or not known (null): parental responsibility is often unclear at first. */
const yesNoUnknown = (label: string) =>
  z.boolean({ error: `${label} must be yes, no or not known.` }).nullable().optional().transform((v) => v ?? null);

/** A new person: only the name is needed. */
const newPersonFields = {
  fullName: singleLine('Name', 200),
  dateOfBirth: pastIsoDate.nullable().optional().transform((v) => v ?? null),
  /** For professionals: their job, e.g. "Health visitor", "Designated safeguarding lead". */
  role: optionalSingleLine('Role', 100),
  agency: optionalSingleLine('Agency', 150),
  phone: optionalSingleLine('Phone', 40),
  email: optionalSingleLine('Email', 200),
  address: optionalSingleLine('Address', 300),
};

/** An edit sends every field: null or empty clears one, and a missing one is refused, so an edit
 *  never clears what the practitioner did not touch. */
const editedPersonFields = {
  fullName: singleLine('Name', 200),
  dateOfBirth: pastIsoDate.nullable(),
  role: clearableSingleLine('Role', 100),
  agency: clearableSingleLine('Agency', 150),
  phone: clearableSingleLine('Phone', 40),
  email: clearableSingleLine('Email', 200),
  address: clearableSingleLine('Address', 300),
};

const relationshipFields = {
  caseId: id('Case'),
  relationship,
  parentalResponsibility: yesNoUnknown('Parental responsibility'),
  livesWithChild: yesNoUnknown('Lives with the child'),
};

// ---- response shapes -------------------------------------------------------------------------------

export const PersonLink = z.object({
  caseId: z.string(),
  childName: z.string(),
  relationship: z.enum(RELATIONSHIPS),
  parentalResponsibility: z.boolean().nullable(),
  livesWithChild: z.boolean().nullable(),
});
export type PersonLink = z.infer<typeof PersonLink>;

export const Person = z.object({
  id: z.string(),
  fullName: z.string(),
  dateOfBirth: z.string().nullable(),
  role: z.string().nullable(),
  agency: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  address: z.string().nullable(),
  /** The children this person is linked to, A–Z. */
  links: z.array(PersonLink),
});
export type Person = z.infer<typeof Person>;

export const FamilyChild = z.object({ caseId: z.string(), childName: z.string(), dateOfBirth: z.string().nullable() });
export type FamilyChild = z.infer<typeof FamilyChild>;

export const Family = z.object({
  /** The case's own child first, then siblings in the same family group, A–Z. */
  children: z.array(FamilyChild),
  /** Everyone linked to any child in the group, A–Z, with their relationship to each. */
  people: z.array(Person),
});
export type Family = z.infer<typeof Family>;

/** A person mentioned in (or present for) a note. */
export const NotePerson = z.object({ personId: z.string(), fullName: z.string() });
export type NotePerson = z.infer<typeof NotePerson>;

// ---- channels ----------------------------------------------------------------------------------------

export const peopleChannels = {
  /** The case's family group: its child, siblings with their own cases, and the people around them. */
  getFamily: { request: z.strictObject({ caseId: id('Case') }), response: Family },
  /** Puts two children's cases in one family group (joining their groups if both had one). */
  addSibling: {
    request: z
      .strictObject({ caseId: id('Case'), siblingCaseId: id('Sibling') })
      .refine((r) => r.caseId !== r.siblingCaseId, { error: 'A child cannot be their own sibling.', path: ['siblingCaseId'] }),
    response: Family,
  },
  /** Takes a child's case out of its family group (the other children stay together). */
  leaveFamilyGroup: { request: z.strictObject({ caseId: id('Case') }), response: z.null() },
  /** Everyone in the store, A–Z, for @mentions and pickers. */
  listPeople: { request: z.strictObject({}), response: z.array(Person) },
  /** A new person, optionally linked straight away to one or more children. */
  createPerson: {
    request: z.strictObject({
      ...newPersonFields,
      links: z
        .array(z.strictObject(relationshipFields))
        .max(20, { error: 'A person can be linked to at most 20 children at once.' })
        .optional()
        .transform((v) => v ?? [])
        .refine((links) => new Set(links.map((l) => l.caseId)).size === links.length, {
          error: 'Each child can be linked once.',
        }),
    }),
    response: Person,
  },
  updatePerson: { request: z.strictObject({ personId: id('Person'), ...editedPersonFields }), response: Person },
  /** Adds or changes a person's relationship to one child. */
  setRelationship: { request: z.strictObject({ personId: id('Person'), ...relationshipFields }), response: Person },
  /** Removes a person's link to one child (the person and the notes that mention them stay). */
  removeRelationship: { request: z.strictObject({ personId: id('Person'), caseId: id('Case') }), response: Person },
} as const;
