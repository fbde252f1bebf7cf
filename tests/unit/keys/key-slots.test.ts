import path from 'node:path';
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  createProfileKeys,
  DEFAULT_KDF,
  openWithPassphrase,
  openWithRecoveryKey,
  replacePassphrase,
} from '../../../main/keys/profile-keys';
import { readKeySlotFile, KeySlotFileError } from '../../../main/keys/key-slot-file';
import { findSlot } from '../../../main/keys/key-slots';
import { parseRecoveryKey } from '../../../main/keys/recovery-key';
import { FAST_KDF, PASSPHRASE, tempDir } from '../support/temp-profiles';

const PROFILE = '0b5d3c4e-1f2a-4b3c-8d4e-5f6a7b8c9d0e';
const NOW = new Date('2026-11-26T12:00:00Z');

async function makeSlots() {
  const file = path.join(tempDir(), 'keys.json');
  const created = await createProfileKeys(file, PROFILE, 'store.db', PASSPHRASE, FAST_KDF, NOW);
  return { file, ...created };
}

describe('key slots', () => {
  it('the passphrase and the recovery key each unwrap the same data key', async () => {
    const { file, dataKey, recoveryKey } = await makeSlots();
    expect(await openWithPassphrase(file, PROFILE, PASSPHRASE)).toEqual(dataKey);
    expect(await openWithRecoveryKey(file, PROFILE, parseRecoveryKey(recoveryKey)!)).toEqual(dataKey);
  });

  it('a wrong passphrase or recovery key unwraps nothing', async () => {
    const { file } = await makeSlots();
    expect(await openWithPassphrase(file, PROFILE, 'correct horse battery stapler')).toBeNull();
    expect(await openWithRecoveryKey(file, PROFILE, Buffer.alloc(32, 7))).toBeNull();
  });

  it('records the KDF parameters and never stores the data key or passphrase in the clear', async () => {
    const { file, dataKey } = await makeSlots();
    const text = fs.readFileSync(file, 'utf8');
    const slots = readKeySlotFile(file);
    expect(slots.slots.map((s) => s.type).sort()).toEqual(['passphrase', 'recovery-key']);
    expect(findSlot(slots, 'passphrase')!.kdf).toMatchObject({ name: 'scrypt', N: 4096, r: 8, p: 1 });
    expect(text).not.toContain(dataKey.toString('hex'));
    expect(text).not.toContain(dataKey.toString('base64'));
    expect(text).not.toContain(PASSPHRASE);
  });

  it('a slot moved to another profile does not open (the profile id is authenticated)', async () => {
    const { file } = await makeSlots();
    const slots = JSON.parse(fs.readFileSync(file, 'utf8'));
    slots.profileId = '11111111-2222-4333-8444-555555555555';
    fs.writeFileSync(file, JSON.stringify(slots));
    expect(await openWithPassphrase(file, slots.profileId, PASSPHRASE)).toBeNull();
    await expect(openWithPassphrase(file, PROFILE, PASSPHRASE)).rejects.toBeInstanceOf(KeySlotFileError);
  });

  it('changing the passphrase rewrites only the passphrase slot and keeps the data key', async () => {
    const { file, dataKey, recoveryKey } = await makeSlots();
    const recoveryBefore = readKeySlotFile(file).slots.find((s) => s.type === 'recovery-key');
    await replacePassphrase(file, PROFILE, dataKey, 'a brand new passphrase', FAST_KDF.passphrase, NOW);
    expect(await openWithPassphrase(file, PROFILE, PASSPHRASE)).toBeNull();
    expect(await openWithPassphrase(file, PROFILE, 'a brand new passphrase')).toEqual(dataKey);
    expect(readKeySlotFile(file).slots.find((s) => s.type === 'recovery-key')).toEqual(recoveryBefore);
    expect(await openWithRecoveryKey(file, PROFILE, parseRecoveryKey(recoveryKey)!)).toEqual(dataKey);
  });

  it('a damaged or missing key file is reported as such', async () => {
    const { file } = await makeSlots();
    fs.writeFileSync(file, '{"format": "casework-key-slots", "version": 1');
    await expect(openWithPassphrase(file, PROFILE, PASSPHRASE)).rejects.toMatchObject({ reason: 'damaged' });
    fs.rmSync(file);
    await expect(openWithPassphrase(file, PROFILE, PASSPHRASE)).rejects.toMatchObject({ reason: 'missing' });
  });

  it('the app default passphrase slot uses scrypt N=2^17, r=8 (cost measured in npm run bench)', async () => {
    expect(DEFAULT_KDF.passphrase).toMatchObject({ N: 2 ** 17, r: 8, p: 1 });
    const file = path.join(tempDir(), 'keys.json');
    const { dataKey } = await createProfileKeys(file, PROFILE, 'store.db', PASSPHRASE, DEFAULT_KDF, NOW);
    expect(await openWithPassphrase(file, PROFILE, PASSPHRASE)).toEqual(dataKey);
  });
});
