/**
 * Proves a backup file is usable before anything relies on it: it opens with the profile's data key
 * (read-only, so checking never changes it) and, when asked, SQLite's quick_check walks every page.
 *
 * Cost, measured on this machine (docs/reliability.md): opening and reading the schema takes ~1 ms at
 * any size; quick_check takes about as long as the backup itself (~0.2 s at 10k notes, ~2.3 s at 100k).
 */
import Database from 'better-sqlite3-multiple-ciphers';
import { CIPHER_PRAGMAS, rawKeyPragma } from '../store/cipher-settings';

/** Backups up to this size get the full quick_check when taken (~0.8 s at most); larger ones the open-and-read check. */
export const THOROUGH_CHECK_MAX_BYTES = 64 * 2 ** 20;

export class BackupUnusableError extends Error {
  constructor() {
    super('The backup did not pass its check');
    this.name = 'BackupUnusableError';
  }
}

export interface VerifyOptions {
  /** Run quick_check (every page read and checked), not only the open-and-read check. */
  thorough: boolean;
  nativeBinding?: string;
}

/** Throws if the file does not open with this key or (thorough) fails quick_check. */
export function verifyBackup(file: string, dataKey: Buffer, options: VerifyOptions): void {
  const db = new Database(file, {
    readonly: true,
    fileMustExist: true,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  });
  try {
    for (const pragma of CIPHER_PRAGMAS) db.pragma(pragma);
    db.pragma(rawKeyPragma(dataKey));
    // Sorts during the check stay in memory: SQLite's temp files would be plaintext.
    db.pragma('temp_store = MEMORY');
    // PRAGMA key always answers "ok"; a wrong key or a damaged file only shows on the first read.
    db.prepare('SELECT count(*) FROM sqlite_schema').pluck().get();
    if (options.thorough && db.pragma('quick_check', { simple: true }) !== 'ok') throw new BackupUnusableError();
  } finally {
    db.close();
  }
}
