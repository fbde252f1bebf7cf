/**
 * Settings → Backups: the encrypted backups Casework keeps on this computer (taken on lock, hourly
 * while in use, or now), and restoring one. A restore replaces the records, so afterwards the app
 * starts the session again on the restored store.
 */
import { useState } from 'react';
import type { BackupSummary } from '../../../preload/contract/trust';
import { BACKUPS_KEPT } from '../../../preload/contract/trust-options';
import { call } from '../../api';
import { Button } from '../../ui/Button';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { LiveStatus } from '../../ui/LiveStatus';
import { LoadFailed } from '../../ui/LoadFailed';
import { useStatus } from '../../ui/useStatus';
import { useBackupsContext } from './BackupsContext';
import { BackupsTable } from './BackupsTable';
import { backupWhen, restoredNotice } from './backup-words';
import { RestoreDialog } from './RestoreDialog';
import { useBackups } from './useBackups';

const HEADING_ID = 'backups-heading';

export function BackupsSection() {
  const { profileId, onRestored } = useBackupsContext();
  const { load, reload } = useBackups(profileId);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [restoring, setRestoring] = useState<BackupSummary | null>(null);
  const { status, announce, clear } = useStatus();

  const backUpNow = async () => {
    if (busy) return;
    setBusy(true);
    setError(null);
    announce('Backing up…');
    const result = await call('backUpNow', {});
    setBusy(false);
    if (result.ok) {
      announce(`Backed up at ${backupWhen(result.value)}`);
      reload();
    } else {
      clear();
      setError(result.error.message);
    }
  };

  return (
    <section className="section" aria-labelledby={HEADING_ID}>
      <h2 id={HEADING_ID} className="section-heading">
        Backups
      </h2>
      <ErrorSummary errors={error ? [{ message: error }] : []} />
      <p className="body">
        Casework backs up your records on this computer when you lock them, and every hour while you work. Backups are
        encrypted like your records. The newest {BACKUPS_KEPT} are kept.
      </p>
      <div className="composer__actions">
        <Button variant="secondary" unavailable={busy} onClick={() => void backUpNow()}>
          Back up now
        </Button>
        <LiveStatus status={status} className="status--inline" />
      </div>
      {load.state === 'loading' ? <p className="muted">Loading backups…</p> : null}
      {load.state === 'failed' ? <LoadFailed message={load.message} onRetry={reload} /> : null}
      {load.state === 'loaded' && load.value.length === 0 ? (
        <p className="body muted">No backups yet. The first is made when you lock Casework, or choose Back up now.</p>
      ) : null}
      {load.state === 'loaded' && load.value.length > 0 ? <BackupsTable backups={load.value} onRestore={setRestoring} /> : null}
      {restoring ? (
        <RestoreDialog
          profileId={profileId}
          backup={restoring}
          onRestored={(session) => onRestored(session, restoredNotice(restoring))}
          onCancel={() => setRestoring(null)}
        />
      ) : null}
    </section>
  );
}
