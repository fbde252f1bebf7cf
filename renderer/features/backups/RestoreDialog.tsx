/**
 * Settings → Backups → Restore…: says plainly what will happen, asks for the passphrase (so nobody at
 * an unlocked laptop can roll the records back), then restores. Cancel and Escape change nothing.
 */
import { useRef, type FormEvent } from 'react';
import type { SessionInfo } from '../../../preload/contract/channels';
import type { BackupSummary } from '../../../preload/contract/trust';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { LiveStatus } from '../../ui/LiveStatus';
import { PassphraseField } from '../../ui/PassphraseField';
import { SubmitOrCancel } from '../../ui/SubmitOrCancel';
import { TitledModal } from '../../ui/TitledModal';
import { useFocusOnOpen } from '../../ui/useFocusOnOpen';
import { backupWhen } from './backup-words';
import { useRestoreBackup } from './useRestoreBackup';

const TITLE_ID = 'restore-backup-title';
const PASSPHRASE_ID = 'restore-backup-passphrase';

interface RestoreDialogProps {
  profileId: string;
  backup: BackupSummary;
  onRestored: (session: SessionInfo) => void;
  onCancel: () => void;
}

export function RestoreDialog({ profileId, backup, onRestored, onCancel }: RestoreDialogProps) {
  const { passphrase, fieldProps, errors, busy, status, restore } = useRestoreBackup(profileId, PASSPHRASE_ID);
  const inputRef = useRef<HTMLInputElement>(null);
  const when = backupWhen(backup);

  useFocusOnOpen(inputRef);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await restore(passphrase, backup.id);
    if (result?.ok) onRestored(result.value);
  };

  return (
    <TitledModal titleId={TITLE_ID} title={`Restore the backup from ${when}?`} className="backup-dialog" onEscape={onCancel}>
      <ErrorSummary errors={errors} />
      <p className="body">
        Your records will be replaced by this backup. Anything written or changed after {when} is not in it.
      </p>
      <p className="body">
        Your records as they are now are kept first, as a backup marked “Kept before a restore”, so you can go back to
        them.
      </p>
      <form onSubmit={submit} noValidate>
        <PassphraseField label="Your passphrase" {...fieldProps} inputRef={inputRef} />
        <SubmitOrCancel submitLabel="Restore this backup" busy={busy} onCancel={onCancel} />
        <LiveStatus status={status} tone="busy" />
      </form>
    </TitledModal>
  );
}
