import { useRef, useState, type FormEvent } from 'react';
import type { SessionInfo } from '../../../preload/contract/channels';
import { call, type AppErrorBody } from '../../api';
import { Button } from '../../ui/Button';
import { errorFor, type FormError } from '../../ui/form-errors';
import { LiveStatus } from '../../ui/LiveStatus';
import { NewPassphraseFields, newPassphraseErrors } from '../../ui/NewPassphraseFields';
import { TextField } from '../../ui/TextField';
import { useStatus } from '../../ui/useStatus';
import { useFocusOnOpen } from '../../ui/useFocusOnOpen';

export const RECOVERY_IDS = {
  key: 'unlock-recovery-key',
  passphrase: 'unlock-new-passphrase',
  confirm: 'unlock-new-passphrase-confirm',
} as const;

interface RecoveryUnlockFormProps {
  profileId: string;
  errors: readonly FormError[];
  waitMessage: string | null;
  onErrors: (errors: FormError[]) => void;
  onFailure: (error: AppErrorBody) => void;
  onUnlocked: (session: SessionInfo) => void;
  onUsePassphrase: () => void;
}

function validate(recoveryKey: string, passphrase: string, confirm: string): FormError[] {
  const errors: FormError[] = [];
  if (recoveryKey.trim() === '') errors.push({ fieldId: RECOVERY_IDS.key, message: 'Enter the recovery key' });
  return [...errors, ...newPassphraseErrors(passphrase, confirm, RECOVERY_IDS, 'New passphrase')];
}

/** Unlock with the recovery key and set a new passphrase in the same step. */
export function RecoveryUnlockForm(props: RecoveryUnlockFormProps) {
  const { profileId, errors, waitMessage, onErrors, onFailure, onUnlocked, onUsePassphrase } = props;
  const [recoveryKey, setRecoveryKey] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const [busy, setBusy] = useState(false);
  const keyRef = useRef<HTMLInputElement>(null);
  const { status, announce, clear } = useStatus();

  useFocusOnOpen(keyRef);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    if (waitMessage) {
      onErrors([{ message: waitMessage }]);
      return;
    }
    const problems = validate(recoveryKey, passphrase, confirm);
    if (problems.length > 0) {
      onErrors(problems);
      return;
    }
    setBusy(true);
    announce('Unlocking…');
    const result = await call('unlockWithRecoveryKey', {
      profileId,
      recoveryKey: recoveryKey.trim(),
      newPassphrase: passphrase,
    });
    setBusy(false);
    clear();
    if (result.ok) onUnlocked(result.value);
    else onFailure(result.error);
  };

  return (
    <>
      <form onSubmit={submit} noValidate>
        <TextField
          id={RECOVERY_IDS.key}
          label="Recovery key"
          hint="Type or paste the key exactly as it was given to you."
          value={recoveryKey}
          onChange={setRecoveryKey}
          error={errorFor(errors, RECOVERY_IDS.key)}
          monospace
          inputRef={keyRef}
        />
        <NewPassphraseFields
          ids={RECOVERY_IDS}
          label="New passphrase"
          passphrase={passphrase}
          confirm={confirm}
          onPassphraseChange={setPassphrase}
          onConfirmChange={setConfirm}
          errors={errors}
        />
        <div className="button-group">
          <Button type="submit" unavailable={busy || waitMessage !== null}>
            Unlock with recovery key
          </Button>
        </div>
        <LiveStatus status={status} tone="busy" />
      </form>
      <p className="body">
        <Button variant="link" onClick={onUsePassphrase}>
          Use passphrase instead
        </Button>
      </p>
    </>
  );
}
