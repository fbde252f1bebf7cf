import { useRef, useState, type FormEvent } from 'react';
import type { SessionInfo } from '../../../preload/contract/channels';
import { call, type AppErrorBody } from '../../api';
import { Button } from '../../ui/Button';
import { errorFor, type FormError } from '../../ui/form-errors';
import { LiveStatus } from '../../ui/LiveStatus';
import { PassphraseField } from '../../ui/PassphraseField';
import { useStatus } from '../../ui/useStatus';
import { useFocusOnOpen } from '../../ui/useFocusOnOpen';

export const PASSPHRASE_ID = 'unlock-passphrase';

interface PassphraseUnlockFormProps {
  profileId: string;
  errors: readonly FormError[];
  /** Set while too many attempts make the practitioner wait: the reason, shown instead of trying. */
  waitMessage: string | null;
  onErrors: (errors: FormError[]) => void;
  /** With the passphrase typed: on STORE_CORRUPTED it was right, and restoring a backup can reuse it. */
  onFailure: (error: AppErrorBody, passphrase: string) => void;
  onUnlocked: (session: SessionInfo) => void;
  onUseRecoveryKey: () => void;
}

/** The everyday unlock: one passphrase field, focused so the practitioner can just type and press Enter. */
export function PassphraseUnlockForm(props: PassphraseUnlockFormProps) {
  const { profileId, errors, waitMessage, onErrors, onFailure, onUnlocked, onUseRecoveryKey } = props;
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const { status, announce, clear } = useStatus();

  useFocusOnOpen(inputRef);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    if (waitMessage) {
      onErrors([{ message: waitMessage }]);
      return;
    }
    if (passphrase === '') {
      onErrors([{ fieldId: PASSPHRASE_ID, message: 'Enter your passphrase' }]);
      return;
    }
    setBusy(true);
    announce('Unlocking…');
    const result = await call('unlock', { profileId, passphrase });
    setBusy(false);
    clear();
    if (result.ok) {
      onUnlocked(result.value);
      return;
    }
    setPassphrase('');
    onFailure(result.error, passphrase);
    inputRef.current?.focus();
  };

  return (
    <>
      <form onSubmit={submit} noValidate>
        <PassphraseField
          id={PASSPHRASE_ID}
          label="Passphrase"
          value={passphrase}
          onChange={setPassphrase}
          error={errorFor(errors, PASSPHRASE_ID)}
          inputRef={inputRef}
        />
        <div className="button-group">
          <Button type="submit" unavailable={busy || waitMessage !== null}>
            Unlock
          </Button>
        </div>
        <LiveStatus status={status} tone="busy" />
      </form>
      <p className="body">
        Forgotten your passphrase?{' '}
        <Button variant="link" onClick={onUseRecoveryKey}>
          Use recovery key instead
        </Button>
      </p>
    </>
  );
}
