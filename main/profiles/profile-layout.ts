/**
 * What lives in a profile folder `<profilesRoot>/<profileId>/`. One folder per practitioner, so several
 * practitioners can share a laptop and each has their own store and key slots.
 */
import path from 'node:path';

export const PROFILE_FILES = {
  /** Display name and id only — read to list profiles on the start screen. No case data. */
  profile: 'profile.json',
  /** Key slots wrapping the store's data key (docs/store-format.md). */
  keySlots: 'keys.json',
  /** The SQLCipher 4 store (plus store.db-wal and store.db-shm while open). */
  store: 'store.db',
  /** Failed unlock count and time, for the persisted backoff. */
  unlockAttempts: 'unlock-attempts.json',
  /** Held while the store is open, so a second window or instance cannot open it too. */
  lock: 'store.lock',
  /**
   * Folder of automatic encrypted backups of the store (main/backup): `<instant>.<reason>.db`, each a
   * SQLCipher 4 file with the same data key, the newest BACKUPS_KEPT kept. Names hold no case data.
   */
  backups: 'backups',
  /** Folder where a damaged store is moved (`damaged/<instant>/store.db`) when a backup replaces it: kept for IT. */
  damaged: 'damaged',
} as const;

export function profileFile(profileDir: string, name: keyof typeof PROFILE_FILES): string {
  return path.join(profileDir, PROFILE_FILES[name]);
}
