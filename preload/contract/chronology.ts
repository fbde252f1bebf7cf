/**
 * The chronology: significant events in a child's life, in date order. Entries come from notes marked
 * significant (automatically, always in step with the record) and from events added by hand (known
 * from other agencies, with their source). An entry's wording can be edited without touching the note
 * it came from: the edit belongs to the chronology, the note stays the legal record.
 */
import { z } from 'zod';
import { id, NO_CONTROL_EXCEPT_WHITESPACE, singleLine } from './fields';

/** 'note:<note id>' for an entry from a significant note; 'entry:<id>' for one added by hand. */
const entryKey = z
  .string()
  .regex(/^(note|entry):[0-9a-f-]{36}$/u, { error: 'That chronology entry is not a valid reference.' });

const calendarDate = (label: string) => z.iso.date({ error: `${label} must be a date (YYYY-MM-DD).` });
const clockTime = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/u, { error: 'Time must be HH:MM (24-hour).' })
  .nullable();

const longText = (label: string, max: number) =>
  z
    .string({ error: `${label} must be text.` })
    .trim()
    .max(max, { error: `${label} can be at most ${max} characters.` })
    .regex(NO_CONTROL_EXCEPT_WHITESPACE, { error: `${label} contains characters that cannot be stored.` });

const eventText = longText('The event', 2000).refine((v) => v.length > 0, { error: 'Say what happened.' });
const analysisText = longText('Analysis', 4000)
  .nullable()
  .transform((v) => (v === '' ? null : v));

// ---- response shapes -------------------------------------------------------------------------------

export const ChronologyChild = z.object({ caseId: z.string(), childName: z.string(), dateOfBirth: z.string().nullable() });
export type ChronologyChild = z.infer<typeof ChronologyChild>;

export const ChronologyEntry = z.object({
  key: z.string(),
  kind: z.enum(['note', 'manual']),
  /** The note it came from (kind 'note'), for "open the note". */
  noteId: z.string().nullable(),
  /** UK calendar date of the event, YYYY-MM-DD. */
  date: z.string(),
  /** UK clock time HH:MM, when known. */
  time: z.string().nullable(),
  /** Succinct wording. May hold third-party markers ({{…}}); exports redact them for families. */
  event: z.string(),
  /** Who recorded it, or the agency or document it came from. */
  source: z.string(),
  analysis: z.string().nullable(),
  /** The children it concerns, A–Z. */
  children: z.array(ChronologyChild),
  /** Kind 'note': the wording was changed from what the note says. */
  edited: z.boolean(),
  /** Kind 'note': left out of the chronology by the practitioner (listed only when asked for). */
  excluded: z.boolean(),
});
export type ChronologyEntry = z.infer<typeof ChronologyEntry>;

// ---- channels ----------------------------------------------------------------------------------------

export const chronologyChannels = {
  /** Entries concerning any of these children, oldest first; from/to inclusive (UK dates). */
  listChronology: {
    request: z.strictObject({
      caseIds: z.array(id('Case')).min(1, { error: 'Choose at least one child.' }).max(20),
      from: calendarDate('From').optional(),
      to: calendarDate('To').optional(),
      includeExcluded: z.boolean().optional(),
    }),
    response: z.array(ChronologyEntry),
  },
  /** An event added by hand (e.g. from another agency's report), with its source. */
  addChronologyEntry: {
    request: z.strictObject({
      caseIds: z.array(id('Case')).min(1, { error: 'Choose the children this event concerns.' }).max(20),
      // "Not in the future" is checked in main against the UK clock (a UTC check here would refuse
      // today's date between midnight and 01:00 in summer).
      date: calendarDate('Date'),
      time: clockTime.optional().transform((v) => v ?? null),
      event: eventText,
      source: singleLine('Source', 300),
      analysis: analysisText.optional().transform((v) => v ?? null),
    }),
    response: ChronologyEntry,
  },
  /** New wording for an entry. For a note's entry only the chronology changes, never the note. */
  updateChronologyEntry: {
    request: z.strictObject({
      key: entryKey,
      event: eventText,
      source: singleLine('Source', 300),
      analysis: analysisText,
    }),
    response: ChronologyEntry,
  },
  /** A hand-added entry is removed; a note's entry is left out (and can be restored). */
  removeChronologyEntry: { request: z.strictObject({ key: entryKey }), response: z.null() },
  /** Brings a left-out note entry back, with any edited wording it had. */
  restoreChronologyEntry: { request: z.strictObject({ key: entryKey }), response: ChronologyEntry },
} as const;
