/**
 * Takes one encrypted backup of an open store and keeps the newest BACKUPS_KEPT.
 *
 * `db.backup()` fails on encrypted stores; `VACUUM INTO` writes a consistent snapshot (the WAL
 * included) encrypted with the same data key, compacted. It is written under a temporary name,
 * flushed to disk and checked, and only then renamed to its real name, so a crash or a failed check
 * never leaves a half backup that looks whole. Older backups are removed only after the new one has
 * passed its check; a failed backup removes its temporary file and leaves the old backups alone.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { BackupSummary } from '../../preload/contract/trust';
import { BACKUPS_KEPT, type BackupReason } from '../../preload/contract/trust-options';
import { syncDirectory, syncFile } from '../shared/atomic-write';
import { logUnexpectedError } from '../shared/safe-log';
import type { StoreDatabase } from '../store/open-store';
import { backupFileName, backupFolder, freshBackupId, PARTIAL_SUFFIX, readBackups, takenAtOf } from './backup-files';
import { THOROUGH_CHECK_MAX_BYTES, verifyBackup } from './verify-backup';

export interface BackupSource {
  /** The open store. Must not be inside a transaction (VACUUM cannot run in one; ours never are between requests). */
  db: StoreDatabase;
  profileDir: string;
  /** The store's data key: the backup is checked by opening it with this key. */
  dataKey: Buffer;
  nativeBinding?: string;
}

export function takeBackup(source: BackupSource, reason: BackupReason, now: Date): BackupSummary {
  const folder = backupFolder(source.profileDir);
  fs.mkdirSync(folder, { recursive: true, mode: 0o700 });
  removeLeftoverPartials(folder);
  const id = freshBackupId(source.profileDir, now);
  const file = path.join(folder, backupFileName(id, reason));
  const partial = `${file}${PARTIAL_SUFFIX}`;
  try {
    // SQLite would create a new file 0644 (umask permitting); VACUUM INTO accepts an empty file, which
    // we create owner-only, so the backup is never readable by others, even encrypted.
    fs.closeSync(fs.openSync(partial, 'wx', 0o600));
    source.db.prepare('VACUUM INTO ?').run(partial);
    syncFile(partial);
    const bytes = fs.statSync(partial).size;
    verifyBackup(partial, source.dataKey, { thorough: bytes <= THOROUGH_CHECK_MAX_BYTES, nativeBinding: source.nativeBinding });
    fs.renameSync(partial, file);
    syncDirectory(folder);
    pruneBackups(source.profileDir, id);
    return { id, takenAt: takenAtOf(id), bytes, reason };
  } catch (error) {
    fs.rmSync(partial, { force: true });
    throw error;
  }
}

/**
 * Keeps the newest BACKUPS_KEPT (every reason counts, 'before-restore' too). The backup just taken is
 * always kept, even if a clock set back makes it look older than the rest.
 */
function pruneBackups(profileDir: string, justTaken: string): void {
  const others = readBackups(profileDir).filter((entry) => entry.id !== justTaken);
  for (const old of others.slice(BACKUPS_KEPT - 1)) {
    try {
      fs.rmSync(old.file, { force: true });
    } catch (error) {
      // One more old backup than wanted is harmless; the next backup tries again.
      logUnexpectedError('backup-prune', error);
    }
  }
}

/** A partial file is from a backup that crashed: backups run one at a time, behind the profile's lock. */
function removeLeftoverPartials(folder: string): void {
  for (const name of fs.readdirSync(folder)) {
    if (name.endsWith(PARTIAL_SUFFIX)) fs.rmSync(path.join(folder, name), { force: true });
  }
}
