/**
 * Wrapping and unwrapping the data key. Wrap: AES-256-GCM, 12-byte random IV, 16-byte tag, with
 * additional authenticated data binding the slot to its profile and slot id, so a slot copied from
 * another profile (or into another slot) fails to open instead of silently working.
 */
import crypto from 'node:crypto';
import { deriveKey, type ScryptParams } from './scrypt-kdf';
import type { KeySlot, KeySlotFile, OrganisationSlot, SlotType, StoredSlot } from './key-slot-file';

export const DATA_KEY_BYTES = 32;

export function generateDataKey(): Buffer {
  return crypto.randomBytes(DATA_KEY_BYTES);
}

/** AAD = UTF-8 bytes of `casework-key-slot:v1:<profileId>:<slotId>`. */
export function slotAad(profileId: string, slotId: string): Buffer {
  return Buffer.from(`casework-key-slot:v1:${profileId}:${slotId}`, 'utf8');
}

export async function wrapDataKey(
  dataKey: Buffer,
  secret: Buffer,
  params: ScryptParams,
  profileId: string,
  slot: { id: string; type: SlotType },
  now: Date,
): Promise<KeySlot> {
  const salt = crypto.randomBytes(16);
  const kek = await deriveKey(secret, salt, params);
  try {
    const iv = crypto.randomBytes(12);
    const cipher = crypto.createCipheriv('aes-256-gcm', kek, iv);
    cipher.setAAD(slotAad(profileId, slot.id));
    const ciphertext = Buffer.concat([cipher.update(dataKey), cipher.final()]);
    return {
      id: slot.id,
      type: slot.type,
      kdf: { name: 'scrypt', N: params.N, r: params.r, p: params.p, dkLen: 32, salt: salt.toString('base64') },
      wrap: {
        name: 'AES-256-GCM',
        iv: iv.toString('base64'),
        ciphertext: ciphertext.toString('base64'),
        tag: cipher.getAuthTag().toString('base64'),
      },
      createdAt: now.toISOString(),
    };
  } finally {
    kek.fill(0);
  }
}

/** Returns the data key, or null when the secret does not open this slot (wrong passphrase/key). */
export async function unwrapDataKey(slot: KeySlot, secret: Buffer, profileId: string): Promise<Buffer | null> {
  const kek = await deriveKey(secret, Buffer.from(slot.kdf.salt, 'base64'), {
    N: slot.kdf.N,
    r: slot.kdf.r,
    p: slot.kdf.p,
    dkLen: 32,
  });
  try {
    const decipher = crypto.createDecipheriv('aes-256-gcm', kek, Buffer.from(slot.wrap.iv, 'base64'));
    decipher.setAAD(slotAad(profileId, slot.id));
    decipher.setAuthTag(Buffer.from(slot.wrap.tag, 'base64'));
    const dataKey = Buffer.concat([decipher.update(Buffer.from(slot.wrap.ciphertext, 'base64')), decipher.final()]);
    return dataKey.length === DATA_KEY_BYTES ? dataKey : null;
  } catch {
    return null; // GCM authentication failed: wrong secret, or the slot was altered.
  } finally {
    kek.fill(0);
  }
}

export function findSlot(file: KeySlotFile, type: SlotType): KeySlot | undefined {
  return file.slots.find((slot): slot is KeySlot => slot.type === type);
}

export function findOrganisationSlot(file: KeySlotFile): OrganisationSlot | undefined {
  return file.slots.find((slot): slot is OrganisationSlot => slot.type === 'organisation');
}

/** Replaces the slot of the same id, keeping every other slot untouched. */
export function replaceSlot(file: KeySlotFile, slot: StoredSlot): KeySlotFile {
  return { ...file, slots: [...file.slots.filter((s) => s.id !== slot.id), slot] };
}
