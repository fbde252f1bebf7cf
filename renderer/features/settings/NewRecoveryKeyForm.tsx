import { useState, type FormEvent } from 'react';
import { call } from '../../api';
import { Button } from '../../ui/Button';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { LiveStatus } from '../../ui/LiveStatus';
import { PassphraseField } from '../../ui/PassphraseField';
import { usePassphraseAction } from '../../ui/usePassphraseAction';
import { RecoveryKeyCard } from '../recovery-key/RecoveryKeyCard';

const PASSPHRASE_ID = 'settings-recovery-passphrase';

/**
 * Replaces a lost (or never stored) recovery key. The passphrase is asked for, so that someone at an
 * unlocked laptop cannot mint a key that opens the records later. The new key is shown once.
 */
export function NewRecoveryKeyForm({ displayName }: { displayName: string }) {
  const { passphrase, fieldProps, errors, busy, status, run } = usePassphraseAction({
    fieldId: PASSPHRASE_ID,
    field: 'currentPassphrase',
    missing: 'Enter your current passphrase',
    working: 'Making a new recovery key…',
  });
  const [newKey, setNewKey] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await run(passphrase, (typed) => call('replaceRecoveryKey', { currentPassphrase: typed }));
    if (result?.ok) setNewKey(result.value.recoveryKey);
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
            <PassphraseField label="Your passphrase" {...fieldProps} />
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
