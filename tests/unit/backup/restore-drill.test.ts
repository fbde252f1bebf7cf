/**
 * The restore drill: the store is damaged on disk, unlocking says so, the newest automatic backup is
 * offered and restored, and nothing is lost that the backup held — with the damaged file kept for IT.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AuditVerification, BackupSummary, SessionInfo } from '../../../preload/contract';
import { damageMiddle } from '../support/file-damage';
import { auditActionsIn, filesIn, profileWithCase } from './backup-fixture';

describe('restore drill: a damaged store is replaced by its newest backup', () => {
  it('notes A and B come back from the lock backup; the damaged file is kept; the audit log verifies', async () => {
    const p = await profileWithCase();
    await p.saveNote('Note A: home visit, Amira showed me her drawings.');
    await p.call('lock');
    await p.unlock();
    await p.saveNote('Note B: phone call with school about attendance.');
    await p.call('lock');
    const damagedBytes = (damageMiddle(p.storeFile), fs.readFileSync(p.storeFile));

    const refused = await p.core.dispatch('unlock', { profileId: p.profileId, passphrase: 'correct horse battery staple' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'STORE_CORRUPTED' } });
    expect(refused.ok ? '' : refused.error.message).toMatch(/damaged.*restore the backup.*contact IT/su);

    const offered = await p.listBackups();
    expect(offered.map((b) => b.reason)).toEqual(['lock', 'lock']);
    const newest = offered[0]!;

    const restored = await p.restore(newest.id);
    expect(restored).toMatchObject({ ok: true, value: { state: 'unlocked', profile: { id: p.profileId } } });
    expect(await p.noteBodies()).toEqual([
      'Note A: home visit, Amira showed me her drawings.',
      'Note B: phone call with school about attendance.',
    ]);

    // Never deleted: the damaged store sits under damaged/<instant>/, byte for byte.
    const [instant] = filesIn(path.join(p.dir, 'damaged'));
    expect(instant).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z$/u);
    const kept = path.join(p.dir, 'damaged', instant!);
    expect(filesIn(kept)).toEqual(['store.db']);
    expect(fs.readFileSync(path.join(kept, 'store.db')).equals(damagedBytes)).toBe(true);
    expect(filesIn(p.dir).filter((f) => f.includes('restoring'))).toEqual([]);

    // Restoring takes no backup away.
    expect((await p.listBackups()).map((b) => b.id)).toEqual(offered.map((b) => b.id));

    // The restored store's history is the backup's chain, plus the restore.
    const verification = await p.call<AuditVerification>('verifyAuditLog');
    expect(verification).toMatchObject({ intact: true, problem: null });
    await p.call('lock');
    const actions = auditActionsIn(p.storeFile, await p.dataKey());
    expect(actions.filter((a) => a === 'note-created')).toHaveLength(2);
    expect(actions.slice(actions.lastIndexOf('note-created') + 1)).toContain('backup-restored');
    expect(actions.filter((a) => a === 'backup-restored')).toHaveLength(1);
  });

  it('a wrong passphrase changes nothing: the damaged store stays where it is, and counts towards the wait', async () => {
    const p = await profileWithCase();
    await p.saveNote('Note A.');
    await p.call('lock');
    damageMiddle(p.storeFile);
    const before = fs.readFileSync(p.storeFile);
    const [backup] = await p.listBackups();

    const wrong = await p.restore(backup!.id, 'not my passphrase at all');
    expect(wrong).toMatchObject({ ok: false, error: { code: 'WRONG_PASSPHRASE' } });
    expect(fs.readFileSync(p.storeFile).equals(before)).toBe(true);
    expect(filesIn(path.join(p.dir, 'damaged'))).toEqual([]);
    expect(await p.call('getSession')).toEqual({ state: 'locked' });
    expect(fs.existsSync(path.join(p.dir, 'unlock-attempts.json'))).toBe(true);
  });

  it('an unknown backup is refused before the passphrase is tried', async () => {
    const p = await profileWithCase();
    await p.call('lock');
    const missing = await p.restore('2020-01-01T00-00-00-000Z');
    expect(missing).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await p.core.dispatch('restoreBackup', { profileId: p.profileId, passphrase: 'x'.repeat(12), backupId: '../store' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_REQUEST' },
    });
  });

  it('a backup that is itself damaged is refused and nothing changes', async () => {
    const p = await profileWithCase();
    await p.saveNote('Note A.');
    await p.call('lock');
    const [backup] = await p.listBackups();
    damageMiddle(path.join(p.backupsDir, `${backup!.id}.lock.db`));
    const store = fs.readFileSync(p.storeFile);

    const refused = await p.restore(backup!.id);
    expect(refused).toMatchObject({ ok: false, error: { code: 'STORE_CORRUPTED', message: expect.stringMatching(/backup is damaged/u) } });
    expect(fs.readFileSync(p.storeFile).equals(store)).toBe(true);
    expect(filesIn(p.dir).filter((f) => f.includes('restoring'))).toEqual([]);
    await p.unlock();
    expect(await p.noteBodies()).toEqual(['Note A.']);
  });
});

describe('restore from Settings, while unlocked', () => {
  it('keeps the current records as a before-restore backup, which can itself be restored', async () => {
    let now = Date.parse('2026-11-27T09:00:00Z');
    const p = await profileWithCase({ clock: { now: () => now } });
    await p.saveNote('Note A.');
    const older = await p.call<BackupSummary>('backUpNow');
    now += 60_000;
    await p.saveNote('Note C, written after the backup.');
    now += 60_000;

    const restored = await p.restore(older.id);
    expect(restored).toMatchObject({ ok: true, value: { state: 'unlocked' } });
    expect(await p.noteBodies()).toEqual(['Note A.']);
    const listed = await p.listBackups();
    expect(listed.map((b) => b.reason)).toEqual(['before-restore', 'manual']); // the lock itself needed no second copy
    expect(filesIn(path.join(p.dir, 'damaged'))).toEqual([]);

    const back = await p.restore(listed[0]!.id);
    expect(back).toMatchObject({ ok: true, value: { state: 'unlocked' } as SessionInfo });
    expect(await p.noteBodies()).toEqual(['Note A.', 'Note C, written after the backup.']);
  });

  it('a wrong passphrase leaves the session unlocked and everything as it was', async () => {
    const p = await profileWithCase();
    await p.saveNote('Note A.');
    const backup = await p.call<BackupSummary>('backUpNow');
    await p.saveNote('Note B.');

    const wrong = await p.restore(backup.id, 'not my passphrase at all');
    expect(wrong).toMatchObject({ ok: false, error: { code: 'WRONG_PASSPHRASE' } });
    expect(await p.call('getSession')).toMatchObject({ state: 'unlocked' });
    expect(await p.noteBodies()).toEqual(['Note A.', 'Note B.']);
    expect((await p.listBackups()).map((b) => b.id)).toEqual([backup.id]);
  });
});
