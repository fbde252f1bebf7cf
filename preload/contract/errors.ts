/**
 * Error codes every handler may answer with. The renderer maps each code to plain words; the message
 * that travels with it is already safe to show (never a stack trace, never case data).
 */
export const ERROR_CODES = [
  'UNKNOWN_CHANNEL',
  'INVALID_REQUEST',
  'WRONG_PASSPHRASE',
  'WRONG_RECOVERY_KEY',
  'TOO_MANY_ATTEMPTS',
  'PROFILE_NOT_FOUND',
  'STORE_MISSING',
  'STORE_CORRUPTED',
  'STORE_TOO_NEW',
  'STORE_IN_USE',
  'LOCKED',
  'NOT_FOUND',
  'CONFLICT',
  'DISK_FULL',
  // The practitioner closed a dialog main opened (e.g. where to save an export): nothing was done.
  'CANCELLED',
  // This window cannot do it (e.g. export where no printer or save dialog is wired).
  'UNAVAILABLE',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface AppErrorBody {
  code: ErrorCode;
  /** Plain-language message, safe to show to the practitioner. */
  message: string;
  /** For INVALID_REQUEST: the field path that failed, e.g. "passphrase". */
  field?: string;
  /** For TOO_MANY_ATTEMPTS: seconds until the next attempt is allowed. */
  retryAfterSeconds?: number;
  /** For WRONG_PASSPHRASE after many failures: suggest the recovery key. */
  suggestRecoveryKey?: boolean;
}

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: AppErrorBody };
