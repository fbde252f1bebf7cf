/**
 * Putting a backup in the store's place. No store is ever deleted: an intact one is first backed up
 * ('before-restore', listed like any backup), a damaged one is moved with its WAL files to
 * `damaged/<instant>/` for IT. The backup is copied beside the store, flushed and checked, then
 * renamed over store.db, so a crash leaves either the old store or the restored one, never half.
 *
 * The order matters for one more reason: SQLite replays a `store.db-wal` into whatever `store.db` sits
 * next to it, so the restored store is never put beside WAL files from the one it replaces.
 */
import fs from 'node:fs';
import path from 'node:path';
import { PROFILE_FILES, profileFile } from '../profiles/profile-layout';
import { syncDirectory, syncFile } from '../shared/atomic-write';
import { openEncryptedStore } from '../store/open-store';
import { StoreOpenError } from '../store/store-errors';
import { backupIdOf } from './backup-files';
import type { SessionBackups } from './session-backups';
import { takeBackup } from './store-backups';
import { BackupUnusableError, verifyBackup } from './verify-backup';

const STAGED = `${PROFILE_FILES.store}.restoring`;
const WAL_FILES = [`${PROFILE_FILES.store}-wal`, `${PROFILE_FILES.store}-shm`];
const DAMAGE_CODES = new Set(['SQLITE_CORRUPT', 'SQLITE_NOTADB', 'SQLITE_CORRUPT_VTAB']);

/** SQLite found damage while reading the file (or our check did). */
export function isDamage(error: unknown): boolean {
  return error instanceof BackupUnusableError || DAMAGE_CODES.has((error as { code?: string } | null)?.code ?? '');
}

export interface RestoreOptions {
  dataKey: Buffer;
  now: Date;
  nativeBinding?: string;
}

/**
 * Copies the backup beside the store and checks the copy page by page with the data key. Done before
 * anything else changes, so a backup that will not open (or a wrong key) leaves everything as it was.
 */
export function stageBackup(backupFile: string, profileDir: string, options: RestoreOptions): void {
  const staged = path.join(profileDir, STAGED);
  fs.rmSync(staged, { force: true }); // left by a restore that crashed
  try {
    fs.copyFileSync(backupFile, staged, fs.constants.COPYFILE_EXCL);
    fs.chmodSync(staged, 0o600);
    syncFile(staged);
    verifyBackup(staged, options.dataKey, { thorough: true, nativeBinding: options.nativeBinding });
  } catch (error) {
    discardStaged(profileDir);
    throw isDamage(error) ? new BackupUnusableError() : error;
  }
}

/**
 * For the store that is open (restoring from Settings): a 'before-restore' backup from the live
 * connection, before anything is closed. Returns false if reading it showed the store is damaged
 * (it is then set aside once closed); any other failure is thrown and nothing has changed.
 */
export function keepOpenStore(backups: SessionBackups): boolean {
  try {
    backups.take('before-restore');
    return true;
  } catch (error) {
    if (isDamage(error)) return false;
    throw error;
  }
}

export function discardStaged(profileDir: string): void {
  fs.rmSync(path.join(profileDir, STAGED), { force: true });
}

/**
 * For a store that is not open (restoring from the unlock screen, or one found damaged above): if it
 * opens, back it up; if it is damaged or missing, move what is there to damaged/. Anything else (a
 * store from a newer Casework) is thrown and nothing changes.
 */
export function setClosedStoreAside(profileDir: string, options: RestoreOptions): void {
  let db;
  try {
    db = openEncryptedStore(profileFile(profileDir, 'store'), options.dataKey, { nativeBinding: options.nativeBinding });
  } catch (error) {
    if (!(error instanceof StoreOpenError) || (error.reason !== 'corrupted' && error.reason !== 'missing')) throw error;
    moveToDamaged(profileDir, [PROFILE_FILES.store, ...WAL_FILES], options.now);
    return;
  }
  let damaged = false;
  try {
    takeBackup({ db, profileDir, dataKey: options.dataKey, nativeBinding: options.nativeBinding }, 'before-restore', options.now);
  } catch (error) {
    // It opened, but copying it read a damaged page: keep it as damaged, like one that does not open.
    if (!isDamage(error)) throw error;
    damaged = true;
  } finally {
    db.close(); // the last connection's close checkpoints and removes the WAL files
  }
  if (damaged) moveToDamaged(profileDir, [PROFILE_FILES.store, ...WAL_FILES], options.now);
}

/** Renames the staged copy over store.db. The store it replaces must be closed and kept (above). */
export function installStaged(profileDir: string, now: Date): void {
  // Normally gone with the old store's clean close; if not, they are the old store's: keep them aside.
  moveToDamaged(profileDir, WAL_FILES, now);
  fs.renameSync(path.join(profileDir, STAGED), profileFile(profileDir, 'store'));
  syncDirectory(profileDir);
}

/** Moves those of `names` that exist into a new damaged/<instant>/ folder (store.db first). */
function moveToDamaged(profileDir: string, names: readonly string[], now: Date): void {
  const present = names.filter((name) => fs.existsSync(path.join(profileDir, name)));
  if (present.length === 0) return;
  const parent = profileFile(profileDir, 'damaged');
  let at = now.getTime();
  while (fs.existsSync(path.join(parent, backupIdOf(new Date(at))))) at += 1;
  const folder = path.join(parent, backupIdOf(new Date(at)));
  fs.mkdirSync(folder, { recursive: true, mode: 0o700 });
  for (const name of present) fs.renameSync(path.join(profileDir, name), path.join(folder, name));
  syncDirectory(folder);
  syncDirectory(profileDir);
}
