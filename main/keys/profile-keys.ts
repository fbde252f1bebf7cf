/**
 * A profile's key slots as operations: create them with a new data key, open them with the passphrase
 * or the recovery key, and replace the passphrase slot. Only this module reads or writes keys.json.
 */
import { generateDataKey, findSlot, replaceSlot, unwrapDataKey, wrapDataKey } from './key-slots';
import {
  KEY_SLOT_FILE_FORMAT,
  KEY_SLOT_FILE_VERSION,
  readKeySlotFile,
  writeKeySlotFile,
  KeySlotFileError,
  type SlotType,
} from './key-slot-file';
import { generateRecoveryKey } from './recovery-key';
import { passphraseBytes, PASSPHRASE_SCRYPT, RECOVERY_KEY_SCRYPT, type ScryptParams } from './scrypt-kdf';

export interface KdfSettings {
  passphrase: ScryptParams;
  recoveryKey: ScryptParams;
}

export const DEFAULT_KDF: KdfSettings = { passphrase: PASSPHRASE_SCRYPT, recoveryKey: RECOVERY_KEY_SCRYPT };

const SLOT_IDS: Record<SlotType, string> = { passphrase: 'passphrase', 'recovery-key': 'recovery-key' };

export async function createProfileKeys(
  file: string,
  profileId: string,
  storeFileName: string,
  passphrase: string,
  kdf: KdfSettings,
  now: Date,
  /** The council's public key (PEM) when IT configured one: adds an organisation slot. */
  organisationPublicKey: string | null = null,
): Promise<{ dataKey: Buffer; recoveryKey: string }> {
  void organisationPublicKey; // organisation slot: being built in this session (main/keys/organisation-slot.ts)
  const dataKey = generateDataKey();
  const recovery = generateRecoveryKey();
  try {
    const slots = [
      await wrapDataKey(dataKey, passphraseBytes(passphrase), kdf.passphrase, profileId, { id: SLOT_IDS.passphrase, type: 'passphrase' }, now),
      await wrapDataKey(dataKey, recovery.bytes, kdf.recoveryKey, profileId, { id: SLOT_IDS['recovery-key'], type: 'recovery-key' }, now),
    ];
    writeKeySlotFile(file, {
      format: KEY_SLOT_FILE_FORMAT,
      version: KEY_SLOT_FILE_VERSION,
      profileId,
      store: { file: storeFileName, cipher: 'sqlcipher', compatibility: 4, key: 'raw-256-bit' },
      slots,
    });
    return { dataKey, recoveryKey: recovery.formatted };
  } catch (error) {
    dataKey.fill(0);
    throw error;
  } finally {
    recovery.bytes.fill(0);
  }
}

async function openSlot(file: string, profileId: string, type: SlotType, secret: Buffer): Promise<Buffer | null> {
  const slots = readKeySlotFile(file);
  if (slots.profileId !== profileId) throw new KeySlotFileError('damaged');
  const slot = findSlot(slots, type);
  return slot ? unwrapDataKey(slot, secret, profileId) : null;
}

/** The data key, or null when the passphrase is wrong. */
export function openWithPassphrase(file: string, profileId: string, passphrase: string): Promise<Buffer | null> {
  return openSlot(file, profileId, 'passphrase', passphraseBytes(passphrase));
}

/** The data key, or null when the recovery key is wrong. */
export function openWithRecoveryKey(file: string, profileId: string, recoveryKey: Buffer): Promise<Buffer | null> {
  return openSlot(file, profileId, 'recovery-key', recoveryKey);
}

/** Rewrites the passphrase slot only: the data key, the store and the recovery slot are unchanged. */
export async function replacePassphrase(
  file: string,
  profileId: string,
  dataKey: Buffer,
  newPassphrase: string,
  params: ScryptParams,
  now: Date,
): Promise<void> {
  const slots = readKeySlotFile(file);
  const slot = await wrapDataKey(dataKey, passphraseBytes(newPassphrase), params, profileId, { id: SLOT_IDS.passphrase, type: 'passphrase' }, now);
  writeKeySlotFile(file, replaceSlot(slots, slot));
}

/**
 * Replaces the recovery-key slot with one for a newly generated key (when the old key was lost or never
 * stored). The old recovery key stops working; the data key and the passphrase slot are unchanged.
 */
export async function replaceRecoveryKey(
  file: string,
  profileId: string,
  dataKey: Buffer,
  params: ScryptParams,
  now: Date,
): Promise<string> {
  const slots = readKeySlotFile(file);
  const recovery = generateRecoveryKey();
  try {
    const slot = await wrapDataKey(dataKey, recovery.bytes, params, profileId, { id: SLOT_IDS['recovery-key'], type: 'recovery-key' }, now);
    writeKeySlotFile(file, replaceSlot(slots, slot));
    return recovery.formatted;
  } finally {
    recovery.bytes.fill(0);
  }
}
