/**
 * The hourly backup while the records are in use. It never runs inside a request: after each request
 * a quiet period starts again, and when it passes without another request the session is asked to
 * back up if a backup is due (isHourlyBackupDue). A backup is a few hundred milliseconds at 10k notes
 * and seconds at 100k (docs/reliability.md), during which main answers nothing else, so it waits for
 * the practitioner to pause — longer than the checkpoint's pause and than the gap between draft saves.
 */
import { quietMomentTimers } from '../session/idle-checkpoint';
import type { Timers } from '../session/idle-lock';

/** How long without a request before a due backup runs. */
export const BACKUP_QUIET_MS = 5_000;
/** At most one scheduled backup an hour (lock and manual backups are not limited). */
export const HOURLY_BACKUP_MS = 60 * 60_000;

/** Due when something changed since the last backup and the newest backup (of any kind) is an hour old. */
export function isHourlyBackupDue(changed: boolean, newestTakenAtMs: number | null, nowMs: number): boolean {
  return changed && (newestTakenAtMs === null || nowMs - newestTakenAtMs >= HOURLY_BACKUP_MS);
}

export class BackupSchedule {
  private handle: unknown = null;

  constructor(
    private readonly backUpIfDue: () => void,
    private readonly timers: Timers = quietMomentTimers,
    private readonly quietMs = BACKUP_QUIET_MS,
  ) {}

  /** A request was answered: (re)start the quiet period. */
  touch(): void {
    this.cancel();
    this.handle = this.timers.setTimeout(() => {
      this.handle = null;
      this.backUpIfDue();
    }, this.quietMs);
  }

  cancel(): void {
    if (this.handle !== null) this.timers.clearTimeout(this.handle);
    this.handle = null;
  }
}
