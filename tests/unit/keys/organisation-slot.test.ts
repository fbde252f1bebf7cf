import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readKeySlotFile } from '../../../main/keys/key-slot-file';
import { findOrganisationSlot } from '../../../main/keys/key-slots';
import {
  OrganisationKeyError,
  parseOrganisationPrivateKey,
  parseOrganisationPublicKey,
} from '../../../main/keys/organisation-key';
import { readDeployedOrganisationKey } from '../../../main/keys/organisation-key-file';
import { organisationSlotFromPem, unwrapOrganisationSlot } from '../../../main/keys/organisation-slot';
import { createProfileKeys, openWithOrganisationKey, openWithPassphrase, replacePassphrase } from '../../../main/keys/profile-keys';
import { FAST_KDF, PASSPHRASE, tempDir } from '../support/temp-profiles';
import { orgKeyPair, RSA_3072, X25519 } from './org-keys';

const PROFILE = '0b5d3c4e-1f2a-4b3c-8d4e-5f6a7b8c9d0e';
const OTHER_PROFILE = '11111111-2222-4333-8444-555555555555';
const NOW = new Date('2026-11-26T12:00:00Z');

describe('organisation public key: parsing and validation', () => {
  it('accepts X25519 and RSA-3072 SPKI PEM, with the fingerprint IT computes (SHA-256 of the SPKI DER)', () => {
    for (const pair of [X25519, RSA_3072]) {
      const parsed = parseOrganisationPublicKey(pair.publicPem);
      const der = crypto.createPublicKey(pair.publicPem).export({ type: 'spki', format: 'der' });
      expect(parsed.fingerprint).toBe(crypto.createHash('sha256').update(der).digest('hex'));
    }
    expect(parseOrganisationPublicKey(X25519.publicPem).algorithm).toBe('X25519');
    expect(parseOrganisationPublicKey(RSA_3072.publicPem)).toMatchObject({ algorithm: 'RSA', bits: 3072 });
  });

  it.each([
    ['empty', '   ', /empty or could not be read/u],
    ['not PEM', 'ssh-ed25519 AAAAC3Nza... it@council', /not in PEM format/u],
    ['a private key', X25519.privatePem, /contains a PRIVATE key/u],
    ['PKCS#1 instead of SPKI', crypto.createPublicKey(RSA_3072.publicPem).export({ type: 'pkcs1', format: 'pem' }).toString(), /"BEGIN PUBLIC KEY"/u],
    ['damaged base64', '-----BEGIN PUBLIC KEY-----\nnot base64 at all\n-----END PUBLIC KEY-----\n', /not a valid PEM public key/u],
    ['RSA too small', orgKeyPair('rsa', 2048).publicPem, /2048 bits; at least 3072/u],
    ['an unsupported type', orgKeyPair('ec').publicPem, /unsupported type \(ec\)/u],
  ])('refuses %s with a message naming the problem', (_what, pem, message) => {
    expect(() => parseOrganisationPublicKey(pem)).toThrow(OrganisationKeyError);
    expect(() => parseOrganisationPublicKey(pem)).toThrow(message);
  });

  it('reads an encrypted private key only with its passphrase', () => {
    const pem = crypto.createPrivateKey(X25519.privatePem).export({ type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase: 'it key words' });
    expect(() => parseOrganisationPrivateKey(pem.toString())).toThrow(/--key-passphrase-stdin/u);
    expect(() => parseOrganisationPrivateKey(pem.toString(), 'wrong')).toThrow(/key passphrase is wrong/u);
    expect(parseOrganisationPrivateKey(pem.toString(), 'it key words').fingerprint).toBe(parseOrganisationPublicKey(X25519.publicPem).fingerprint);
    expect(() => parseOrganisationPrivateKey(X25519.publicPem)).toThrow(/not a PKCS#8 PEM private key/u);
  });

  it('a deployed key file that is missing means none; one that cannot be read is not silently ignored', () => {
    const dir = tempDir();
    expect(readDeployedOrganisationKey(path.join(dir, 'absent.pem'))).toBeNull();
    expect(readDeployedOrganisationKey(dir)).toBe(''); // a folder: EISDIR, as good as unreadable
    fs.writeFileSync(path.join(dir, 'k.pem'), X25519.publicPem);
    expect(readDeployedOrganisationKey(path.join(dir, 'k.pem'))).toBe(X25519.publicPem);
  });
});

describe.each([
  ['X25519', X25519, 'X25519-HKDF-SHA256-AES-256-GCM'],
  ['RSA-3072', RSA_3072, 'RSA-OAEP-SHA256'],
])('organisation slot (%s)', (_name, pair, wrapName) => {
  const dataKey = crypto.randomBytes(32);

  it('wraps the data key so that only the private key opens it, and records the key fingerprint', () => {
    const slot = organisationSlotFromPem(dataKey, pair.publicPem, PROFILE, NOW);
    expect(slot).toMatchObject({ id: 'organisation', type: 'organisation', wrap: { name: wrapName }, createdAt: NOW.toISOString() });
    expect(slot.keyFingerprint).toBe(parseOrganisationPublicKey(pair.publicPem).fingerprint);
    expect(JSON.stringify(slot)).not.toContain(dataKey.toString('base64'));
    expect(unwrapOrganisationSlot(slot, PROFILE, parseOrganisationPrivateKey(pair.privatePem))).toEqual(dataKey);
  });

  it('another private key is refused by fingerprint, with both fingerprints in the message', () => {
    const slot = organisationSlotFromPem(dataKey, pair.publicPem, PROFILE, NOW);
    const other = parseOrganisationPrivateKey(orgKeyPair(pair === X25519 ? 'x25519' : 'rsa', 3072).privatePem);
    expect(() => unwrapOrganisationSlot(slot, PROFILE, other)).toThrow(`the key's fingerprint is ${other.fingerprint}, the slot was made for ${slot.keyFingerprint}`);
  });

  it('a slot copied to another profile does not open there (profile id bound by AAD / OAEP label)', () => {
    const slot = organisationSlotFromPem(dataKey, pair.publicPem, PROFILE, NOW);
    expect(() => unwrapOrganisationSlot(slot, OTHER_PROFILE, parseOrganisationPrivateKey(pair.privatePem))).toThrow(/copied from another profile/u);
  });

  it('createProfileKeys adds the slot to keys.json; other slot operations keep it untouched', async () => {
    const file = path.join(tempDir(), 'keys.json');
    const created = await createProfileKeys(file, PROFILE, 'store.db', PASSPHRASE, FAST_KDF, NOW, pair.publicPem);
    const before = findOrganisationSlot(readKeySlotFile(file));
    expect(readKeySlotFile(file).slots.map((s) => s.type)).toEqual(['passphrase', 'recovery-key', 'organisation']);
    const privateKey = parseOrganisationPrivateKey(pair.privatePem);
    expect(openWithOrganisationKey(file, PROFILE, privateKey)).toEqual(created.dataKey);
    await replacePassphrase(file, PROFILE, created.dataKey, 'a brand new passphrase', FAST_KDF.passphrase, NOW);
    expect(findOrganisationSlot(readKeySlotFile(file))).toEqual(before);
    expect(await openWithPassphrase(file, PROFILE, 'a brand new passphrase')).toEqual(created.dataKey);
  });
});

describe('profile keys and the organisation key', () => {
  it('without an organisation key, keys.json is exactly the two secret slots (format unchanged)', async () => {
    const file = path.join(tempDir(), 'keys.json');
    await createProfileKeys(file, PROFILE, 'store.db', PASSPHRASE, FAST_KDF, NOW, null);
    const json = JSON.parse(fs.readFileSync(file, 'utf8'));
    expect(json.slots.map((s: { type: string }) => s.type)).toEqual(['passphrase', 'recovery-key']);
    expect(Object.keys(json.slots[0]).sort()).toEqual(['createdAt', 'id', 'kdf', 'type', 'wrap']);
    expect(() => openWithOrganisationKey(file, PROFILE, parseOrganisationPrivateKey(X25519.privatePem))).toThrow(/has no organisation slot/u);
  });

  it('a misconfigured organisation key stops profile keys being created, with a message for IT', async () => {
    const file = path.join(tempDir(), 'keys.json');
    const attempt = createProfileKeys(file, PROFILE, 'store.db', PASSPHRASE, FAST_KDF, NOW, orgKeyPair('rsa', 2048).publicPem);
    await expect(attempt).rejects.toMatchObject({ code: 'UNAVAILABLE', message: expect.stringMatching(/not created.*at least 3072 bits.*contact IT/su) });
    expect(fs.existsSync(file)).toBe(false);
  });

  it('a damaged organisation slot makes keys.json damaged, as for any other slot', async () => {
    const file = path.join(tempDir(), 'keys.json');
    await createProfileKeys(file, PROFILE, 'store.db', PASSPHRASE, FAST_KDF, NOW, X25519.publicPem);
    const json = JSON.parse(fs.readFileSync(file, 'utf8'));
    json.slots[2].wrap.name = 'ROT13';
    fs.writeFileSync(file, JSON.stringify(json));
    await expect(openWithPassphrase(file, PROFILE, PASSPHRASE)).rejects.toMatchObject({ reason: 'damaged' });
  });
});
