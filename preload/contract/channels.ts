/**
 * The one contract between the renderer and the main process: every method the preload exposes, the
 * schema its request must pass at the boundary, and the schema of what it answers. Main, preload,
 * renderer, the test host and the tests all import this file; nothing else defines a channel.
 */
import { z } from 'zod';
import { AUTO_LOCK_MINUTES, MAX_NOTE_CHARACTERS } from './limits';
import { MAX_PASSPHRASE_CHARACTERS, meetsPassphraseRule } from './passphrase-policy';

const NO_CONTROL_CHARACTERS = /^[^\u0000-\u001f\u007f]*$/u;
// Note bodies keep newlines and tabs; other control characters are refused rather than stored.
const NO_CONTROL_EXCEPT_WHITESPACE = /^[^\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]*$/u;

const singleLine = (label: string, max: number) =>
  z
    .string({ error: `${label} must be text.` })
    .trim()
    .min(1, { error: `${label} is required.` })
    .max(max, { error: `${label} must be at most ${max} characters.` })
    .regex(NO_CONTROL_CHARACTERS, { error: `${label} contains characters that cannot be stored.` });

const optionalSingleLine = (label: string, max: number) =>
  z
    .string({ error: `${label} must be text.` })
    .trim()
    .max(max, { error: `${label} must be at most ${max} characters.` })
    .regex(NO_CONTROL_CHARACTERS, { error: `${label} contains characters that cannot be stored.` })
    .transform((v) => (v === '' ? null : v))
    .nullable()
    .optional()
    .transform((v) => v ?? null);

const newPassphrase = z
  .string({ error: 'Passphrase must be text.' })
  .max(MAX_PASSPHRASE_CHARACTERS, { error: 'Passphrase is too long.' })
  .refine(meetsPassphraseRule, { error: 'Use at least 12 characters, or 4 words.' });

const existingPassphrase = z
  .string({ error: 'Passphrase must be text.' })
  .min(1, { error: 'Enter your passphrase.' })
  .max(MAX_PASSPHRASE_CHARACTERS, { error: 'Passphrase is too long.' });

const id = (label: string) => z.uuid({ error: `${label} is not a valid id.` });

/** ISO calendar date (YYYY-MM-DD) that really exists and is not in the future. */
const pastIsoDate = z.iso
  .date({ error: 'Date of birth must be a real date (YYYY-MM-DD).' })
  .refine((d) => d <= new Date().toISOString().slice(0, 10), { error: 'Date of birth cannot be in the future.' });

const empty = z.strictObject({});

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
});
export type CaseSummary = z.infer<typeof CaseSummary>;

export const Note = z.object({
  id: z.string(),
  caseId: z.string(),
  body: z.string(),
  createdAt: z.string(),
});
export type Note = z.infer<typeof Note>;

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
  listNotes: { request: z.strictObject({ caseId: id('Case') }), response: z.array(Note) },
  saveNote: {
    request: z.strictObject({
      /** Generated by the renderer (UUIDv7) so that a retried save can never create a second note. */
      id: id('Note'),
      caseId: id('Case'),
      body: z
        .string({ error: 'Note must be text.' })
        .max(MAX_NOTE_CHARACTERS, { error: `A note can be at most ${MAX_NOTE_CHARACTERS} characters.` })
        .regex(NO_CONTROL_EXCEPT_WHITESPACE, { error: 'The note contains characters that cannot be stored.' })
        .refine((b) => b.trim().length > 0, { error: 'Write something before saving.' }),
    }),
    response: Note,
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
}
export type AppEventName = keyof AppEvents;
