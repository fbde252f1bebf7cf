/**
 * The application core: everything the app does, behind one `dispatch`. Built by the Electron layer
 * (main/app) and by the UI test host with the same code; only the transport and the settings store
 * differ. Nothing here imports electron.
 */
import fs from 'node:fs';
import type { AppEventName, AppEvents, Envelope, LockReason, SessionInfo } from '../../preload/contract';
import { BackupSchedule } from '../backup/backup-schedule';
import type { ExportDestination, PdfPrinter } from '../export/ports';
import { DEFAULT_KDF, type KdfSettings } from '../keys/profile-keys';
import { ProfileDirectory } from '../profiles/profile-directory';
import { IdleCheckpoint } from '../session/idle-checkpoint';
import { IdleLock, type Timers } from '../session/idle-lock';
import { Session } from '../session/session';
import { systemClock, type Clock } from '../shared/clock';
import type { StoreDatabase } from '../store/open-store';
import type { SettingsPort } from '../settings/settings-port';
import type { CoreContext } from './core-context';
import { createDispatcher, type Handlers } from './dispatcher';
import { caseHandlers } from './handlers/case-handlers';
import { chronologyHandlers } from './handlers/chronology-handlers';
import { contactTypeHandlers } from './handlers/contact-type-handlers';
import { draftHandlers } from './handlers/draft-handlers';
import { searchHandlers } from './handlers/search-handlers';
import { noteHandlers } from './handlers/note-handlers';
import { packHandlers } from './handlers/pack-handlers';
import { peopleHandlers } from './handlers/people-handlers';
import { profileHandlers } from './handlers/profile-handlers';
import { sessionHandlers } from './handlers/session-handlers';
import { settingsHandlers } from './handlers/settings-handlers';
import { trustHandlers } from './handlers/trust-handlers';
import { templateHandlers } from './handlers/template-handlers';
import { timescaleHandlers } from './handlers/timescale-handlers';

export interface CoreOptions {
  /** Folder with one sub-folder per practitioner profile. */
  profilesRoot: string;
  settings: SettingsPort;
  /** Pushes an event to the renderer. */
  emit: <E extends AppEventName>(name: E, payload: AppEvents[E]) => void;
  /** better_sqlite3.node built for the running runtime (Electron passes its own ABI build). */
  nativeBinding?: string;
  /** Tests may lower the scrypt cost; the app always uses the defaults. */
  kdf?: KdfSettings;
  clock?: Clock;
  timers?: Timers;
  /** Called when the page reports that its drafts are saved and the window may close (Electron only). */
  onReadyToClose?: () => void;
  /** Prints export documents to PDF (Electron: printToPDF; tests: Chromium through Playwright). */
  pdfPrinter?: PdfPrinter;
  /** Asks where an export is written (Electron: a save dialog; tests: a temp folder). */
  exportDestination?: ExportDestination;
  /** The council's public key (PEM) from IT's configuration; new profiles get an organisation key slot. */
  organisationPublicKey?: string | null;
  /** Sees each opened store connection (tests: simulate a full disk with PRAGMA max_page_count). */
  onStoreOpened?: (db: StoreDatabase) => void;
}

export interface Core {
  dispatch(channel: unknown, payload: unknown): Promise<Envelope<unknown>>;
  /** Closes the store and zeroes the key now (no-op when locked). */
  lock(reason: LockReason): void;
  /** Locks and releases everything; call on quit. */
  shutdown(): void;
}

export function createCore(options: CoreOptions): Core {
  fs.mkdirSync(options.profilesRoot, { recursive: true, mode: 0o700 });
  const profiles = new ProfileDirectory(options.profilesRoot);
  const session = new Session({
    profiles,
    kdf: options.kdf ?? DEFAULT_KDF,
    clock: options.clock ?? systemClock,
    nativeBinding: options.nativeBinding,
    organisationPublicKey: options.organisationPublicKey ?? null,
    onStoreOpened: options.onStoreOpened,
  });
  const lockFor = (reason: LockReason) => {
    idle.stop();
    // The renderer hears of the lock before the lock backup runs, so the records leave the screen at once.
    session.lockNow(() => options.emit('sessionLocked', { reason }));
  };
  const idle = new IdleLock(() => lockFor('idle'), options.timers);
  const sessionInfo = (): SessionInfo => {
    const profile = session.profile;
    return profile
      ? { state: 'unlocked', profile, autoLockMinutes: options.settings.read().autoLockMinutes }
      : { state: 'locked' };
  };
  const ctx: CoreContext = {
    profiles,
    session,
    settings: options.settings,
    idle,
    emit: options.emit,
    lockFor,
    sessionInfo,
    readyToClose: () => options.onReadyToClose?.(),
    pdfPrinter: options.pdfPrinter ?? null,
    exportDestination: options.exportDestination ?? null,
  };
  const handlers: Handlers = {
    ...profileHandlers(ctx),
    ...sessionHandlers(ctx),
    ...settingsHandlers(ctx),
    ...caseHandlers(ctx),
    ...noteHandlers(ctx),
    ...draftHandlers(ctx),
    ...searchHandlers(ctx),
    ...peopleHandlers(ctx),
    ...contactTypeHandlers(ctx),
    ...chronologyHandlers(ctx),
    ...packHandlers(ctx),
    ...trustHandlers(ctx),
    ...timescaleHandlers(ctx),
    ...templateHandlers(ctx),
  };
  const dispatchRequest = createDispatcher(handlers);
  const checkpoint = new IdleCheckpoint(() => session.checkpoint(), options.timers);
  const hourlyBackup = new BackupSchedule(() => session.backUpIfDue(), options.timers);
  return {
    dispatch: async (channel, payload) => {
      const answer = await dispatchRequest(channel, payload);
      checkpoint.touch();
      hourlyBackup.touch();
      return answer;
    },
    lock: lockFor,
    shutdown: () => {
      idle.stop();
      checkpoint.cancel();
      hourlyBackup.cancel();
      session.lockNow();
    },
  };
}
