import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BACKUP_ID_PATTERN, BACKUPS_KEPT, type BackupSummary } from '../../../preload/contract';
import { backupIdOf, takenAtOf } from '../../../main/backup/backup-files';
import { auditActionsIn, filesIn, noteBodiesIn, profileWithCase, readWithKey } from './backup-fixture';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('backup names', () => {
  it('an id is the UTC instant, safe in a file name, and reads back as the same instant', () => {
    const at = new Date('2026-11-27T01:45:14.123Z');
    expect(backupIdOf(at)).toBe('2026-11-27T01-45-14-123Z');
    expect(backupIdOf(at)).toMatch(BACKUP_ID_PATTERN);
    expect(takenAtOf(backupIdOf(at))).toBe(at.toISOString());
  });
});

describe('backup on lock', () => {
  it('locking after a change leaves one encrypted, owner-only backup that opens with the data key and holds the notes', async () => {
    const p = await profileWithCase();
    await p.saveNote('Home visit. Amira showed me her drawings.');
    await p.call('lock');

    const backups = await p.listBackups();
    expect(backups).toHaveLength(1);
    const [backup] = backups as [BackupSummary];
    expect(backup).toMatchObject({ reason: 'lock' });
    expect(backup.id).toMatch(BACKUP_ID_PATTERN);
    expect(filesIn(p.backupsDir)).toEqual([`${backup.id}.lock.db`]); // no temp file left, no case data in the name
    const file = path.join(p.backupsDir, `${backup.id}.lock.db`);
    expect(backup.bytes).toBe(fs.statSync(file).size);
    if (process.platform !== 'win32') {
      expect(fs.statSync(file).mode & 0o777).toBe(0o600);
      expect(fs.statSync(p.backupsDir).mode & 0o777).toBe(0o700);
    }
    // SQLCipher: the file starts with its random salt, never SQLite's plaintext header.
    expect(fs.readFileSync(file).subarray(0, 16).toString('latin1')).not.toBe('SQLite format 3\0');
    expect(fs.readFileSync(file).includes(Buffer.from('drawings'))).toBe(false);

    const key = await p.dataKey();
    expect(noteBodiesIn(file, key)).toEqual(['Home visit. Amira showed me her drawings.']);
    expect(readWithKey(file, key, (db) => db.pragma('quick_check', { simple: true }))).toBe('ok');
    expect(auditActionsIn(file, key)).toEqual(['profile-created', 'case-created', 'note-created']);
  });

  it('no backup when nothing changed since the last one: unlocking and locking again takes none', async () => {
    const p = await profileWithCase();
    await p.call('lock');
    expect(await p.listBackups()).toHaveLength(1); // creating the case was a change

    await p.unlock();
    await p.call('lock');
    expect(await p.listBackups()).toHaveLength(1);

    await p.unlock();
    await p.saveNote('Phone call with school.');
    await p.call('lock');
    expect(await p.listBackups()).toHaveLength(2);
  });

  it('a lock by the system (sleep, screen lock) and quitting back up too, not only the Lock button', async () => {
    const p = await profileWithCase();
    p.core.lock('system');
    await p.unlock();
    await p.saveNote('Note before quitting.');
    p.core.shutdown();
    expect((await p.listBackups()).map((b) => b.reason)).toEqual(['lock', 'lock']);
  });
});

describe('backup now and keeping the newest', () => {
  it('keeps the newest seven of every kind, and never removes the one just taken', async () => {
    let now = Date.parse('2026-11-27T09:00:00Z');
    const p = await profileWithCase({ clock: { now: () => now } });
    const taken: string[] = [];
    for (let i = 0; i < BACKUPS_KEPT + 3; i += 1) {
      now += 60_000;
      taken.push((await p.call<BackupSummary>('backUpNow')).id);
    }
    const listed = await p.listBackups();
    expect(listed.map((b) => b.id)).toEqual(taken.slice(-BACKUPS_KEPT).reverse()); // newest first
    expect(listed.every((b) => b.reason === 'manual')).toBe(true);
    expect(filesIn(p.backupsDir)).toHaveLength(BACKUPS_KEPT);

    // A clock set back: the new backup looks oldest, yet it is the one kept.
    now -= 24 * 60 * 60_000;
    const behind = await p.call<BackupSummary>('backUpNow');
    const ids = (await p.listBackups()).map((b) => b.id);
    expect(ids).toHaveLength(BACKUPS_KEPT);
    expect(ids.at(-1)).toBe(behind.id);
  });

  it('two backups in the same millisecond get different ids', async () => {
    const p = await profileWithCase({ clock: { now: () => Date.parse('2026-11-27T09:00:00Z') } });
    const first = await p.call<BackupSummary>('backUpNow');
    const second = await p.call<BackupSummary>('backUpNow');
    expect(second.id).not.toBe(first.id);
    expect(await p.listBackups()).toHaveLength(2);
  });

  it('backing up needs the records unlocked', async () => {
    const p = await profileWithCase();
    await p.call('lock');
    expect(await p.core.dispatch('backUpNow', {})).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
  });
});

describe('a backup that fails', () => {
  it('removes its temp file, keeps the older backups, logs no path, and the lock still happens', async () => {
    const p = await profileWithCase();
    await p.call<BackupSummary>('backUpNow');
    const before = filesIn(p.backupsDir);
    await p.saveNote('Written after the backup.');

    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.spyOn(fs, 'renameSync').mockImplementationOnce(() => {
      throw Object.assign(new Error(`EIO: i/o error, rename '${p.backupsDir}'`), { code: 'EIO' });
    });
    await p.call('lock');

    expect(await p.call('getSession')).toEqual({ state: 'locked' });
    expect(filesIn(p.backupsDir)).toEqual(before);
    expect(logged).toHaveBeenCalledTimes(1);
    expect(String(logged.mock.calls[0]![0])).toBe('[casework] unexpected Error (EIO) in backup-lock');

    // The notes are safe in the store, and the next lock backs them up.
    await p.unlock();
    expect(await p.noteBodies()).toEqual(['Written after the backup.']);
    await p.saveNote('And one more.');
    await p.call('lock');
    expect(filesIn(p.backupsDir)).toHaveLength(2);
  });

  it('Back up now says so in plain words when it fails, and keeps the older backups', async () => {
    const p = await profileWithCase();
    await p.call<BackupSummary>('backUpNow');
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.spyOn(fs, 'renameSync').mockImplementationOnce(() => {
      throw Object.assign(new Error('no space'), { code: 'ENOSPC' });
    });
    expect(await p.core.dispatch('backUpNow', {})).toMatchObject({ ok: false, error: { code: 'DISK_FULL' } });
    expect(filesIn(p.backupsDir)).toHaveLength(1);
  });
});
