/** How a backup is described to the practitioner: when (and how long ago), why, how big. */
import type { BackupSummary } from '../../../preload/contract/trust';
import { BACKUP_REASON_LABELS } from '../../../preload/contract/trust-options';
import { formatDateTime } from '../../lib/dates';

/** "27 Nov 2026, 14:05" in local time. */
export function backupWhen(backup: BackupSummary): string {
  return formatDateTime(backup.takenAt);
}

export function backupReason(backup: BackupSummary): string {
  return BACKUP_REASON_LABELS[backup.reason];
}

/** "just now", "25 minutes ago", "3 hours ago", "2 days ago". */
export function timeAgo(isoInstant: string, now: Date = new Date()): string {
  const minutes = Math.floor((now.getTime() - new Date(isoInstant).getTime()) / 60_000);
  if (!Number.isFinite(minutes) || minutes < 1) return 'just now';
  const unit = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'} ago`;
  if (minutes < 60) return unit(minutes, 'minute');
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return unit(hours, 'hour');
  return unit(Math.floor(hours / 24), 'day');
}

/** Decimal units, as file managers show them: "740 KB", "18.6 MB", "1.2 GB". */
export function formatBytes(bytes: number): string {
  if (bytes < 1_000_000) return `${Math.max(1, Math.round(bytes / 1_000))} KB`;
  if (bytes < 1_000_000_000) return `${(bytes / 1_000_000).toFixed(1)} MB`;
  return `${(bytes / 1_000_000_000).toFixed(1)} GB`;
}

/** Said after a restore, on the first screen of the restored records. */
export function restoredNotice(backup: BackupSummary): string {
  return `Restored the backup from ${backupWhen(backup)}. Anything written after it is not in your records`;
}
