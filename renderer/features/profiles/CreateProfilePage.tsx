import { useState, type FormEvent } from 'react';
import type { CreatedProfile } from '../../../preload/contract/channels';
import { call } from '../../api';
import { AppLayout } from '../../app/AppLayout';
import { Button } from '../../ui/Button';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { errorFor, formErrorsFromApi, type FormError } from '../../ui/form-errors';
import { LiveStatus } from '../../ui/LiveStatus';
import { PageHeading } from '../../ui/PageHeading';
import { NewPassphraseFields, newPassphraseErrors } from '../../ui/NewPassphraseFields';
import { TextField } from '../../ui/TextField';
import { useStatus } from '../../ui/useStatus';

const IDS = { name: 'profile-name', passphrase: 'profile-passphrase', confirm: 'profile-passphrase-confirm' };

interface CreateProfilePageProps {
  canGoBack: boolean;
  onBack: () => void;
  onCreated: (created: CreatedProfile) => void;
}

function validate(name: string, passphrase: string, confirm: string): FormError[] {
  const errors: FormError[] = [];
  if (name.trim() === '') errors.push({ fieldId: IDS.name, message: 'Enter a display name' });
  return [...errors, ...newPassphraseErrors(passphrase, confirm, IDS, 'Passphrase')];
}

/** "Create a profile": display name and passphrase; on success main returns the one-time recovery key. */
export function CreateProfilePage({ canGoBack, onBack, onCreated }: CreateProfilePageProps) {
  const [name, setName] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<FormError[]>([]);
  const [busy, setBusy] = useState(false);
  const { status, announce, clear } = useStatus();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const problems = validate(name, passphrase, confirm);
    setErrors(problems);
    if (problems.length > 0) return;
    setBusy(true);
    announce('Creating your profile…');
    const result = await call('createProfile', { displayName: name, passphrase });
    setBusy(false);
    clear();
    if (result.ok) {
      onCreated(result.value);
      return;
    }
    setErrors(formErrorsFromApi(result.error, { displayName: IDS.name, passphrase: IDS.passphrase }));
  };

  return (
    <AppLayout width="narrow">
      {canGoBack ? (
        <Button variant="link" className="back-link" onClick={onBack}>
          Back to profiles
        </Button>
      ) : null}
      <ErrorSummary errors={errors} />
      <PageHeading documentTitle="Create a profile">Create a profile</PageHeading>
      <p className="body">
        Your records are kept encrypted on this computer. Only your passphrase, or your recovery key, can open
        them.
      </p>
      <form onSubmit={submit} noValidate>
        <TextField
          id={IDS.name}
          label="Display name"
          hint="Your name as colleagues know it, for example Sam Patel."
          value={name}
          onChange={setName}
          error={errorFor(errors, IDS.name)}
          autoComplete="name"
          required
        />
        <NewPassphraseFields
          ids={IDS}
          label="Passphrase"
          passphrase={passphrase}
          confirm={confirm}
          onPassphraseChange={setPassphrase}
          onConfirmChange={setConfirm}
          errors={errors}
        />
        <div className="button-group">
          <Button type="submit" unavailable={busy}>
            Create profile
          </Button>
        </div>
        <LiveStatus status={status} tone="busy" />
      </form>
    </AppLayout>
  );
}
