import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AuditVerification } from '../../../preload/contract/trust';
import type { Note } from '../../../preload/contract';
import { AdminError } from '../../../main/admin/admin-error';
import { recoverProfile, RECOVERY_ACTOR, type RecoverProfileOptions } from '../../../main/admin/recover-profile';
import { readKeySlotFile } from '../../../main/keys/key-slot-file';
import { FAST_KDF, PASSPHRASE, testCore } from '../support/temp-profiles';
import { orgKeyPair, RSA_3072, X25519, type OrgKeyPair } from '../keys/org-keys';
import { auditRows, NEW_PASSPHRASE, NOTE_BODY, recordedProfile, snapshot, type RecordedProfile } from './recovery-fixture';

function recover(profile: RecordedProfile, pair: OrgKeyPair, more: Partial<RecoverProfileOptions> = {}) {
  return recoverProfile({ profileDir: profile.dir, privateKeyPem: pair.privatePem, newPassphrase: NEW_PASSPHRASE, kdf: FAST_KDF, ...more });
}

describe.each([
  ['X25519', X25519],
  ['RSA-3072', RSA_3072],
])('organisation recovery (%s)', (_name, pair) => {
  it('the private key recovers a forgotten passphrase: new one works, old one fails, notes intact, audited', async () => {
    const profile = await recordedProfile(pair);
    const { core, call, created, kase } = profile;
    // The practitioner forgot the passphrase and guessed until the backoff set in.
    for (let i = 0; i < 6; i += 1) await core.dispatch('unlock', { profileId: created.profile.id, passphrase: 'is it this one perhaps' });

    const attemptsFile = path.join(profile.dir, 'unlock-attempts.json');
    expect(fs.existsSync(attemptsFile)).toBe(true);

    const result = await recover(profile, pair);
    expect(fs.existsSync(attemptsFile)).toBe(false);
    expect(result).toMatchObject({ profileId: created.profile.id, displayName: 'Sam Okafor' });

    // No backoff left over from the old passphrase's failures.
    await call('unlock', { profileId: created.profile.id, passphrase: NEW_PASSPHRASE });
    expect((await call<Note[]>('listNotes', { caseId: kase.id })).map((n) => n.body)).toEqual([NOTE_BODY]);
    expect(await call<AuditVerification>('verifyAuditLog', {})).toMatchObject({ intact: true });
    await call('lock');
    expect(await core.dispatch('unlock', { profileId: created.profile.id, passphrase: PASSPHRASE })).toMatchObject({
      ok: false,
      error: { code: 'WRONG_PASSPHRASE' },
    });

    const rows = auditRows(profile, pair);
    expect(rows.filter((r) => r.action === 'recovered-by-organisation')).toEqual([{ action: 'recovered-by-organisation', actor: RECOVERY_ACTOR }]);
    const recovered = rows.findIndex((r) => r.action === 'recovered-by-organisation');
    expect(rows[recovered + 1]).toEqual({ action: 'unlocked', actor: 'Sam Okafor' });
  });

  it('the recovery key and the organisation slot survive the recovery unchanged', async () => {
    const profile = await recordedProfile(pair);
    const before = readKeySlotFile(profile.keysFile).slots.filter((s) => s.type !== 'passphrase');
    await recover(profile, pair);
    expect(readKeySlotFile(profile.keysFile).slots.filter((s) => s.type !== 'passphrase')).toEqual(before);
    await profile.call('unlockWithRecoveryKey', { profileId: profile.created.profile.id, recoveryKey: profile.created.recoveryKey, newPassphrase: 'yet another four words' });
  });
});

describe('organisation recovery refusals (nothing changed)', () => {
  it('a wrong private key is refused with a clear message; keys.json is byte for byte the same', async () => {
    const profile = await recordedProfile(X25519);
    const before = snapshot(profile);
    const attempt = recover(profile, orgKeyPair('x25519'));
    await expect(attempt).rejects.toBeInstanceOf(AdminError);
    await expect(recover(profile, orgKeyPair('x25519'))).rejects.toThrow(/does not open this profile's organisation slot.*Nothing was changed/u);
    expect(snapshot(profile)).toBe(before);
    await profile.call('unlock', { profileId: profile.created.profile.id, passphrase: PASSPHRASE });
  });

  it('an organisation slot moved from another profile does not open', async () => {
    const victim = await recordedProfile(X25519);
    const donor = await recordedProfile(X25519, victim.root);
    const keys = JSON.parse(snapshot(victim));
    const donorSlot = readKeySlotFile(donor.keysFile).slots.find((s) => s.type === 'organisation');
    keys.slots = keys.slots.map((s: { type: string }) => (s.type === 'organisation' ? donorSlot : s));
    fs.writeFileSync(victim.keysFile, JSON.stringify(keys));
    const before = snapshot(victim);
    await expect(recover(victim, X25519)).rejects.toThrow(/copied from another profile/u);
    expect(snapshot(victim)).toBe(before);
  });

  it("a whole keys.json copied from another profile is refused (the profile ids disagree)", async () => {
    const victim = await recordedProfile(X25519);
    const donor = await recordedProfile(X25519, victim.root);
    fs.copyFileSync(donor.keysFile, victim.keysFile);
    await expect(recover(victim, X25519)).rejects.toThrow(/keys.json is damaged/u);
  });

  it('a profile created without an organisation key has no organisation slot, and says so', async () => {
    const profile = await recordedProfile(null);
    expect(readKeySlotFile(profile.keysFile).slots.map((s) => s.type)).toEqual(['passphrase', 'recovery-key']);
    const before = snapshot(profile);
    await expect(recover(profile, X25519)).rejects.toThrow(/has no organisation slot.*recovery key instead/u);
    expect(snapshot(profile)).toBe(before);
  });

  it('refuses while the profile is open in Casework', async () => {
    const profile = await recordedProfile(X25519);
    await profile.call('unlock', { profileId: profile.created.profile.id, passphrase: PASSPHRASE });
    const before = snapshot(profile);
    await expect(recover(profile, X25519)).rejects.toThrow(/open in Casework.*close Casework/u);
    expect(snapshot(profile)).toBe(before);
  });

  it('refuses a new passphrase that breaks the passphrase rule', async () => {
    const profile = await recordedProfile(X25519);
    const before = snapshot(profile);
    await expect(recover(profile, X25519, { newPassphrase: 'short' })).rejects.toThrow(/at least 12 characters, or 4 words/u);
    expect(snapshot(profile)).toBe(before);
  });

  it('an encrypted private key needs its passphrase', async () => {
    const profile = await recordedProfile(X25519);
    const { createPrivateKey } = await import('node:crypto');
    const encrypted = createPrivateKey(X25519.privatePem).export({ type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase: 'it desk key' }).toString();
    await expect(recover(profile, { ...X25519, privatePem: encrypted })).rejects.toThrow(/--key-passphrase-stdin/u);
    await recover(profile, { ...X25519, privatePem: encrypted }, { privateKeyPassphrase: 'it desk key' });
    await profile.call('unlock', { profileId: profile.created.profile.id, passphrase: NEW_PASSPHRASE });
  });
});

describe('a misconfigured organisation key', () => {
  it('stops profile creation with a message for IT, and leaves no profile behind', async () => {
    const { core, call, root } = testCore({ organisationPublicKey: 'this is not a key' });
    const result = await core.dispatch('createProfile', { displayName: 'Sam Okafor', passphrase: PASSPHRASE });
    expect(result).toMatchObject({ ok: false, error: { code: 'UNAVAILABLE' } });
    const message = result.ok ? '' : result.error.message;
    expect(message).toMatch(/profile was not created.*organisation recovery key.*not in PEM format.*contact IT/su);
    expect(await call('listProfiles')).toEqual([]);
    expect(fs.readdirSync(root)).toEqual([]);
  });
});
