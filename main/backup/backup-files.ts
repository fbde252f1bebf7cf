/**
 * Where a profile's backups live and how they are named: `<profileDir>/backups/<id>.<reason>.db`,
 * where the id is the UTC instant it was taken (BACKUP_ID_PATTERN) and the reason is one of
 * BACKUP_REASONS. The name says when and why, and nothing about the records in it. The reason is in
 * the name rather than a sidecar file, so one rename publishes a backup whole: there is never a backup
 * without its reason or a reason without its backup.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { BackupSummary } from '../../preload/contract/trust';
import { BACKUP_REASONS, type BackupReason } from '../../preload/contract/trust-options';
import { profileFile } from '../profiles/profile-layout';

/** A backup being written. Never listed or restored; a leftover one (a crash) is removed by the next backup. */
export const PARTIAL_SUFFIX = '.partial';

const BACKUP_FILE = new RegExp(`^(\\d{4}-\\d{2}-\\d{2}T\\d{2}-\\d{2}-\\d{2}-\\d{3}Z)\\.(${BACKUP_REASONS.join('|')})\\.db$`, 'u');

export function backupFolder(profileDir: string): string {
  return profileFile(profileDir, 'backups');
}

/** 2026-11-27T01:45:14.123Z → 2026-11-27T01-45-14-123Z (colons are not allowed in Windows file names). */
export function backupIdOf(instant: Date): string {
  return instant.toISOString().replace(/:/gu, '-').replace('.', '-');
}

/** The instant a backup id names, as an ISO string. */
export function takenAtOf(id: string): string {
  const [date, time] = id.split('T') as [string, string];
  const [h, m, s, ms] = time.slice(0, -1).split('-');
  return `${date}T${h}:${m}:${s}.${ms}Z`;
}

export function backupFileName(id: string, reason: BackupReason): string {
  return `${id}.${reason}.db`;
}

interface BackupEntry extends BackupSummary {
  file: string;
}

/** Every finished backup in the folder, newest first. A missing folder means no backups yet. */
export function readBackups(profileDir: string): BackupEntry[] {
  const folder = backupFolder(profileDir);
  let names: string[];
  try {
    names = fs.readdirSync(folder);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const entries: BackupEntry[] = [];
  for (const name of names) {
    const match = BACKUP_FILE.exec(name);
    if (!match) continue;
    const file = path.join(folder, name);
    let bytes: number;
    try {
      bytes = fs.statSync(file).size;
    } catch {
      continue; // removed while we looked (pruned by this process a moment ago)
    }
    const id = match[1]!;
    entries.push({ id, takenAt: takenAtOf(id), bytes, reason: match[2] as BackupReason, file });
  }
  // Ids are fixed-width UTC instants, so their text order is their time order.
  return entries.sort((a, b) => (a.id < b.id ? 1 : a.id > b.id ? -1 : 0));
}

export function listBackupSummaries(profileDir: string): BackupSummary[] {
  return readBackups(profileDir).map(({ id, takenAt, bytes, reason }) => ({ id, takenAt, bytes, reason }));
}

/** The backup with this id, or null. */
export function findBackup(profileDir: string, id: string): BackupEntry | null {
  return readBackups(profileDir).find((entry) => entry.id === id) ?? null;
}

/**
 * An id no backup has yet: the instant, moved on a millisecond at a time if two backups fall in the
 * same millisecond (a lock backup straight after a manual one, or a test's frozen clock).
 */
export function freshBackupId(profileDir: string, now: Date): string {
  const taken = new Set(readBackups(profileDir).map((entry) => entry.id));
  let at = now.getTime();
  while (taken.has(backupIdOf(new Date(at)))) at += 1;
  return backupIdOf(new Date(at));
}
