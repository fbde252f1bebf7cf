/**
 * IT deploys the organisation key after practitioners already have profiles, or replaces it: each
 * profile is enrolled (or re-wrapped) at its next unlock, so IT can recover it with the current private
 * key; the change is in the practitioner's audit log; a broken deployed key never stops an unlock.
 */
import { describe, expect, it } from 'vitest';
import { recoverProfile } from '../../../main/admin/recover-profile';
import { readKeySlotFile } from '../../../main/keys/key-slot-file';
import { FAST_KDF, PASSPHRASE, testCore } from '../support/temp-profiles';
import { orgKeyPair, X25519, type OrgKeyPair } from '../keys/org-keys';
import { auditRows, NEW_PASSPHRASE, recordedProfile, snapshot, type RecordedProfile } from './recovery-fixture';

/** The same profiles folder opened by an app that now has `publicPem` deployed (as after a restart). */
async function unlockWithDeployedKey(profile: RecordedProfile, publicPem: string) {
  const app = testCore({ organisationPublicKey: publicPem, profilesRoot: profile.root });
  await app.call('unlock', { profileId: profile.created.profile.id, passphrase: PASSPHRASE });
  await app.call('lock');
  return app;
}

const recover = (profile: RecordedProfile, pair: OrgKeyPair) =>
  recoverProfile({ profileDir: profile.dir, privateKeyPem: pair.privatePem, newPassphrase: NEW_PASSPHRASE, kdf: FAST_KDF });

const organisationSlot = (profile: RecordedProfile) => readKeySlotFile(profile.keysFile).slots.find((s) => s.type === 'organisation');

describe('organisation key deployed after the profile was made', () => {
  it('the next unlock adds the slot; IT can then recover the profile; the audit log says so', async () => {
    const profile = await recordedProfile(null);
    expect(organisationSlot(profile)).toBeUndefined();
    await unlockWithDeployedKey(profile, X25519.publicPem);

    expect(organisationSlot(profile)).toMatchObject({ id: 'organisation', type: 'organisation' });
    expect(auditRows(profile, X25519).filter((r) => r.action === 'settings-changed')).toHaveLength(1);
    await recover(profile, X25519);
    await profile.call('unlock', { profileId: profile.created.profile.id, passphrase: NEW_PASSPHRASE });
  });

  it('unlocking again changes nothing and records nothing', async () => {
    const profile = await recordedProfile(X25519);
    const before = snapshot(profile);
    const entries = auditRows(profile, X25519).length;
    await unlockWithDeployedKey(profile, X25519.publicPem);
    expect(snapshot(profile)).toBe(before);
    const after = auditRows(profile, X25519);
    expect(after.map((r) => r.action).slice(entries)).toEqual(['unlocked']);
  });

  it("a key IT replaced: the slot is wrapped to the new key; the old private key no longer opens it", async () => {
    const profile = await recordedProfile(X25519);
    const replacement = orgKeyPair('x25519');
    await unlockWithDeployedKey(profile, replacement.publicPem);
    await expect(recover(profile, X25519)).rejects.toThrow(/does not open this profile's organisation slot/u);
    await recover(profile, replacement);
    await profile.call('unlock', { profileId: profile.created.profile.id, passphrase: NEW_PASSPHRASE });
  });

  it('a broken deployed key does not stop the practitioner unlocking, and keys.json is left as it was', async () => {
    const profile = await recordedProfile(null);
    const before = snapshot(profile);
    await unlockWithDeployedKey(profile, '-----BEGIN PUBLIC KEY-----\nnot a key\n-----END PUBLIC KEY-----\n');
    expect(snapshot(profile)).toBe(before);
  });
});
