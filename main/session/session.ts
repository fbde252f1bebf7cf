/**
 * The practitioner's session: which profile is unlocked, its open store, its data key and its
 * repositories. Locking closes the store, zeroes the key and drops the repositories, so nothing that
 * can read case data survives a lock. Operations run one at a time (unlock is slow by design: scrypt).
 */
import { v4 as uuidv4 } from 'uuid';
import type { BackupSummary, ProfileSummary } from '../../preload/contract';
import { CaseRepository } from '../cases/case-repository';
import { ChronologyRepository } from '../chronology/chronology-repository';
import { ContactTypeRepository } from '../contact-types/contact-type-repository';
import { DraftRepository } from '../notes/draft-repository';
import { ExportRegister } from '../export/export-register';
import { NoteRepository } from '../notes/note-repository';
import { PackRepository } from '../packs/pack-repository';
import { FamilyRepository } from '../people/family-repository';
import { PersonRepository } from '../people/person-repository';
import { SearchRepository } from '../search/search-repository';
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
import {
  clearUnlockAttempts,
  readUnlockAttempts,
  recordFailedUnlock,
  secondsUntilNextAttempt,
  SUGGEST_RECOVERY_AFTER,
} from '../profiles/unlock-attempts';
import { AuditLog, type AuditEvent } from '../audit/audit-log';
import { AppError } from '../shared/app-error';
import type { Clock } from '../shared/clock';
import { logUnexpectedError } from '../shared/safe-log';
import { openEncryptedStore, type StoreDatabase } from '../store/open-store';
import { storeOpenProblem } from './store-messages';

export interface Repositories {
  cases: CaseRepository;
  notes: NoteRepository;
  drafts: DraftRepository;
  search: SearchRepository;
  people: PersonRepository;
  family: FamilyRepository;
  contactTypes: ContactTypeRepository;
  chronology: ChronologyRepository;
  exports: ExportRegister;
  packs: PackRepository;
  audit: AuditLog;
  /** Runs fn in one transaction: a change and its audit entry land together or not at all. */
  atomically<T>(fn: () => T): T;
}

function repositoriesFor(db: StoreDatabase, actor: string, now: () => Date): Repositories {
  const people = new PersonRepository(db);
  return {
    audit: new AuditLog(db, actor, now),
    atomically: (fn) => db.transaction(fn)(),
    cases: new CaseRepository(db),
    notes: new NoteRepository(db),
    drafts: new DraftRepository(db),
    search: new SearchRepository(db, people),
    people,
    family: new FamilyRepository(db, people),
    contactTypes: new ContactTypeRepository(db),
    chronology: new ChronologyRepository(db),
    exports: new ExportRegister(db),
    packs: new PackRepository(db),
  };
}

interface Unlocked {
  profile: ProfileSummary;
  dir: string;
  db: StoreDatabase;
  dataKey: Buffer;
  lock: ProfileLock;
  repositories: Repositories;
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
      const attemptsFile = profileFile(dir, 'unlockAttempts');
      const wait = secondsUntilNextAttempt(readUnlockAttempts(attemptsFile), this.options.clock.now());
      if (wait > 0) {
        throw new AppError(
          'TOO_MANY_ATTEMPTS',
          `Too many wrong passphrases. Wait ${wait} second${wait === 1 ? '' : 's'}, then try again.`,
          { retryAfterSeconds: wait },
        );
      }
      const dataKey = await this.guard(() => openWithPassphrase(profileFile(dir, 'keySlots'), profileId, passphrase));
      if (!dataKey) {
        const attempts = recordFailedUnlock(attemptsFile, this.options.clock.now());
        const suggest = attempts.consecutiveFailures >= SUGGEST_RECOVERY_AFTER;
        throw new AppError(
          'WRONG_PASSPHRASE',
          suggest
            ? 'That passphrase is not right. If you have forgotten it, use your recovery key.'
            : 'That passphrase is not right. Check Caps Lock and try again.',
          suggest ? { suggestRecoveryKey: true } : {},
        );
      }
      const failedAttempts = readUnlockAttempts(attemptsFile).consecutiveFailures;
      clearUnlockAttempts(attemptsFile);
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

  // ---- backups (main/backup): being built in this session -------------------------------------------
  listBackups(_profileId: string): BackupSummary[] {
    throw new AppError('UNAVAILABLE', 'Backups are not available yet.');
  }

  backUpNow(): Promise<BackupSummary> {
    return Promise.reject(new AppError('UNAVAILABLE', 'Backups are not available yet.'));
  }

  restoreBackup(_profileId: string, _passphrase: string, _backupId: string): Promise<ProfileSummary> {
    return Promise.reject(new AppError('UNAVAILABLE', 'Backups are not available yet.'));
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

  /** Synchronous lock for shutdown paths that cannot wait (quit, system suspend). */
  lockNow(): boolean {
    const current = this.current;
    if (!current) return false;
    this.current = null;
    try {
      current.db.close();
    } finally {
      current.dataKey.fill(0);
      current.lock.release();
    }
    return true;
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

  /** Opens the store and records, as the first entry of this session, how it was opened. */
  private openStore(profile: ProfileSummary, dataKey: Buffer, opened: AuditEvent): void {
    const dir = this.options.profiles.folderOf(profile.id);
    let lock: ProfileLock | null = null;
    try {
      lock = acquireProfileLock(profileFile(dir, 'lock'));
      const db = openEncryptedStore(profileFile(dir, 'store'), dataKey, { nativeBinding: this.options.nativeBinding });
      this.current = {
        profile,
        dir,
        db,
        dataKey,
        lock,
        repositories: repositoriesFor(db, profile.displayName, () => this.now()),
      };
      this.options.onStoreOpened?.(db);
      this.recordOpened(opened);
    } catch (error) {
      dataKey.fill(0);
      lock?.release();
      throw storeOpenProblem(error) ?? error;
    }
  }

  /** A store that opens but cannot take the audit entry (a full disk) still opens: records come first. */
  private recordOpened(opened: AuditEvent): void {
    try {
      this.current?.repositories.audit.record(opened);
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
