/**
 * The backups of one open store: whether anything changed since the last backup, and taking one. It
 * lives as long as the connection (the session makes one per unlock and drops it on lock).
 *
 * "Changed" is SQLite's total_changes() on this connection — every row inserted, updated or deleted,
 * triggers included — compared with its value at the last backup, or just after the store was opened
 * (and its "unlocked" audit entry written). So unlocking and locking again takes no backup, while a
 * session that did anything does: opening a case or searching writes an audit entry, which is fine.
 */
import type { BackupSummary } from '../../preload/contract/trust';
import type { BackupReason } from '../../preload/contract/trust-options';
import { logUnexpectedError } from '../shared/safe-log';
import { readBackups } from './backup-files';
import { isHourlyBackupDue } from './backup-schedule';
import { takeBackup, type BackupSource } from './store-backups';

export class SessionBackups {
  private readonly totalChanges;
  private changesAtLastBackup: number;

  constructor(
    private readonly source: BackupSource,
    private readonly now: () => Date,
  ) {
    this.totalChanges = source.db.prepare<[], number>('SELECT total_changes()').pluck();
    this.changesAtLastBackup = this.totalChanges.get()!;
  }

  get changed(): boolean {
    return this.totalChanges.get()! !== this.changesAtLastBackup;
  }

  /** Takes a backup now; throws if it fails (the old backups are kept either way). */
  take(reason: BackupReason): BackupSummary {
    const changes = this.totalChanges.get()!;
    const summary = takeBackup(this.source, reason, this.now());
    this.changesAtLastBackup = changes;
    return summary;
  }

  /** On lock: a backup if anything changed. Never throws — a failed backup must not stop a lock. */
  takeIfChanged(reason: BackupReason): void {
    this.quietly(reason, () => {
      if (this.changed) this.take(reason);
    });
  }

  /** In a quiet moment: the hourly backup, if one is due. Never throws. */
  takeIfDue(): void {
    this.quietly('hourly', () => {
      if (!this.changed) return; // checked first: one query, cheaper than listing the folder
      const newest = readBackups(this.source.profileDir)[0];
      const newestMs = newest ? Date.parse(newest.takenAt) : null;
      if (isHourlyBackupDue(true, newestMs, this.now().getTime())) this.take('hourly');
    });
  }

  private quietly(reason: BackupReason, backUp: () => void): void {
    try {
      backUp();
    } catch (error) {
      // Name and code only: a message could carry a path or a value from the store.
      logUnexpectedError(`backup-${reason}`, error);
    }
  }
}
