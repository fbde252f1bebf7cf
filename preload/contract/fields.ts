/**
 * Field schemas shared by the contract's channel groups: each one carries the plain-language message
 * a practitioner sees when a value is refused at the boundary.
 */
import { z } from 'zod';
import { MAX_PASSPHRASE_CHARACTERS, meetsPassphraseRule } from './passphrase-policy';

export const NO_CONTROL_CHARACTERS = /^[^\u0000-\u001f\u007f]*$/u;
// Note bodies keep newlines and tabs; other control characters are refused rather than stored.
export const NO_CONTROL_EXCEPT_WHITESPACE = /^[^\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]*$/u;

export const singleLine = (label: string, max: number) =>
  z
    .string({ error: `${label} must be text.` })
    .trim()
    .min(1, { error: `${label} is required.` })
    .max(max, { error: `${label} must be at most ${max} characters.` })
    .regex(NO_CONTROL_CHARACTERS, { error: `${label} contains characters that cannot be stored.` });

export const optionalSingleLine = (label: string, max: number) =>
  z
    .string({ error: `${label} must be text.` })
    .trim()
    .max(max, { error: `${label} must be at most ${max} characters.` })
    .regex(NO_CONTROL_CHARACTERS, { error: `${label} contains characters that cannot be stored.` })
    .transform((v) => (v === '' ? null : v))
    .nullable()
    .optional()
    .transform((v) => v ?? null);

/** A text field an edit form always sends: null or '' clears it, and leaving it out is an error (an
 *  edit must never clear what the practitioner did not touch). */
export const clearableSingleLine = (label: string, max: number) =>
  z
    .string({ error: `${label} must be text, or null to clear it.` })
    .trim()
    .max(max, { error: `${label} must be at most ${max} characters.` })
    .regex(NO_CONTROL_CHARACTERS, { error: `${label} contains characters that cannot be stored.` })
    .nullable()
    .transform((v) => (v === '' ? null : v));

export const newPassphrase = z
  .string({ error: 'Passphrase must be text.' })
  .max(MAX_PASSPHRASE_CHARACTERS, { error: 'Passphrase is too long.' })
  .refine(meetsPassphraseRule, { error: 'Use at least 12 characters, or 4 words.' });

export const existingPassphrase = z
  .string({ error: 'Passphrase must be text.' })
  .min(1, { error: 'Enter your passphrase.' })
  .max(MAX_PASSPHRASE_CHARACTERS, { error: 'Passphrase is too long.' });

export const id = (label: string) => z.uuid({ error: `${label} is not a valid id.` });

/** ISO calendar date (YYYY-MM-DD) that really exists and is not in the future. */
export const pastIsoDate = z.iso
  .date({ error: 'Date of birth must be a real date (YYYY-MM-DD).' })
  .refine((d) => d <= new Date().toISOString().slice(0, 10), { error: 'Date of birth cannot be in the future.' });

export const empty = z.strictObject({});

/**
 * A file the practitioner chose for import (a rule pack, a templates file): its name, for messages, and
 * its text, read in the renderer. Main never opens a path the renderer names.
 */
export const chosenTextFile = (maxBytes: number, tooLarge: string) =>
  z.strictObject({
    fileName: singleLine('File name', 255),
    text: z.string({ error: 'The file must be text.' }).min(1, { error: 'The file is empty.' }).max(maxBytes, { error: tooLarge }),
  });
