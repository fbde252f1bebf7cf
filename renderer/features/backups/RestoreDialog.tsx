/**
 * Settings → Backups → Restore…: says plainly what will happen, asks for the passphrase (so nobody at
 * an unlocked laptop can roll the records back), then restores. Cancel and Escape change nothing.
 */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { SessionInfo } from '../../../preload/contract/channels';
import type { BackupSummary } from '../../../preload/contract/trust';
import { call } from '../../api';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { errorFor, formErrorsFromApi, type FormError } from '../../ui/form-errors';
import { keepEscapeInside } from '../../ui/form-keys';
import { LiveStatus } from '../../ui/LiveStatus';
import { Modal } from '../../ui/Modal';
import { PassphraseField } from '../../ui/PassphraseField';
import { SubmitOrCancel } from '../../ui/SubmitOrCancel';
import { useStatus } from '../../ui/useStatus';
import { backupWhen } from './backup-words';

const TITLE_ID = 'restore-backup-title';
const PASSPHRASE_ID = 'restore-backup-passphrase';

interface RestoreDialogProps {
  profileId: string;
  backup: BackupSummary;
  onRestored: (session: SessionInfo) => void;
  onCancel: () => void;
}

export function RestoreDialog({ profileId, backup, onRestored, onCancel }: RestoreDialogProps) {
  const [passphrase, setPassphrase] = useState('');
  const [errors, setErrors] = useState<FormError[]>([]);
  const [busy, setBusy] = useState(false);
  const { status, announce, clear } = useStatus();
  const inputRef = useRef<HTMLInputElement>(null);
  const when = backupWhen(backup);

  useEffect(() => inputRef.current?.focus(), []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    if (passphrase === '') {
      setErrors([{ fieldId: PASSPHRASE_ID, message: 'Enter your passphrase to restore the backup' }]);
      return;
    }
    setErrors([]);
    setBusy(true);
    announce('Restoring the backup…');
    const result = await call('restoreBackup', { profileId, passphrase, backupId: backup.id });
    setBusy(false);
    clear();
    setPassphrase('');
    if (result.ok) onRestored(result.value);
    else setErrors(formErrorsFromApi(result.error, { passphrase: PASSPHRASE_ID }, { WRONG_PASSPHRASE: PASSPHRASE_ID }));
  };

  return (
    <div onKeyDown={keepEscapeInside}>
      <Modal labelledBy={TITLE_ID} onEscape={onCancel} className="backup-dialog">
        <h2 id={TITLE_ID} className="modal__title">
          Restore the backup from {when}?
        </h2>
        <ErrorSummary errors={errors} />
        <p className="body">
          Your records will be replaced by this backup. Anything written or changed after {when} is not in it.
        </p>
        <p className="body">
          Your records as they are now are kept first, as a backup marked “Kept before a restore”, so you can go back to
          them.
        </p>
        <form onSubmit={submit} noValidate>
          <PassphraseField
            id={PASSPHRASE_ID}
            label="Your passphrase"
            value={passphrase}
            onChange={setPassphrase}
            error={errorFor(errors, PASSPHRASE_ID)}
            inputRef={inputRef}
          />
          <SubmitOrCancel submitLabel="Restore this backup" busy={busy} onCancel={onCancel} />
          <LiveStatus status={status} tone="busy" />
        </form>
      </Modal>
    </div>
  );
}
