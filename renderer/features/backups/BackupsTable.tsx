import type { BackupSummary } from '../../../preload/contract/trust';
import { Button } from '../../ui/Button';
import { backupReason, backupWhen, formatBytes, timeAgo } from './backup-words';

interface BackupsTableProps {
  backups: readonly BackupSummary[];
  onRestore: (backup: BackupSummary) => void;
}

/** The backups on this computer, newest first: when, why, how big, and Restore… for each. */
export function BackupsTable({ backups, onRestore }: BackupsTableProps) {
  const now = new Date();
  return (
    <table className="table backups-table">
      <caption className="visually-hidden">Your backups</caption>
      <thead>
        <tr>
          <th scope="col">Taken</th>
          <th scope="col">Why</th>
          <th scope="col" className="table__numeric">
            Size
          </th>
          <th scope="col">
            <span className="visually-hidden">Restore</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {backups.map((backup) => (
          <tr key={backup.id}>
            <th scope="row">
              {backupWhen(backup)} <span className="muted">({timeAgo(backup.takenAt, now)})</span>
            </th>
            <td>{backupReason(backup)}</td>
            <td className="table__numeric">{formatBytes(backup.bytes)}</td>
            <td className="backups-table__action">
              <Button variant="secondary" className="button--small" onClick={() => onRestore(backup)}>
                Restore<span aria-hidden="true">…</span>
                <span className="visually-hidden"> the backup from {backupWhen(backup)}</span>
              </Button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
