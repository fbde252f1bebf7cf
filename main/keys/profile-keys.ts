/**
 * A profile's key slots as operations: create them with a new data key, open them with the passphrase,
 * the recovery key or the organisation's private key, and replace the passphrase slot. Only this module
 * reads or writes keys.json.
 */
import { AppError } from '../shared/app-error';
import { generateDataKey, findOrganisationSlot, findSlot, replaceSlot, unwrapDataKey, wrapDataKey } from './key-slots';
import {
  KEY_SLOT_FILE_FORMAT,
  KEY_SLOT_FILE_VERSION,
  readKeySlotFile,
  writeKeySlotFile,
  KeySlotFileError,
  type SlotType,
  type StoredSlot,
} from './key-slot-file';
import { OrganisationKeyError, parseOrganisationPublicKey, type OrganisationPrivateKey, type OrganisationPublicKey } from './organisation-key';
import { unwrapOrganisationSlot, wrapForOrganisation } from './organisation-slot';
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
  // Checked before anything is generated: a profile IT cannot recover is not created at all.
  const organisationKey = organisationPublicKey === null ? null : configuredOrganisationKey(organisationPublicKey);
  const dataKey = generateDataKey();
  const recovery = generateRecoveryKey();
  try {
    const slots: StoredSlot[] = [
      await wrapDataKey(dataKey, passphraseBytes(passphrase), kdf.passphrase, profileId, { id: SLOT_IDS.passphrase, type: 'passphrase' }, now),
      await wrapDataKey(dataKey, recovery.bytes, kdf.recoveryKey, profileId, { id: SLOT_IDS['recovery-key'], type: 'recovery-key' }, now),
    ];
    if (organisationKey) slots.push(wrapForOrganisation(dataKey, organisationKey, profileId, now));
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

/**
 * The deployed key, or an AppError the practitioner can pass to IT. Policy (docs/store-format.md): when
 * IT has configured an organisation key, a profile without a working organisation slot would silently
 * defeat the council's recovery policy, so a broken key stops profile creation instead.
 */
function configuredOrganisationKey(pem: string): OrganisationPublicKey {
  try {
    return parseOrganisationPublicKey(pem);
  } catch (error) {
    if (!(error instanceof OrganisationKeyError)) throw error;
    throw new AppError(
      'UNAVAILABLE',
      `The profile was not created. The organisation recovery key that IT set up on this computer has a problem: ${error.message} Please contact IT; nothing was saved.`,
    );
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

/**
 * The data key from the organisation slot (IT's recovery). Throws OrganisationKeyError when there is no
 * such slot or the private key does not open it; KeySlotFileError when keys.json is missing or damaged.
 */
export function openWithOrganisationKey(file: string, profileId: string, privateKey: OrganisationPrivateKey): Buffer {
  const slots = readKeySlotFile(file);
  if (slots.profileId !== profileId) throw new KeySlotFileError('damaged');
  const slot = findOrganisationSlot(slots);
  if (!slot) {
    throw new OrganisationKeyError(
      'This profile has no organisation slot: it was created before IT set up the organisation key, or on a computer without it. Use the practitioner\'s recovery key instead.',
    );
  }
  return unwrapOrganisationSlot(slot, profileId, privateKey);
}

/** What ensureOrganisationSlot did to keys.json. */
export type OrganisationEnrolment = 'added' | 'replaced' | 'unchanged';

/**
 * Makes a profile recoverable with the organisation key IT has deployed now: a profile created before
 * the key was deployed gains the slot, and one wrapped to a key IT has since replaced is wrapped again
 * to the current one (the deployed key is the council's policy, as at profile creation). Needs the data
 * key, so it runs when the profile is unlocked.
 */
export function ensureOrganisationSlot(file: string, profileId: string, dataKey: Buffer, publicKey: OrganisationPublicKey, now: Date): OrganisationEnrolment {
  const slots = readKeySlotFile(file);
  if (slots.profileId !== profileId) throw new KeySlotFileError('damaged');
  const existing = findOrganisationSlot(slots);
  if (existing && existing.keyFingerprint === publicKey.fingerprint) return 'unchanged';
  writeKeySlotFile(file, replaceSlot(slots, wrapForOrganisation(dataKey, publicKey, profileId, now)));
  return existing ? 'replaced' : 'added';
}

/** What each slot is, with no secret in it: for IT's `admin inspect`. */
export function describeKeySlots(file: string): { profileId: string; slots: Array<{ id: string; type: string; createdAt: string; detail: string }> } {
  const { profileId, slots } = readKeySlotFile(file);
  return {
    profileId,
    slots: slots.map((slot) => ({
      id: slot.id,
      type: slot.type,
      createdAt: slot.createdAt,
      detail:
        slot.type === 'organisation'
          ? `${slot.wrap.name}, organisation key fingerprint ${slot.keyFingerprint}`
          : `scrypt N=${slot.kdf.N} r=${slot.kdf.r} p=${slot.kdf.p}, AES-256-GCM`,
    })),
  };
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
