/**
 * The organisation slot: the data key wrapped to the council's public key, so IT can recover a store
 * whose passphrase and recovery key are both lost. Only the private key (kept offline by IT) opens it.
 * Both wraps are bound to the profile and slot id (the same binding string as the other slots' AAD),
 * so a slot copied from another profile does not open here. Format: docs/store-format.md.
 */
import crypto from 'node:crypto';
import type { OrganisationSlot } from './key-slot-file';
import { DATA_KEY_BYTES, slotAad } from './key-slots';
import {
  OrganisationKeyError,
  parseOrganisationPublicKey,
  type OrganisationPrivateKey,
  type OrganisationPublicKey,
} from './organisation-key';

export const ORGANISATION_SLOT_ID = 'organisation';

/** HKDF info for the X25519 wrap: names the purpose as well as the profile and slot. */
export function hkdfInfo(profileId: string, slotId: string): Buffer {
  return Buffer.from(`casework-org-slot:v1:${profileId}:${slotId}`, 'utf8');
}

function kekFromSharedSecret(shared: Buffer, salt: Buffer, profileId: string, slotId: string): Buffer {
  return Buffer.from(crypto.hkdfSync('sha256', shared, salt, hkdfInfo(profileId, slotId), 32));
}

function wrapX25519(dataKey: Buffer, publicKey: crypto.KeyObject, profileId: string, slotId: string): OrganisationSlot['wrap'] {
  // A fresh key pair per slot: its private half is dropped here, so only the council's key can redo the ECDH.
  const ephemeral = crypto.generateKeyPairSync('x25519');
  const shared = crypto.diffieHellman({ privateKey: ephemeral.privateKey, publicKey });
  const salt = crypto.randomBytes(32);
  const kek = kekFromSharedSecret(shared, salt, profileId, slotId);
  try {
    const iv = crypto.randomBytes(12);
    const cipher = crypto.createCipheriv('aes-256-gcm', kek, iv);
    cipher.setAAD(slotAad(profileId, slotId));
    const ciphertext = Buffer.concat([cipher.update(dataKey), cipher.final()]);
    return {
      name: 'X25519-HKDF-SHA256-AES-256-GCM',
      ephemeralPublicKey: ephemeral.publicKey.export({ type: 'spki', format: 'der' }).toString('base64'),
      salt: salt.toString('base64'),
      iv: iv.toString('base64'),
      ciphertext: ciphertext.toString('base64'),
      tag: cipher.getAuthTag().toString('base64'),
    };
  } finally {
    shared.fill(0);
    kek.fill(0);
  }
}

function oaepOptions(key: crypto.KeyObject, profileId: string, slotId: string) {
  // Node sets MGF1 to the OAEP hash, so this is OAEP-SHA-256 with MGF1-SHA-256 throughout.
  return { key, padding: crypto.constants.RSA_PKCS1_OAEP_PADDING, oaepHash: 'sha256', oaepLabel: slotAad(profileId, slotId) };
}

/** Wraps the data key to the organisation's public key (parse it first with parseOrganisationPublicKey). */
export function wrapForOrganisation(
  dataKey: Buffer,
  publicKey: OrganisationPublicKey,
  profileId: string,
  now: Date,
  slotId: string = ORGANISATION_SLOT_ID,
): OrganisationSlot {
  const wrap =
    publicKey.algorithm === 'X25519'
      ? wrapX25519(dataKey, publicKey.key, profileId, slotId)
      : { name: 'RSA-OAEP-SHA256' as const, ciphertext: crypto.publicEncrypt(oaepOptions(publicKey.key, profileId, slotId), dataKey).toString('base64') };
  return { id: slotId, type: 'organisation', keyFingerprint: publicKey.fingerprint, wrap, createdAt: now.toISOString() };
}

/** Parses the PEM and wraps in one step; throws OrganisationKeyError for a bad key. */
export function organisationSlotFromPem(dataKey: Buffer, pem: string, profileId: string, now: Date): OrganisationSlot {
  return wrapForOrganisation(dataKey, parseOrganisationPublicKey(pem), profileId, now);
}

function unwrapX25519(slot: OrganisationSlot, wrap: Extract<OrganisationSlot['wrap'], { name: 'X25519-HKDF-SHA256-AES-256-GCM' }>, profileId: string, privateKey: crypto.KeyObject): Buffer {
  const ephemeral = crypto.createPublicKey({ key: Buffer.from(wrap.ephemeralPublicKey, 'base64'), format: 'der', type: 'spki' });
  const shared = crypto.diffieHellman({ privateKey, publicKey: ephemeral });
  const kek = kekFromSharedSecret(shared, Buffer.from(wrap.salt, 'base64'), profileId, slot.id);
  try {
    const decipher = crypto.createDecipheriv('aes-256-gcm', kek, Buffer.from(wrap.iv, 'base64'));
    decipher.setAAD(slotAad(profileId, slot.id));
    decipher.setAuthTag(Buffer.from(wrap.tag, 'base64'));
    return Buffer.concat([decipher.update(Buffer.from(wrap.ciphertext, 'base64')), decipher.final()]);
  } finally {
    shared.fill(0);
    kek.fill(0);
  }
}

/**
 * The data key from the organisation slot. Throws OrganisationKeyError when the private key is not the
 * one the slot was made for, or when the slot does not open for this profile (copied or altered).
 */
export function unwrapOrganisationSlot(slot: OrganisationSlot, profileId: string, privateKey: OrganisationPrivateKey): Buffer {
  if (privateKey.fingerprint !== slot.keyFingerprint) {
    throw new OrganisationKeyError(
      `This private key does not open this profile's organisation slot: the key's fingerprint is ${privateKey.fingerprint}, the slot was made for ${slot.keyFingerprint}.`,
    );
  }
  const expected = slot.wrap.name === 'RSA-OAEP-SHA256' ? 'RSA' : 'X25519';
  if (privateKey.algorithm !== expected) {
    throw new OrganisationKeyError(`The organisation slot needs an ${expected} private key; this one is ${privateKey.algorithm}.`);
  }
  let dataKey: Buffer;
  try {
    dataKey =
      slot.wrap.name === 'RSA-OAEP-SHA256'
        ? crypto.privateDecrypt(oaepOptions(privateKey.key, profileId, slot.id), Buffer.from(slot.wrap.ciphertext, 'base64'))
        : unwrapX25519(slot, slot.wrap, profileId, privateKey.key);
  } catch {
    dataKey = Buffer.alloc(0);
  }
  if (dataKey.length !== DATA_KEY_BYTES) {
    dataKey.fill(0);
    throw new OrganisationKeyError(
      'The organisation slot does not open for this profile: it was altered, or copied from another profile.',
    );
  }
  return dataKey;
}
