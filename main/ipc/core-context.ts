import type { AppEventName, AppEvents, LockReason, SessionInfo } from '../../preload/contract';
import type { ExportDestination, PdfPrinter } from '../export/ports';
import type { ProfileDirectory } from '../profiles/profile-directory';
import type { IdleLock } from '../session/idle-lock';
import type { Session } from '../session/session';
import type { SettingsPort } from '../settings/settings-port';

/** What every handler may use. Built once by createCore. */
export interface CoreContext {
  profiles: ProfileDirectory;
  session: Session;
  settings: SettingsPort;
  idle: IdleLock;
  emit: <E extends AppEventName>(name: E, payload: AppEvents[E]) => void;
  /** Closes the store now (if open), stops the idle timer and tells the renderer why. */
  lockFor(reason: LockReason): void;
  sessionInfo(): SessionInfo;
  /** The page saved its drafts before the window closes. */
  readyToClose(): void;
  /** Null where this window cannot print or save exports (exportPack then answers UNAVAILABLE). */
  pdfPrinter: PdfPrinter | null;
  exportDestination: ExportDestination | null;
}
