import { useCallback, useState } from 'react';
import type { ProfileSummary, SessionInfo } from '../../../preload/contract/channels';
import type { AppErrorBody } from '../../api';
import { AppLayout } from '../../app/AppLayout';
import { formatDuration } from '../../lib/dates';
import { useCountdown } from '../../lib/useCountdown';
import { Button } from '../../ui/Button';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { formErrorsFromApi, type FormError } from '../../ui/form-errors';
import { LiveStatus } from '../../ui/LiveStatus';
import { PageHeading } from '../../ui/PageHeading';
import { useStatus } from '../../ui/useStatus';
import { DamagedStorePanel } from '../backups/DamagedStorePanel';
import { PASSPHRASE_ID, PassphraseUnlockForm } from './PassphraseUnlockForm';
import { RECOVERY_IDS, RecoveryUnlockForm } from './RecoveryUnlockForm';

const FIELD_IDS = {
  passphrase: PASSPHRASE_ID,
  recoveryKey: RECOVERY_IDS.key,
  newPassphrase: RECOVERY_IDS.passphrase,
};
const CODE_IDS = { WRONG_PASSPHRASE: PASSPHRASE_ID, WRONG_RECOVERY_KEY: RECOVERY_IDS.key };

interface UnlockPageProps {
  profile: ProfileSummary;
  /** Why Casework locked (e.g. "Locked after 10 minutes of inactivity"), read out when the screen opens. */
  notice: string | null;
  onUnlocked: (session: SessionInfo, notice: string | null) => void;
  onSwitchProfile: () => void;
}

/**
 * "Unlock <name>": passphrase, or the recovery key plus a new passphrase. If the records file turns out
 * to be damaged, the screen offers the newest backup instead (DamagedStorePanel).
 */
export function UnlockPage({ profile, notice, onUnlocked, onSwitchProfile }: UnlockPageProps) {
  const [mode, setMode] = useState<'passphrase' | 'recovery'>('passphrase');
  const [errors, setErrors] = useState<FormError[]>([]);
  const [suggestRecovery, setSuggestRecovery] = useState(false);
  // Set when unlocking found the records file damaged: the passphrase that was typed, if the form gave it.
  const [damaged, setDamaged] = useState<{ passphrase: string | null } | null>(null);
  const { status: noticeStatus } = useStatus(notice);
  const { status: retryStatus, announce: announceRetry } = useStatus();
  const { remaining, start: startCountdown } = useCountdown(
    useCallback(() => {
      setErrors([]);
      announceRetry('You can try again now');
    }, [announceRetry]),
  );
  const waitMessage = remaining > 0 ? `You can try again in ${formatDuration(remaining)}` : null;

  const onFailure = useCallback(
    (error: AppErrorBody, passphrase?: string) => {
      if (error.code === 'STORE_CORRUPTED') {
        setErrors([]);
        setDamaged({ passphrase: passphrase ?? null });
        return;
      }
      if (error.code === 'TOO_MANY_ATTEMPTS') startCountdown(error.retryAfterSeconds ?? 30);
      if (error.suggestRecoveryKey) setSuggestRecovery(true);
      setErrors(formErrorsFromApi(error, FIELD_IDS, CODE_IDS));
    },
    [startCountdown],
  );

  const switchMode = (next: 'passphrase' | 'recovery') => {
    setErrors([]);
    setMode(next);
  };

  return (
    <AppLayout width="narrow">
      <Button variant="link" className="back-link" onClick={onSwitchProfile}>
        Switch profile
      </Button>
      <LiveStatus status={noticeStatus} tone="info" className="notice-banner" />
      <ErrorSummary errors={errors} moveFocus={mode === 'recovery'}>
        {suggestRecovery && mode === 'passphrase' ? (
          <p className="error-summary__extra">
            If you have forgotten your passphrase, you can unlock with your recovery key instead.
          </p>
        ) : null}
      </ErrorSummary>
      <PageHeading documentTitle={`Unlock ${profile.displayName}`} focusOnOpen={false}>
        Unlock {profile.displayName}
      </PageHeading>
      {waitMessage ? <p className="inset-text">{waitMessage}.</p> : null}
      <LiveStatus status={retryStatus} tone="info" />
      {damaged ? (
        <DamagedStorePanel
          profileId={profile.id}
          passphrase={damaged.passphrase}
          onRestored={onUnlocked}
          onBack={() => setDamaged(null)}
        />
      ) : mode === 'passphrase' ? (
        <PassphraseUnlockForm
          profileId={profile.id}
          errors={errors}
          waitMessage={waitMessage}
          onErrors={setErrors}
          onFailure={onFailure}
          onUnlocked={(session) => onUnlocked(session, null)}
          onUseRecoveryKey={() => switchMode('recovery')}
        />
      ) : (
        <>
          <p className="body">
            Unlocking with the recovery key sets a new passphrase. Use the new passphrase from now on.
          </p>
          <RecoveryUnlockForm
            profileId={profile.id}
            errors={errors}
            waitMessage={waitMessage}
            onErrors={setErrors}
            onFailure={onFailure}
            onUnlocked={(session) => onUnlocked(session, 'Unlocked with your recovery key. Your new passphrase is set')}
            onUsePassphrase={() => switchMode('passphrase')}
          />
        </>
      )}
    </AppLayout>
  );
}
