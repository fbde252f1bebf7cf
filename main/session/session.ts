/**
 * The practitioner's session: which profile is unlocked, its open store, its data key and its
 * repositories. Locking closes the store, zeroes the key and drops the repositories, so nothing that
 * can read case data survives a lock. Operations run one at a time (unlock is slow by design: scrypt).
 */
import { v4 as uuidv4 } from 'uuid';
import type { BackupSummary, ProfileSummary } from '../../preload/contract';
import {
  createProfileKeys,
  openWithPassphrase,
  openWithRecoveryKey,
  replacePassphrase,
  replaceRecoveryKey,
  type KdfSettings,
} from '../keys/profile-keys';
import { parseRecoveryKey } from '../keys/recovery-key';
import { ProfileDirectory } from '../profiles/profile-directory';
import { acquireProfileLock, type ProfileLock } from '../profiles/profile-lock';
import { PROFILE_FILES, profileFile } from '../profiles/profile-layout';
import { clearUnlockAttempts } from '../profiles/unlock-attempts';
import type { AuditEvent } from '../audit/audit-log';
import { findBackup, listBackupSummaries } from '../backup/backup-files';
import { discardStaged, installStaged, keepOpenStore, setClosedStoreAside, stageBackup } from '../backup/restore-store';
import { SessionBackups } from '../backup/session-backups';
import { AppError } from '../shared/app-error';
import type { Clock } from '../shared/clock';
import { logUnexpectedError } from '../shared/safe-log';
import { openEncryptedStore, type StoreDatabase } from '../store/open-store';
import { enrolInOrganisationRecovery } from './organisation-enrolment';
import { openPassphraseSlot } from './passphrase-slot';
import { repositoriesFor, type Repositories } from './repositories';
import { backupProblem, restoreProblem, storeOpenProblem } from './store-messages';

export type { Repositories };

interface Unlocked {
  profile: ProfileSummary;
  dir: string;
  db: StoreDatabase;
  dataKey: Buffer;
  lock: ProfileLock;
  repositories: Repositories;
  backups: SessionBackups;
}

export interface SessionOptions {
  profiles: ProfileDirectory;
  kdf: KdfSettings;
  clock: Clock;
  nativeBinding?: string;
  /** The council's public key (PEM), when IT configured one: new profiles get an organisation slot. */
  organisationPublicKey?: string | null;
  /** Sees each opened connection. Tests use it to simulate a full disk (PRAGMA max_page_count). */
  onStoreOpened?: (db: StoreDatabase) => void;
}

export class Session {
  private current: Unlocked | null = null;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly options: SessionOptions) {}

  get profile(): ProfileSummary | null {
    return this.current?.profile ?? null;
  }

  repositories(): Repositories {
    if (!this.current) throw new AppError('LOCKED', 'Your records are locked. Unlock them to continue.');
    return this.current.repositories;
  }

  now(): Date {
    return new Date(this.options.clock.now());
  }

  createProfile(displayName: string, passphrase: string): Promise<{ profile: ProfileSummary; recoveryKey: string }> {
    return this.serialise(async () => {
      this.lockNow();
      const profileId = uuidv4();
      const { profile, filled } = await this.options.profiles.create(profileId, displayName, this.now(), async (dir) => {
        const keys = await createProfileKeys(
          profileFile(dir, 'keySlots'),
          profileId,
          PROFILE_FILES.store,
          passphrase,
          this.options.kdf,
          this.now(),
          this.options.organisationPublicKey ?? null,
        );
        try {
          const storeFile = profileFile(dir, 'store');
          openEncryptedStore(storeFile, keys.dataKey, { create: true, nativeBinding: this.options.nativeBinding }).close();
        } catch (error) {
          keys.dataKey.fill(0);
          throw error;
        }
        return keys;
      });
      this.openStore(profile, filled.dataKey, { action: 'profile-created' });
      return { profile, recoveryKey: filled.recoveryKey };
    });
  }

  unlock(profileId: string, passphrase: string): Promise<ProfileSummary> {
    return this.serialise(async () => {
      const { profile, dir } = this.findProfile(profileId);
      const { dataKey, failedAttempts } = await this.guard(() => openPassphraseSlot(dir, profileId, passphrase, this.options.clock));
      this.lockNow();
      this.openStore(profile, dataKey, { action: 'unlocked', detail: failedAttempts > 0 ? { failedAttempts } : {} });
      return profile;
    });
  }

  unlockWithRecoveryKey(profileId: string, recoveryKeyText: string, newPassphrase: string): Promise<ProfileSummary> {
    return this.serialise(async () => {
      const { profile, dir } = this.findProfile(profileId);
      const recoveryKey = parseRecoveryKey(recoveryKeyText);
      const wrongKey = new AppError(
        'WRONG_RECOVERY_KEY',
        'That recovery key does not open this profile. Check each group of four characters and try again.',
      );
      if (!recoveryKey) throw wrongKey;
      const keySlots = profileFile(dir, 'keySlots');
      const dataKey = await this.guard(() => openWithRecoveryKey(keySlots, profileId, recoveryKey));
      recoveryKey.fill(0);
      if (!dataKey) throw wrongKey;
      try {
        await replacePassphrase(keySlots, profileId, dataKey, newPassphrase, this.options.kdf.passphrase, this.now());
      } catch (error) {
        dataKey.fill(0);
        throw error;
      }
      clearUnlockAttempts(profileFile(dir, 'unlockAttempts'));
      this.lockNow();
      this.openStore(profile, dataKey, { action: 'unlocked-with-recovery-key' });
      return profile;
    });
  }

  changePassphrase(currentPassphrase: string, newPassphrase: string): Promise<void> {
    return this.serialise(async () => {
      const current = await this.confirmPassphrase(currentPassphrase);
      const keySlots = profileFile(current.dir, 'keySlots');
      await replacePassphrase(keySlots, current.profile.id, current.dataKey, newPassphrase, this.options.kdf.passphrase, this.now());
      current.repositories.audit.record({ action: 'passphrase-changed' });
    });
  }

  /** Makes a new recovery key (the old one stops working). Asks for the passphrase: whoever sits at an
   *  unlocked laptop must not be able to mint a key that opens the records later. */
  replaceRecoveryKey(currentPassphrase: string): Promise<string> {
    return this.serialise(async () => {
      const current = await this.confirmPassphrase(currentPassphrase);
      const keySlots = profileFile(current.dir, 'keySlots');
      const recoveryKey = await replaceRecoveryKey(keySlots, current.profile.id, current.dataKey, this.options.kdf.recoveryKey, this.now());
      current.repositories.audit.record({ action: 'recovery-key-replaced' });
      return recoveryKey;
    });
  }

  // ---- backups (main/backup) -------------------------------------------------------------------------
  /** Newest first. Works while locked: the unlock screen offers one when the store is damaged. */
  listBackups(profileId: string): BackupSummary[] {
    return listBackupSummaries(this.findProfile(profileId).dir);
  }

  backUpNow(): Promise<BackupSummary> {
    return this.serialise(async () => {
      const current = this.unlocked();
      try {
        return current.backups.take('manual');
      } catch (error) {
        throw backupProblem(error);
      }
    });
  }

  /** The hourly backup, if due; run in a quiet moment between requests (main/backup/backup-schedule.ts). */
  backUpIfDue(): void {
    this.current?.backups.takeIfDue();
  }

  /**
   * Replaces a profile's store with one of its backups, from the unlock screen (a damaged store) or
   * from Settings. The passphrase is checked exactly as unlocking checks it, and the backup is copied
   * and checked before anything changes. The store it replaces is kept: backed up if intact, moved to
   * damaged/ if not (main/backup/restore-store.ts). Ends unlocked on the restored store.
   */
  restoreBackup(profileId: string, passphrase: string, backupId: string): Promise<ProfileSummary> {
    return this.serialise(async () => {
      const { profile, dir } = this.findProfile(profileId);
      const backup = findBackup(dir, backupId);
      if (!backup) throw new AppError('NOT_FOUND', 'That backup is no longer on this computer. Choose another one.');
      const { dataKey } = await this.guard(() => openPassphraseSlot(dir, profileId, passphrase, this.options.clock));
      const options = { dataKey, now: this.now(), nativeBinding: this.options.nativeBinding };
      let lock: ProfileLock | null = null;
      try {
        stageBackup(backup.file, dir, options);
        const open = this.current?.profile.id === profileId ? this.current : null;
        // While unlocked the live store is backed up before it is closed: if that fails, nothing has changed yet.
        const keptOpen = open ? keepOpenStore(open.backups) : false;
        this.lockNow();
        lock = acquireProfileLock(profileFile(dir, 'lock'));
        if (!keptOpen) setClosedStoreAside(dir, options);
        installStaged(dir, options.now);
      } catch (error) {
        discardStaged(dir);
        dataKey.fill(0);
        lock?.release();
        throw restoreProblem(error);
      }
      this.openStore(profile, dataKey, { action: 'backup-restored', detail: { backupId } }, lock);
      return profile;
    });
  }

  /** Copies the WAL back into the store (PASSIVE: never waits) if one is open. Runs in quiet moments. */
  checkpoint(): void {
    try {
      this.current?.db.pragma('wal_checkpoint(PASSIVE)');
    } catch (error) {
      // Not fatal: the next quiet moment (or SQLite's own guard) tries again.
      logUnexpectedError('checkpoint', error);
    }
  }

  /** Returns true if a store was open (and is now closed). */
  lock(): Promise<boolean> {
    return this.serialise(async () => this.lockNow());
  }

  /**
   * Synchronous lock for shutdown paths that cannot wait (quit, system suspend). `locked` is called
   * once nothing can read the store any more but before the lock backup runs (seconds on a large
   * store), so the screen can drop the records at once.
   */
  lockNow(locked?: () => void): boolean {
    const current = this.current;
    if (!current) return false;
    this.current = null;
    try {
      locked?.();
    } catch (error) {
      logUnexpectedError('lock', error);
    }
    try {
      current.backups.takeIfChanged('lock'); // never throws: a failed backup must not stop a lock
      current.db.close();
    } finally {
      current.dataKey.fill(0);
      current.lock.release();
    }
    return true;
  }

  private unlocked(): Unlocked {
    if (!this.current) throw new AppError('LOCKED', 'Your records are locked. Unlock them to continue.');
    return this.current;
  }

  private async confirmPassphrase(passphrase: string): Promise<Unlocked> {
    const current = this.current;
    if (!current) throw new AppError('LOCKED', 'Your records are locked. Unlock them to continue.');
    const keySlots = profileFile(current.dir, 'keySlots');
    const check = await this.guard(() => openWithPassphrase(keySlots, current.profile.id, passphrase));
    if (!check) throw new AppError('WRONG_PASSPHRASE', 'Your current passphrase is not right. Nothing was changed.');
    check.fill(0);
    return current;
  }

  private findProfile(profileId: string): { profile: ProfileSummary; dir: string } {
    const profile = this.options.profiles.read(profileId);
    if (!profile) throw new AppError('PROFILE_NOT_FOUND', 'That profile is no longer on this computer.');
    return { profile, dir: this.options.profiles.folderOf(profileId) };
  }

  /**
   * Opens the store and records, as the first entry of this session, how it was opened. `heldLock`:
   * the profile's lock when the caller already holds it (a restore keeps it while it swaps the files).
   */
  private openStore(profile: ProfileSummary, dataKey: Buffer, opened: AuditEvent, heldLock: ProfileLock | null = null): void {
    const dir = this.options.profiles.folderOf(profile.id);
    let lock = heldLock;
    let db: StoreDatabase | null = null;
    try {
      lock ??= acquireProfileLock(profileFile(dir, 'lock'));
      db = openEncryptedStore(profileFile(dir, 'store'), dataKey, { nativeBinding: this.options.nativeBinding });
      const repositories = repositoriesFor(db, profile.displayName, () => this.now());
      this.options.onStoreOpened?.(db);
      this.recordOpened(repositories, opened);
      // Counted from after the "opened" entry: unlocking and locking again with nothing done takes no backup.
      const backups = new SessionBackups({ db, profileDir: dir, dataKey, nativeBinding: this.options.nativeBinding }, () => this.now());
      this.current = { profile, dir, db, dataKey, lock, repositories, backups };
    } catch (error) {
      db?.close();
      dataKey.fill(0);
      lock?.release();
      throw storeOpenProblem(error) ?? error;
    }
    enrolInOrganisationRecovery({
      keysFile: profileFile(dir, 'keySlots'),
      profileId: profile.id,
      dataKey,
      organisationPublicKey: this.options.organisationPublicKey,
      audit: this.current.repositories.audit,
      now: this.now(),
    });
  }

  /** A store that opens but cannot take the audit entry (a full disk) still opens: records come first. */
  private recordOpened(repositories: Repositories, opened: AuditEvent): void {
    try {
      repositories.audit.record(opened);
    } catch (error) {
      logUnexpectedError('audit', error);
    }
  }

  private async guard<T>(operation: () => Promise<T>): Promise<T> {
    try {
      return await operation();
    } catch (error) {
      throw storeOpenProblem(error) ?? error;
    }
  }

  private serialise<T>(operation: () => Promise<T>): Promise<T> {
    const run = this.queue.then(operation, operation);
    this.queue = run.catch(() => undefined);
    return run;
  }
}
