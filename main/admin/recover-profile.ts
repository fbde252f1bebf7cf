/**
 * IT's recovery of a profile whose passphrase and recovery key are both lost: the council's private key
 * opens the organisation slot, the data key is proved against the store, a new passphrase slot is
 * written, and the practitioner's own audit log records that IT did it. Run through `npm run admin --
 * recover`; kept free of I/O with the terminal so it can be tested directly.
 */
import { AuditLog } from '../audit/audit-log';
import { KeySlotFileError } from '../keys/key-slot-file';
import { OrganisationKeyError, parseOrganisationPrivateKey, type OrganisationPrivateKey } from '../keys/organisation-key';
import { DEFAULT_KDF, openWithOrganisationKey, replacePassphrase, type KdfSettings } from '../keys/profile-keys';
import { acquireProfileLock, type ProfileLock } from '../profiles/profile-lock';
import { profileFile } from '../profiles/profile-layout';
import { clearUnlockAttempts } from '../profiles/unlock-attempts';
import { openEncryptedStore, type StoreDatabase } from '../store/open-store';
import { StoreOpenError } from '../store/store-errors';
import { MAX_PASSPHRASE_CHARACTERS, MIN_PASSPHRASE_CHARACTERS, MIN_PASSPHRASE_WORDS, meetsPassphraseRule } from '../../preload/contract/passphrase-policy';
import { AdminError } from './admin-error';
import { readProfileFolder } from './profile-folder';

/** Shown in the practitioner's audit log as who did it. */
export const RECOVERY_ACTOR = 'Organisation recovery (IT)';

export interface RecoverProfileOptions {
  profileDir: string;
  privateKeyPem: string;
  /** For a passphrase-protected (encrypted PKCS#8) private key. */
  privateKeyPassphrase?: string;
  newPassphrase: string;
  /** Tests lower the scrypt cost; IT always gets the app's defaults. */
  kdf?: KdfSettings;
  nativeBinding?: string;
  now?: () => Date;
}

export interface RecoverProfileResult {
  profileId: string;
  displayName: string;
  keyFingerprint: string;
}

function checkNewPassphrase(passphrase: string): void {
  if ([...passphrase].length > MAX_PASSPHRASE_CHARACTERS) throw new AdminError('The new passphrase is too long.');
  if (!meetsPassphraseRule(passphrase)) {
    throw new AdminError(
      `The new passphrase is too short: use at least ${MIN_PASSPHRASE_CHARACTERS} characters, or ${MIN_PASSPHRASE_WORDS} words.`,
    );
  }
}

function asAdminError(error: unknown): unknown {
  if (error instanceof OrganisationKeyError) return new AdminError(`${error.message} Nothing was changed.`);
  if (error instanceof KeySlotFileError) {
    return new AdminError(`keys.json is ${error.reason}, so the profile cannot be recovered. Nothing was changed.`);
  }
  if (error instanceof StoreOpenError) {
    switch (error.reason) {
      case 'in-use':
        return new AdminError(
          'The profile is open in Casework (store.lock is held by a running process). Ask the practitioner to close Casework, then try again. Nothing was changed.',
        );
      case 'missing':
        return new AdminError('store.db is missing from the profile folder. Nothing was changed.');
      case 'corrupted':
        return new AdminError(
          'The key from the organisation slot does not open store.db: the store is damaged, or keys.json was copied from another profile. Nothing was changed.',
        );
      case 'too-new':
        return new AdminError('store.db was written by a newer version of Casework: use that version to recover it. Nothing was changed.');
    }
  }
  return error;
}

function readPrivateKey(options: RecoverProfileOptions): OrganisationPrivateKey {
  try {
    return parseOrganisationPrivateKey(options.privateKeyPem, options.privateKeyPassphrase);
  } catch (error) {
    throw asAdminError(error);
  }
}

export async function recoverProfile(options: RecoverProfileOptions): Promise<RecoverProfileResult> {
  checkNewPassphrase(options.newPassphrase);
  const now = options.now ?? (() => new Date());
  const kdf = options.kdf ?? DEFAULT_KDF;
  const profile = readProfileFolder(options.profileDir);
  const privateKey = readPrivateKey(options);
  const keySlots = profileFile(profile.dir, 'keySlots');
  let lock: ProfileLock | null = null;
  let dataKey: Buffer | null = null;
  let db: StoreDatabase | null = null;
  try {
    // Held throughout, so the app cannot open the store while its passphrase slot is being replaced.
    lock = acquireProfileLock(profileFile(profile.dir, 'lock'));
    dataKey = openWithOrganisationKey(keySlots, profile.id, privateKey);
    // Proves the key before anything is written: a slot from another profile fails here.
    db = openEncryptedStore(profileFile(profile.dir, 'store'), dataKey, { nativeBinding: options.nativeBinding });
    // Recorded before the passphrase changes, so a recovery can never take effect unrecorded.
    new AuditLog(db, RECOVERY_ACTOR, now).record({ action: 'recovered-by-organisation' });
    await replacePassphrase(keySlots, profile.id, dataKey, options.newPassphrase, kdf.passphrase, now());
    // The old passphrase's failures say nothing about the new one: no backoff for the practitioner.
    clearUnlockAttempts(profileFile(profile.dir, 'unlockAttempts'));
    return { profileId: profile.id, displayName: profile.displayName, keyFingerprint: privateKey.fingerprint };
  } catch (error) {
    throw asAdminError(error);
  } finally {
    db?.close();
    dataKey?.fill(0);
    lock?.release();
  }
}
