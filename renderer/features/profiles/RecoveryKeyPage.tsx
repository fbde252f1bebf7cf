import { useState, type FormEvent } from 'react';
import type { ProfileSummary } from '../../../preload/contract/channels';
import { AppLayout } from '../../app/AppLayout';
import { Button } from '../../ui/Button';
import { Checkbox } from '../../ui/Checkbox';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { errorFor, type FormError } from '../../ui/form-errors';
import { PageHeading } from '../../ui/PageHeading';
import { RecoveryKeyCard } from '../recovery-key/RecoveryKeyCard';

const STORED_ID = 'recovery-key-stored';

interface RecoveryKeyPageProps {
  profile: ProfileSummary;
  recoveryKey: string;
  onContinue: () => void;
}

/** Shown once, right after a profile is created: the recovery key, to copy or print and hand over. */
export function RecoveryKeyPage({ profile, recoveryKey, onContinue }: RecoveryKeyPageProps) {
  const [stored, setStored] = useState(false);
  const [errors, setErrors] = useState<FormError[]>([]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!stored) {
      setErrors([{ fieldId: STORED_ID, message: 'Confirm that you have stored the recovery key safely' }]);
      return;
    }
    onContinue();
  };

  return (
    <AppLayout width="narrow">
      <ErrorSummary errors={errors} />
      <RecoveryKeyCard displayName={profile.displayName} recoveryKey={recoveryKey}>
        <PageHeading documentTitle="Your recovery key" caption={profile.displayName}>
          Your recovery key
        </PageHeading>
        <p className="body">
          This key unlocks your records if you forget your passphrase. It is shown only once. Give it to your team
          manager or IT to keep safe — not on this laptop. If it is ever lost, you can make a new one in Settings.
        </p>
      </RecoveryKeyCard>
      <form onSubmit={submit} noValidate className="print-hide section">
        <Checkbox
          id={STORED_ID}
          label="I have stored the recovery key safely"
          checked={stored}
          onChange={(checked) => {
            setStored(checked);
            if (checked) setErrors([]);
          }}
          error={errorFor(errors, STORED_ID)}
        />
        <div className="button-group">
          <Button type="submit">Continue</Button>
        </div>
      </form>
    </AppLayout>
  );
}
