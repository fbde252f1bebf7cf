/**
 * The unlock screen when the records file is damaged: what happened, the newest backup (when, how long
 * ago), what restoring it means (notes written after it are not in it; the damaged file is kept for
 * IT), and a Restore button. The passphrase just typed is reused if the unlock form handed it over;
 * otherwise (or if it was not right) it is asked for.
 */
import { useRef, useState, type FormEvent } from 'react';
import type { SessionInfo } from '../../../preload/contract/channels';
import { Button } from '../../ui/Button';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { LiveStatus } from '../../ui/LiveStatus';
import { LoadFailed } from '../../ui/LoadFailed';
import { PassphraseField } from '../../ui/PassphraseField';
import { useFocusOnOpen } from '../../ui/useFocusOnOpen';
import { backupWhen, restoredNotice, timeAgo } from './backup-words';
import { useBackups } from './useBackups';
import { useRestoreBackup } from './useRestoreBackup';

const HEADING_ID = 'damaged-store-heading';
const PASSPHRASE_ID = 'damaged-store-passphrase';

interface DamagedStorePanelProps {
  profileId: string;
  /** The passphrase the unlock form just proved, or null to ask for it. */
  passphrase: string | null;
  onRestored: (session: SessionInfo, notice: string) => void;
  onBack: () => void;
}

export function DamagedStorePanel({ profileId, passphrase: held, onRestored, onBack }: DamagedStorePanelProps) {
  const { load, reload } = useBackups(profileId);
  const [ask, setAsk] = useState(held === null);
  const { passphrase, fieldProps, errors, busy, status, restore: restoreBackup } = useRestoreBackup(profileId, PASSPHRASE_ID);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const newest = load.state === 'loaded' ? (load.value[0] ?? null) : null;

  useFocusOnOpen(headingRef);

  const restore = async (event: FormEvent) => {
    event.preventDefault();
    if (!newest) return;
    const result = await restoreBackup(ask ? passphrase : (held ?? ''), newest.id);
    if (result?.ok) onRestored(result.value, restoredNotice(newest));
    else if (result?.error.code === 'WRONG_PASSPHRASE') setAsk(true);
  };

  return (
    <section className="damaged-panel" aria-labelledby={HEADING_ID}>
      <h2 id={HEADING_ID} ref={headingRef} tabIndex={-1} className="damaged-panel__title">
        Your records file is damaged
      </h2>
      <ErrorSummary errors={errors} />
      <p className="body">Casework cannot open this profile’s records: part of the file is damaged. Nothing has been changed.</p>
      {load.state === 'loading' ? <p className="muted">Looking for a backup…</p> : null}
      {load.state === 'failed' ? <LoadFailed message={load.message} onRetry={reload} /> : null}
      {newest ? (
        <form onSubmit={restore} noValidate>
          <p className="body">
            The most recent backup is from <strong>{backupWhen(newest)}</strong> ({timeAgo(newest.takenAt)}).
          </p>
          <p className="body">
            Restoring it replaces the damaged file. Notes written after {backupWhen(newest)} are not in the backup. The
            damaged file is kept in the profile’s folder for IT, not deleted.
          </p>
          {ask ? <PassphraseField label="Your passphrase" {...fieldProps} /> : null}
          <div className="button-group">
            <Button type="submit" unavailable={busy}>
              Restore this backup
            </Button>
            <Button variant="secondary" onClick={onBack}>
              Back to unlock
            </Button>
          </div>
          <LiveStatus status={status} tone="busy" />
        </form>
      ) : null}
      {load.state === 'loaded' && !newest ? (
        <>
          <p className="body">
            There is no backup of these records on this computer. Contact IT: the damaged file is still in the profile’s
            folder, unchanged, and they may be able to recover it.
          </p>
          <Button variant="secondary" onClick={onBack}>
            Back to unlock
          </Button>
        </>
      ) : null}
    </section>
  );
}
