/**
 * Case-conference packs: drafted from the records (per child: details, when seen and whether alone,
 * the child's words, parents' views, chronology, worries and strengths, recommendation), edited in
 * the builder — edits belong to the pack, never to the notes — then exported by main as PDF, Word
 * and CSV, marked OFFICIAL-SENSITIVE, redacted for families on request, encrypted by default and
 * recorded in the export register.
 *
 * Third-party information is marked in any text with {{double braces}} (in notes and in the pack).
 * The family version replaces each marked passage with "[redacted – third party]".
 */
import { z } from 'zod';
import { id, NO_CONTROL_EXCEPT_WHITESPACE, singleLine } from './fields';
import { AUDIENCES, CONFERENCE_TYPES, EXPORT_FORMATS } from './pack-options';

// The choices and their words live in a zod-free file the renderer may import.
export * from './pack-options';

const calendarDate = (label: string) => z.iso.date({ error: `${label} must be a date (YYYY-MM-DD).` });
const packText = (label: string, max: number) =>
  z
    .string({ error: `${label} must be text.` })
    .max(max, { error: `${label} can be at most ${max} characters.` })
    .regex(NO_CONTROL_EXCEPT_WHITESPACE, { error: `${label} contains characters that cannot be stored.` });

// ---- the pack ----------------------------------------------------------------------------------------

export const PackSection = z.object({
  /** Stable within a pack: 'childs-views', 'parents-views', 'heading-0'…, 'recommendation'. */
  key: z.string().max(40),
  heading: packText('A heading', 200),
  text: packText('A section', 50_000),
});
export type PackSection = z.infer<typeof PackSection>;

export const PackDetail = z.object({ label: packText('A label', 100), value: packText('A detail', 1000) });
export type PackDetail = z.infer<typeof PackDetail>;

/** One contact at which the child was (or was not) seen. */
export const PackSeenRow = z.object({
  date: z.string(),
  time: z.string().nullable(),
  /** "Seen alone", "Seen", "Not seen". */
  answer: packText('Seen', 40),
  /** Who was present, or why not seen; editable. */
  detail: packText('Detail', 2000),
  noteId: z.string().nullable(),
});
export type PackSeenRow = z.infer<typeof PackSeenRow>;

export const PackChronologyRow = z.object({
  date: z.string(),
  time: z.string().nullable(),
  /** "8 years 3 months", or null when the date of birth is not recorded. */
  age: z.string().nullable(),
  event: packText('An event', 2000),
  source: packText('A source', 300),
  analysis: packText('Analysis', 4000),
});
export type PackChronologyRow = z.infer<typeof PackChronologyRow>;

export const PackChild = z.object({
  caseId: z.string(),
  childName: packText("The child's name", 200),
  /** Name, date of birth and age, reference, legal status, allocated worker: label and value. */
  details: z.array(PackDetail).max(20),
  seen: z.array(PackSeenRow).max(2000),
  /** The child's views, parents' views, the team's headings (worries, strengths...), recommendation. */
  sections: z.array(PackSection).max(20),
  chronology: z.array(PackChronologyRow).max(5000),
});
export type PackChild = z.infer<typeof PackChild>;

export const Pack = z.object({
  id: z.string(),
  /** The case it was started from (its family group gives the children to choose from). */
  caseId: z.string(),
  conferenceType: z.enum(CONFERENCE_TYPES),
  from: z.string(),
  to: z.string(),
  /** Who the pack is by (the profile's display name), printed on every page. */
  author: z.string(),
  children: z.array(PackChild),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Pack = z.infer<typeof Pack>;

export const PackSummary = z.object({
  id: z.string(),
  conferenceType: z.enum(CONFERENCE_TYPES),
  from: z.string(),
  to: z.string(),
  childNames: z.array(z.string()),
  updatedAt: z.string(),
});
export type PackSummary = z.infer<typeof PackSummary>;

// ---- exports -----------------------------------------------------------------------------------------

export const ExportedFile = z.object({ name: z.string(), sha256: z.string(), bytes: z.number() });
export type ExportedFile = z.infer<typeof ExportedFile>;

export const ExportResult = z.object({
  exportId: z.string(),
  /** The folder or archive written, as the practitioner chose it. */
  location: z.string(),
  /** The documents (inside the archive when encrypted). */
  files: z.array(ExportedFile),
  /** The encrypted archive, when encryption was on. */
  archive: ExportedFile.nullable(),
  /** The archive's passphrase: shown once, never stored. Null when not encrypted. */
  passphrase: z.string().nullable(),
});
export type ExportResult = z.infer<typeof ExportResult>;

/** A row of the export register (viewable per case). */
export const ExportRecord = z.object({
  id: z.string(),
  createdAt: z.string(),
  author: z.string(),
  children: z.array(z.object({ caseId: z.string(), childName: z.string() })),
  from: z.string(),
  to: z.string(),
  conferenceType: z.enum(CONFERENCE_TYPES),
  formats: z.array(z.enum(EXPORT_FORMATS)),
  audience: z.enum(AUDIENCES),
  recipient: z.string(),
  purpose: z.string(),
  encrypted: z.boolean(),
  /** Every file written, with its SHA-256 (the archive too, when encrypted). */
  files: z.array(ExportedFile),
});
export type ExportRecord = z.infer<typeof ExportRecord>;

// ---- channels ----------------------------------------------------------------------------------------

export const packChannels = {
  /** Drafts a new pack from the records and keeps it (in the encrypted store) for editing. */
  draftPack: {
    request: z
      .strictObject({
        caseId: id('Case'),
        childIds: z.array(id('Child')).min(1, { error: 'Choose at least one child.' }).max(20),
        from: calendarDate('From'),
        to: calendarDate('To'),
        conferenceType: z.enum(CONFERENCE_TYPES, { error: 'Choose the kind of conference.' }),
      })
      .refine((r) => r.from <= r.to, { error: 'From must be on or before To.', path: ['to'] }),
    response: Pack,
  },
  getPack: { request: z.strictObject({ packId: id('Pack') }), response: Pack },
  /** Packs started from this case's family, newest first. */
  listPacks: { request: z.strictObject({ caseId: id('Case') }), response: z.array(PackSummary) },
  /** Saves the builder's edits (the whole children list, as edited). The notes are never touched. */
  savePack: {
    request: z.strictObject({ packId: id('Pack'), children: z.array(PackChild).min(1).max(20) }),
    response: Pack,
  },
  /** Builds the files in main and writes them where the practitioner chooses (a dialog main opens). */
  exportPack: {
    request: z.strictObject({
      packId: id('Pack'),
      formats: z
        .array(z.enum(EXPORT_FORMATS, { error: 'Formats are pdf, docx and csv.' }))
        .min(1, { error: 'Choose at least one format.' })
        .max(3)
        .refine((f) => new Set(f).size === f.length, { error: 'Each format once.' }),
      audience: z.enum(AUDIENCES, { error: 'Choose who the pack is for.' }),
      recipient: singleLine('Who it is for', 200),
      purpose: singleLine('Purpose', 300),
      /** On by default in the UI; off only by an explicit choice for this one export. */
      encrypt: z.boolean({ error: 'Say whether to encrypt.' }),
    }),
    response: ExportResult,
  },
  /** The export register for a case: every export that included this child, newest first. */
  listExports: { request: z.strictObject({ caseId: id('Case') }), response: z.array(ExportRecord) },
} as const;
