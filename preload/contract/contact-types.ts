/**
 * The contact types a note can be tagged with (#visit, #call ...). A team sets its own list (Munro:
 * adapt to local needs); a type taken off the list is kept as retired so older notes still read right.
 */
import { z } from 'zod';
import { singleLine } from './fields';

const CONTACT_TYPE_ID = /^[a-z][a-z0-9-]{0,39}$/u;
// Starts with a letter: the note parser only reads '#' followed by a letter as a tag (`#3pm` is not one).
const TAG = /^[a-z][a-z0-9_-]{0,29}$/u;

export const ContactType = z.object({
  /** Stored on notes; never changes once used. */
  id: z.string(),
  label: z.string(),
  /** Words typed after # that mean this type, lower-case, without '#'. The id also works as a tag. */
  tags: z.array(z.string()),
  /** Taken off the list: not offered, but notes that used it still show its label. */
  retired: z.boolean(),
});
export type ContactType = z.infer<typeof ContactType>;

const contactTypeInput = z.strictObject({
  id: z.string().regex(CONTACT_TYPE_ID, { error: 'A contact type id must be a short lower-case name, like home-visit.' }),
  label: singleLine('Contact type name', 60),
  tags: z
    .array(
      z
        .string()
        .trim()
        .toLowerCase()
        .regex(TAG, { error: 'A tag is one word that starts with a letter (letters, numbers, - or _; no # and no spaces), up to 30 characters.' }),
    )
    .max(10, { error: 'A contact type can have at most 10 tags.' })
    .default([]),
});

export const contactTypeChannels = {
  /** The team's list in its order, retired types last (a new store starts with the built-in list). */
  listContactTypes: { request: z.strictObject({}), response: z.array(ContactType) },
  /** Replaces the list (order kept). Types left out are retired, not deleted. */
  saveContactTypes: {
    request: z.strictObject({
      types: z
        .array(contactTypeInput)
        .min(1, { error: 'Keep at least one contact type.' })
        .max(40, { error: 'At most 40 contact types.' })
        .refine((types) => new Set(types.map((t) => t.id)).size === types.length, { error: 'Each contact type must have its own id.' }),
    }),
    response: z.array(ContactType),
  },
} as const;
