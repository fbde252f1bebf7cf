import fs from 'node:fs';
import path from 'node:path';
import { fork } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import type { CreatedProfile, Note, SessionInfo, CaseSummary } from '../../../preload/contract';
import { PASSPHRASE, testCore } from '../support/temp-profiles';

const NOTE_ID = '019ac0de-0000-7000-8000-000000000001';

async function profileWithNote() {
  const t = testCore();
  const created = await t.call<CreatedProfile>('createProfile', { displayName: 'Sam Okafor', passphrase: PASSPHRASE });
  const kase = await t.call<CaseSummary>('createCase', { childName: 'Amira Khan' });
  await t.call('saveNote', { id: NOTE_ID, body: 'Home visit. Amira showed me her drawings.', structure: { children: [{ caseId: kase.id }] } });
  return { ...t, created, kase };
}

describe('profiles and unlocking', () => {
  it('creating a profile unlocks it and returns a one-time recovery key; the start list shows only names', async () => {
    const { call, created, root } = await profileWithNote();
    expect(created.session).toMatchObject({ state: 'unlocked', profile: { displayName: 'Sam Okafor' } });
    expect(created.recoveryKey).toMatch(/^([A-Z2-7]{4}-){12}[A-Z2-7]{4}$/u);
    expect(await call('listProfiles')).toEqual([created.profile]);
    const profileJson = fs.readFileSync(path.join(root, created.profile.id, 'profile.json'), 'utf8');
    expect(profileJson).not.toContain('Amira');
  });

  it('lock then unlock with the passphrase: the note is still there', async () => {
    const { call, core, created, kase } = await profileWithNote();
    expect(await call<SessionInfo>('lock')).toEqual({ state: 'locked' });
    expect(await core.dispatch('listNotes', { caseId: kase.id })).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    await call('unlock', { profileId: created.profile.id, passphrase: PASSPHRASE });
    const notes = await call<Note[]>('listNotes', { caseId: kase.id });
    expect(notes.map((n) => n.body)).toEqual(['Home visit. Amira showed me her drawings.']);
  });

  it('a wrong passphrase is refused with a clear message and reveals nothing', async () => {
    const { core, call, created } = await profileWithNote();
    await call('lock');
    const result = await core.dispatch('unlock', { profileId: created.profile.id, passphrase: 'not my passphrase at all' });
    expect(result).toEqual({
      ok: false,
      error: { code: 'WRONG_PASSPHRASE', message: 'That passphrase is not right. Check Caps Lock and try again.' },
    });
    expect(await call('getSession')).toEqual({ state: 'locked' });
  });

  it('repeated failures are slowed down, and the backoff survives a restart of the app', async () => {
    let now = Date.parse('2026-11-26T09:00:00Z');
    const clock = { now: () => now };
    const first = testCore({ clock });
    const { profile } = await first.call<CreatedProfile>('createProfile', { displayName: 'Jo', passphrase: PASSPHRASE });
    await first.call('lock');
    const wrong = { profileId: profile.id, passphrase: 'wrong wrong wrong wrong' };
    for (let i = 0; i < 4; i += 1) expect((await first.core.dispatch('unlock', wrong)).ok).toBe(false);
    const fifth = await first.core.dispatch('unlock', wrong);
    expect(fifth).toMatchObject({ ok: false, error: { code: 'WRONG_PASSPHRASE' } });
    first.core.shutdown();

    const restarted = testCore({ clock, profilesRoot: first.root });
    const blocked = await restarted.core.dispatch('unlock', { profileId: profile.id, passphrase: PASSPHRASE });
    expect(blocked).toMatchObject({ ok: false, error: { code: 'TOO_MANY_ATTEMPTS', retryAfterSeconds: 1 } });
    now += 1000;
    await restarted.call('unlock', { profileId: profile.id, passphrase: PASSPHRASE });
  });

  it('after many failures the message suggests the recovery key', async () => {
    let now = 0;
    const t = testCore({ clock: { now: () => now } });
    const { profile } = await t.call<CreatedProfile>('createProfile', { displayName: 'Jo', passphrase: PASSPHRASE });
    await t.call('lock');
    let last;
    for (let i = 0; i < 8; i += 1) {
      now += 120_000;
      last = await t.core.dispatch('unlock', { profileId: profile.id, passphrase: 'wrong wrong wrong wrong' });
    }
    expect(last).toMatchObject({ ok: false, error: { code: 'WRONG_PASSPHRASE', suggestRecoveryKey: true } });
  });

  it('the recovery key unlocks and sets a new passphrase; the old one stops working', async () => {
    const { call, core, created, kase } = await profileWithNote();
    await call('lock');
    await call('unlockWithRecoveryKey', {
      profileId: created.profile.id,
      recoveryKey: created.recoveryKey.toLowerCase(),
      newPassphrase: 'four new words here',
    });
    expect(await call<Note[]>('listNotes', { caseId: kase.id })).toHaveLength(1);
    await call('lock');
    expect(await core.dispatch('unlock', { profileId: created.profile.id, passphrase: PASSPHRASE })).toMatchObject({ ok: false });
    await call('unlock', { profileId: created.profile.id, passphrase: 'four new words here' });
  });

  it('a wrong recovery key is refused and changes nothing', async () => {
    const { call, core, created } = await profileWithNote();
    await call('lock');
    const wrong = await core.dispatch('unlockWithRecoveryKey', {
      profileId: created.profile.id,
      recoveryKey: 'AAAA-'.repeat(12) + 'AAAA',
      newPassphrase: 'four new words here',
    });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'WRONG_RECOVERY_KEY' } });
    await call('unlock', { profileId: created.profile.id, passphrase: PASSPHRASE });
  });

  it('changing the passphrase needs the current one and keeps every record', async () => {
    const { call, core, created, kase } = await profileWithNote();
    const refused = await core.dispatch('changePassphrase', { currentPassphrase: 'wrong wrong wrong wrong', newPassphrase: 'another four word phrase' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'WRONG_PASSPHRASE' } });
    await call('changePassphrase', { currentPassphrase: PASSPHRASE, newPassphrase: 'another four word phrase' });
    await call('lock');
    await call('unlock', { profileId: created.profile.id, passphrase: 'another four word phrase' });
    expect(await call<Note[]>('listNotes', { caseId: kase.id })).toHaveLength(1);
  });

  it('a lost recovery key can be replaced (with the passphrase): the old key stops working, the new one unlocks', async () => {
    const { call, core, created, kase } = await profileWithNote();
    const refused = await core.dispatch('replaceRecoveryKey', { currentPassphrase: 'wrong wrong wrong wrong' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'WRONG_PASSPHRASE' } });
    const { recoveryKey } = await call<{ recoveryKey: string }>('replaceRecoveryKey', { currentPassphrase: PASSPHRASE });
    expect(recoveryKey).toMatch(/^([A-Z2-7]{4}-){12}[A-Z2-7]{4}$/u);
    expect(recoveryKey).not.toBe(created.recoveryKey);
    await call('lock');
    const withOld = { profileId: created.profile.id, recoveryKey: created.recoveryKey, newPassphrase: 'four new words here' };
    expect(await core.dispatch('unlockWithRecoveryKey', withOld)).toMatchObject({ ok: false, error: { code: 'WRONG_RECOVERY_KEY' } });
    await call('unlockWithRecoveryKey', { ...withOld, recoveryKey });
    expect(await call<Note[]>('listNotes', { caseId: kase.id })).toHaveLength(1);
  });

  it('specific errors: profile gone, store file missing, key file damaged', async () => {
    const { call, core, created, root } = await profileWithNote();
    await call('lock');
    const dir = path.join(root, created.profile.id);
    const unlock = () => core.dispatch('unlock', { profileId: created.profile.id, passphrase: PASSPHRASE });

    const other = await core.dispatch('unlock', { profileId: '3f1e1b9a-0000-4000-8000-000000000000', passphrase: PASSPHRASE });
    expect(other).toMatchObject({ ok: false, error: { code: 'PROFILE_NOT_FOUND' } });

    fs.renameSync(path.join(dir, 'store.db'), path.join(dir, 'moved.db'));
    expect(await unlock()).toMatchObject({ ok: false, error: { code: 'STORE_MISSING' } });
    fs.renameSync(path.join(dir, 'moved.db'), path.join(dir, 'store.db'));

    const keys = fs.readFileSync(path.join(dir, 'keys.json'));
    fs.writeFileSync(path.join(dir, 'keys.json'), keys.subarray(0, 100));
    expect(await unlock()).toMatchObject({ ok: false, error: { code: 'STORE_CORRUPTED' } });
    fs.writeFileSync(path.join(dir, 'keys.json'), keys);

    await call('unlock', { profileId: created.profile.id, passphrase: PASSPHRASE });
    expect(await call('getSession')).toMatchObject({ state: 'unlocked' });
  });

  it('a profile open in another process is refused with STORE_IN_USE, and a crashed holder does not block it', async () => {
    const { call, core, created, root } = await profileWithNote();
    await call('lock');
    const lockFile = path.join(root, created.profile.id, 'store.lock');
    // Another live process holds the lock.
    const child = fork('-e', ['setInterval(() => {}, 1000)'], { execArgv: [] });
    await new Promise((resolve) => child.once('spawn', resolve));
    fs.writeFileSync(lockFile, String(child.pid));
    const refused = await core.dispatch('unlock', { profileId: created.profile.id, passphrase: PASSPHRASE });
    expect(refused).toMatchObject({ ok: false, error: { code: 'STORE_IN_USE' } });
    child.kill('SIGKILL');
    await new Promise((resolve) => child.once('exit', resolve));
    await call('unlock', { profileId: created.profile.id, passphrase: PASSPHRASE });
  });

  it('the same profile cannot be opened by two cores in one process', async () => {
    const first = await profileWithNote();
    const second = testCore({ profilesRoot: first.root });
    const refused = await second.core.dispatch('unlock', { profileId: first.created.profile.id, passphrase: PASSPHRASE });
    expect(refused).toMatchObject({ ok: false, error: { code: 'STORE_IN_USE' } });
  });
});
