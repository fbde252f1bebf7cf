/**
 * The one contract between the renderer and the main process: every method the preload exposes, the
 * schema its request must pass at the boundary, and the schema of what it answers. Main, preload,
 * renderer, the test host and the tests all import this file; nothing else defines a channel.
 */
import { z } from 'zod';
import { AUTO_LOCK_MINUTES, MAX_NOTE_CHARACTERS } from './limits';
import {
  clearableSingleLine,
  empty,
  existingPassphrase,
  id,
  newPassphrase,
  NO_CONTROL_CHARACTERS,
  NO_CONTROL_EXCEPT_WHITESPACE,
  optionalSingleLine,
  pastIsoDate,
  singleLine,
} from './fields';
import { chronologyChannels } from './chronology';
import { contactTypeChannels } from './contact-types';
import { packChannels } from './packs';
import { backupId, trustChannels } from './trust';
import { templateChannels, templateId } from './templates';
import { timescaleChannels } from './timescales';
import { NotePerson, Person, peopleChannels } from './people';

const noteBody = z
  .string({ error: 'Note must be text.' })
  .max(MAX_NOTE_CHARACTERS, { error: `A note can be at most ${MAX_NOTE_CHARACTERS} characters.` })
  .regex(NO_CONTROL_EXCEPT_WHITESPACE, { error: 'The note contains characters that cannot be stored.' });

const nonBlankNoteBody = noteBody.refine((b) => b.trim().length > 0, { error: 'Write something before saving.' });

/** An instant with a timezone, as Date.toISOString() writes it. */
const isoInstant = z.iso.datetime({ offset: true, error: 'Contact time must be a date and time (ISO 8601).' });

const childAnswer = z.strictObject({
  caseId: z.uuid({ error: 'Child is not a valid id.' }),
  seen: z.enum(['seen', 'seen-alone', 'not-seen'], { error: 'Seen must be seen, seen-alone or not-seen.' }).nullable().default(null),
  notSeenReason: z
    .string({ error: 'Reason must be text.' })
    .trim()
    .max(500, { error: 'The reason can be at most 500 characters.' })
    .regex(NO_CONTROL_EXCEPT_WHITESPACE, { error: 'The reason contains characters that cannot be stored.' })
    .nullable()
    .default(null)
    .transform((v) => (v === '' ? null : v)),
  bedroomSeen: z.boolean({ error: 'Bedroom seen must be yes or no.' }).nullable().default(null),
});

/**
 * The template (and version) a note started from, if any: its prompts are only text in the note, so a
 * note is complete with every one left empty. Kept so a reader can see which questions were asked.
 */
const templateLink = z
  .strictObject({ id: templateId, version: z.number({ error: 'Template version must be a number.' }).int().min(1) })
  .nullable()
  .default(null);

const notePeople = z
  .array(id('Person'))
  .max(50, { error: 'A note can mention at most 50 people.' })
  .refine((ids) => new Set(ids).size === ids.length, { error: 'Each person can be linked once.' })
  .default([]);

/**
 * Everything optional about a note. A note with none of it is complete; structure is offered, never
 * required. Children: the cases the note concerns (several for a family visit), each with optional
 * visit answers; none means the note waits in the inbox to be filed.
 */
export const NoteStructure = z
  .strictObject({
    children: z.array(childAnswer).max(20, { error: 'A note can be about at most 20 children.' }).default([]),
    contactAt: isoInstant.nullable().default(null),
    contactHasTime: z.boolean().default(false),
    contactType: z
      .string()
      .regex(/^[a-z][a-z0-9-]{0,39}$/u, { error: 'Contact type must be a short lower-case name.' })
      .nullable()
      .default(null),
    significant: z.boolean().default(false),
    voice: z
      .array(z.string().trim().min(1).max(2000, { error: 'A quote can be at most 2000 characters.' }))
      .max(50, { error: 'At most 50 quotes per note.' })
      .default([]),
    /** Other people the note concerns or who were present (parents, professionals ...): person ids. */
    people: notePeople,
    template: templateLink,
  })
  .refine((s) => new Set(s.children.map((c) => c.caseId)).size === s.children.length, {
    error: 'Each child can be linked once.',
    path: ['children'],
  });
export type NoteStructureInput = z.input<typeof NoteStructure>;

/**
 * What a draft keeps besides its text. Dates, tags, significance and quotes are re-parsed from the
 * text on restore; what cannot be re-derived is kept: the children linked and their answers, and the
 * chips the practitioner removed.
 */
export const DraftState = z.strictObject({
  children: z.array(childAnswer).max(20, { error: 'A note can be about at most 20 children.' }).default([]),
  people: notePeople,
  dismissed: z.array(z.string().max(300)).max(200).default([]),
  /** The template inserted, so a restored draft still saves with it. */
  template: templateLink,
});
export type DraftStateInput = z.input<typeof DraftState>;
export type DraftStateValue = z.output<typeof DraftState>;
export type NoteStructure = z.output<typeof NoteStructure>;

// ---- response shapes -------------------------------------------------------------------------------

export const ProfileSummary = z.object({ id: z.string(), displayName: z.string() });
export type ProfileSummary = z.infer<typeof ProfileSummary>;

export const SessionInfo = z.discriminatedUnion('state', [
  z.object({ state: z.literal('locked') }),
  z.object({ state: z.literal('unlocked'), profile: ProfileSummary, autoLockMinutes: z.number() }),
]);
export type SessionInfo = z.infer<typeof SessionInfo>;

export const Settings = z.object({ autoLockMinutes: z.number() });
export type Settings = z.infer<typeof Settings>;

export const CaseSummary = z.object({
  id: z.string(),
  childName: z.string(),
  dateOfBirth: z.string().nullable(),
  caseReference: z.string().nullable(),
  createdAt: z.string(),
  noteCount: z.number(),
  lastNoteAt: z.string().nullable(),
  /** Free text, as the practitioner writes it ("Child protection plan (neglect) since 3 March 2026"). */
  legalStatus: z.string().nullable(),
  allocatedWorker: z.string().nullable(),
});
export type CaseSummary = z.infer<typeof CaseSummary>;

export const ChildLink = z.object({
  caseId: z.string(),
  childName: z.string(),
  seen: z.enum(['seen', 'seen-alone', 'not-seen']).nullable(),
  notSeenReason: z.string().nullable(),
  bedroomSeen: z.boolean().nullable(),
});
export type ChildLink = z.infer<typeof ChildLink>;

export const Note = z.object({
  id: z.string(),
  body: z.string(),
  /** 1 for the note as first saved; each amendment adds one. */
  version: z.number(),
  /** When the contact happened, if the practitioner said (ISO 8601); null otherwise. */
  contactAt: z.string().nullable(),
  contactHasTime: z.boolean(),
  contactType: z.string().nullable(),
  significant: z.boolean(),
  /** Passages marked as the child's own words. */
  voice: z.array(z.string()),
  /** The children (cases) the note is about, with per-child visit answers. Empty: in the inbox. */
  children: z.array(ChildLink),
  /** Other people the note concerns or who were present, A–Z. */
  people: z.array(NotePerson),
  /** The template version the note started from, named as that version was ("Home visit", v2). */
  template: z.object({ id: z.string(), version: z.number(), name: z.string() }).nullable(),
  /** Contact time, else writing time: what timelines are ordered by. */
  occurredAt: z.string(),
  /** When it was written (finalised). */
  createdAt: z.string(),
  /** When the latest version was made. */
  updatedAt: z.string(),
});
export type Note = z.infer<typeof Note>;

export const NoteVersion = z.object({
  version: z.number(),
  body: z.string(),
  reason: z.string().nullable(),
  createdAt: z.string(),
});
export type NoteVersion = z.infer<typeof NoteVersion>;

export const Draft = z.object({
  id: z.string(),
  /** The case the draft was started on; null for a quick capture from elsewhere. */
  caseId: z.string().nullable(),
  body: z.string(),
  state: z.object({
    children: z.array(z.object({ caseId: z.string(), seen: z.string().nullable(), notSeenReason: z.string().nullable(), bedroomSeen: z.boolean().nullable() })),
    people: z.array(z.string()),
    dismissed: z.array(z.string()),
    template: z.object({ id: z.string(), version: z.number() }).nullable(),
  }),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Draft = z.infer<typeof Draft>;

export const SearchNoteHit = z.object({
  noteId: z.string(),
  occurredAt: z.string(),
  contactType: z.string().nullable(),
  significant: z.boolean(),
  children: z.array(z.object({ caseId: z.string(), childName: z.string() })),
  /** A short extract around the match; matched terms are wrapped in SNIPPET_MARK_START / SNIPPET_MARK_END. */
  snippet: z.string(),
});
export type SearchNoteHit = z.infer<typeof SearchNoteHit>;

export const SearchCaseHit = z.object({
  caseId: z.string(),
  childName: z.string(),
  caseReference: z.string().nullable(),
  dateOfBirth: z.string().nullable(),
});
export type SearchCaseHit = z.infer<typeof SearchCaseHit>;

export const SearchResults = z.object({ cases: z.array(SearchCaseHit), people: z.array(Person), notes: z.array(SearchNoteHit) });
export type SearchResults = z.infer<typeof SearchResults>;

export const CreatedProfile = z.object({ profile: ProfileSummary, recoveryKey: z.string(), session: SessionInfo });
export type CreatedProfile = z.infer<typeof CreatedProfile>;

// ---- the contract ----------------------------------------------------------------------------------

export const contract = {
  listProfiles: { request: empty, response: z.array(ProfileSummary) },
  createProfile: {
    request: z.strictObject({ displayName: singleLine('Display name', 80), passphrase: newPassphrase }),
    response: CreatedProfile,
  },
  unlock: {
    request: z.strictObject({ profileId: id('Profile'), passphrase: existingPassphrase }),
    response: SessionInfo,
  },
  unlockWithRecoveryKey: {
    request: z.strictObject({
      profileId: id('Profile'),
      recoveryKey: z
        .string({ error: 'Recovery key must be text.' })
        .min(1, { error: 'Enter the recovery key.' })
        .max(200, { error: 'That is too long to be a recovery key.' }),
      newPassphrase,
    }),
    response: SessionInfo,
  },
  lock: { request: empty, response: SessionInfo },
  getSession: { request: empty, response: SessionInfo },
  /** The page has saved its drafts after saveBeforeClose: the window may close. */
  readyToClose: { request: empty, response: z.null() },
  /** The renderer reports keyboard/mouse activity so the idle auto-lock timer restarts. */
  reportActivity: { request: empty, response: z.null() },
  changePassphrase: {
    request: z.strictObject({ currentPassphrase: existingPassphrase, newPassphrase }),
    response: z.null(),
  },
  /** A new recovery key replaces the old one (lost, or never stored). Needs the current passphrase. */
  replaceRecoveryKey: {
    request: z.strictObject({ currentPassphrase: existingPassphrase }),
    response: z.object({ recoveryKey: z.string() }),
  },
  getSettings: { request: empty, response: Settings },
  updateSettings: {
    request: z.strictObject({
      autoLockMinutes: z
        .number({ error: 'Auto-lock must be a number of minutes.' })
        .int({ error: 'Auto-lock must be a whole number of minutes.' })
        .min(AUTO_LOCK_MINUTES.min, { error: `Auto-lock must be at least ${AUTO_LOCK_MINUTES.min} minute.` })
        .max(AUTO_LOCK_MINUTES.max, { error: `Auto-lock must be at most ${AUTO_LOCK_MINUTES.max} minutes.` }),
    }),
    response: Settings,
  },
  listCases: { request: empty, response: z.array(CaseSummary) },
  createCase: {
    request: z.strictObject({
      childName: singleLine("Child's name", 200),
      dateOfBirth: pastIsoDate.nullable().optional().transform((v) => v ?? null),
      caseReference: optionalSingleLine('Case reference', 60),
    }),
    response: CaseSummary,
  },
  getCase: { request: z.strictObject({ caseId: id('Case') }), response: CaseSummary },
  /** Edits the case summary: every field must be sent (null or empty clears it; a missing one is refused). */
  updateCase: {
    request: z.strictObject({
      caseId: id('Case'),
      childName: singleLine("Child's name", 200),
      dateOfBirth: pastIsoDate.nullable(),
      caseReference: clearableSingleLine('Case reference', 60),
      legalStatus: clearableSingleLine('Legal status', 300),
      allocatedWorker: clearableSingleLine('Allocated worker', 100),
    }),
    response: CaseSummary,
  },
  /** A child's timeline, newest first (by contact time, else writing time), optionally filtered. */
  listNotes: {
    request: z.strictObject({
      caseId: id('Case'),
      contactType: z.string().max(40).nullable().optional(),
      significantOnly: z.boolean().optional(),
      from: z.iso.date({ error: 'From must be a date (YYYY-MM-DD).' }).optional(),
      to: z.iso.date({ error: 'To must be a date (YYYY-MM-DD).' }).optional(),
    }),
    response: z.array(Note),
  },
  /** Finalises a note (from its draft, if any: same id). The id is generated by the renderer (UUIDv7) so a
   *  retried save can never create a second note. */
  saveNote: {
    request: z.strictObject({
      id: id('Note'),
      body: nonBlankNoteBody,
      structure: NoteStructure.default({ children: [], contactAt: null, contactHasTime: false, contactType: null, significant: false, voice: [], people: [], template: null }),
    }),
    response: Note,
  },
  /** Saves a draft as the practitioner types. A blank draft with nothing linked is discarded (answers null). */
  saveDraft: {
    request: z.strictObject({
      id: id('Draft'),
      caseId: id('Case').nullable(),
      body: noteBody,
      state: DraftState.default({ children: [], people: [], dismissed: [], template: null }),
    }),
    response: Draft.nullable(),
  },
  listDrafts: {
    request: z.strictObject({ caseId: id('Case').nullable().optional() }),
    response: z.array(Draft),
  },
  discardDraft: { request: z.strictObject({ id: id('Draft') }), response: z.null() },
  /** A correction to a finalised note: a new version with a reason; earlier versions stay. */
  amendNote: {
    request: z.strictObject({
      noteId: id('Note'),
      body: nonBlankNoteBody,
      reason: singleLine('Reason for the amendment', 500),
      structure: NoteStructure,
    }),
    response: Note,
  },
  getNoteHistory: { request: z.strictObject({ noteId: id('Note') }), response: z.array(NoteVersion) },
  listInbox: { request: empty, response: z.array(Note) },
  /** Ranked search across notes, cases and people (names match partially). No query text is ever logged. */
  search: {
    request: z.strictObject({
      query: z
        .string({ error: 'Search must be text.' })
        .trim()
        .min(1, { error: 'Type something to search for.' })
        .max(200, { error: 'Search can be at most 200 characters.' })
        .regex(NO_CONTROL_CHARACTERS, { error: 'Search contains characters that cannot be used.' }),
      caseId: id('Case').optional(),
      contactType: z.string().max(40).optional(),
      from: z.iso.date({ error: 'From must be a date (YYYY-MM-DD).' }).optional(),
      to: z.iso.date({ error: 'To must be a date (YYYY-MM-DD).' }).optional(),
      limit: z.number().int().min(1).max(100).optional(),
    }),
    response: SearchResults,
  },
  /** Files an inbox note to one or more children's cases. */
  fileNote: {
    request: z.strictObject({
      noteId: id('Note'),
      caseIds: z.array(id('Case')).min(1, { error: 'Choose at least one case.' }).max(20),
    }),
    response: Note,
  },
  ...peopleChannels,
  ...contactTypeChannels,
  ...chronologyChannels,
  ...packChannels,
  ...trustChannels,
  ...timescaleChannels,
  ...templateChannels,
  /**
   * Replaces the store with one of its backups. Works while locked (a damaged store that will not open)
   * and while unlocked; asks for the passphrase either way. The replaced store is never deleted: an
   * intact one is kept as a backup, a damaged one is moved to the profile's `damaged/` folder.
   */
  restoreBackup: {
    request: z.strictObject({ profileId: id('Profile'), passphrase: existingPassphrase, backupId }),
    response: SessionInfo,
  },
} as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type RequestInput<C extends Channel> = z.input<Contract[C]['request']>;
export type Request<C extends Channel> = z.output<Contract[C]['request']>;
export type Response<C extends Channel> = z.output<Contract[C]['response']>;

export const CHANNELS = Object.keys(contract) as Channel[];

export function isChannel(value: unknown): value is Channel {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(contract, value);
}

// ---- events pushed from main to the renderer --------------------------------------------------------

export type LockReason = 'user' | 'idle' | 'system';
export interface AppEvents {
  sessionLocked: { reason: LockReason };
  /** The OS-wide quick-capture shortcut was pressed: open the quick note box (after unlock if locked). */
  openQuickCapture: Record<string, never>;
  /** The window is closing: save any draft now, then call readyToClose. */
  saveBeforeClose: Record<string, never>;
}
export type AppEventName = keyof AppEvents;
