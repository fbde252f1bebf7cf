import { useState, type FormEvent } from 'react';
import { call } from '../../api';
import { Button } from '../../ui/Button';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { errorFor, formErrorsFromApi, type FormError } from '../../ui/form-errors';
import { LiveStatus } from '../../ui/LiveStatus';
import { PassphraseField } from '../../ui/PassphraseField';
import { useStatus } from '../../ui/useStatus';
import { RecoveryKeyCard } from '../recovery-key/RecoveryKeyCard';

const PASSPHRASE_ID = 'settings-recovery-passphrase';

/**
 * Replaces a lost (or never stored) recovery key. The passphrase is asked for, so that someone at an
 * unlocked laptop cannot mint a key that opens the records later. The new key is shown once.
 */
export function NewRecoveryKeyForm({ displayName }: { displayName: string }) {
  const [passphrase, setPassphrase] = useState('');
  const [errors, setErrors] = useState<FormError[]>([]);
  const [busy, setBusy] = useState(false);
  const [newKey, setNewKey] = useState<string | null>(null);
  const { status, announce, clear } = useStatus();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    if (passphrase === '') {
      setErrors([{ fieldId: PASSPHRASE_ID, message: 'Enter your current passphrase' }]);
      return;
    }
    setErrors([]);
    setBusy(true);
    announce('Making a new recovery key…');
    const result = await call('replaceRecoveryKey', { currentPassphrase: passphrase });
    setBusy(false);
    clear();
    setPassphrase('');
    if (!result.ok) {
      setErrors(formErrorsFromApi(result.error, { currentPassphrase: PASSPHRASE_ID }, { WRONG_PASSPHRASE: PASSPHRASE_ID }));
      return;
    }
    setNewKey(result.value.recoveryKey);
  };

  return (
    <section className="section" aria-labelledby="recovery-key-heading">
      <h2 id="recovery-key-heading" className="section-heading">
        Recovery key
      </h2>
      {newKey ? (
        <>
          <RecoveryKeyCard displayName={displayName} recoveryKey={newKey}>
            <h3 className="section-heading">Your new recovery key</h3>
            <p className="body">
              This key replaces the old one, which no longer works. It is shown only once. Give it to your team
              manager or IT to keep safe — not on this laptop.
            </p>
          </RecoveryKeyCard>
          <div className="button-group print-hide">
            <Button onClick={() => setNewKey(null)}>I have stored the new key</Button>
          </div>
        </>
      ) : (
        <>
          <p className="body">
            If your recovery key was lost, or never stored, make a new one. The old key will stop working.
          </p>
          <ErrorSummary errors={errors} />
          <form onSubmit={submit} noValidate>
            <PassphraseField
              id={PASSPHRASE_ID}
              label="Your passphrase"
              value={passphrase}
              onChange={setPassphrase}
              error={errorFor(errors, PASSPHRASE_ID)}
            />
            <div className="composer__actions">
              <Button type="submit" unavailable={busy}>
                Make a new recovery key
              </Button>
              <LiveStatus status={status} className="status--inline" />
            </div>
          </form>
        </>
      )}
    </section>
  );
}
