import { useState, type FormEvent } from 'react';
import { call } from '../../api';
import { Button } from '../../ui/Button';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { errorFor, formErrorsFromApi, type FormError } from '../../ui/form-errors';
import { LiveStatus } from '../../ui/LiveStatus';
import { NewPassphraseFields, newPassphraseErrors } from '../../ui/NewPassphraseFields';
import { PassphraseField } from '../../ui/PassphraseField';
import { useStatus } from '../../ui/useStatus';

const IDS = {
  current: 'settings-current-passphrase',
  passphrase: 'settings-new-passphrase',
  confirm: 'settings-new-passphrase-confirm',
} as const;

function validate(current: string, next: string, confirm: string): FormError[] {
  const errors: FormError[] = [];
  if (current === '') errors.push({ fieldId: IDS.current, message: 'Enter your current passphrase' });
  return [...errors, ...newPassphraseErrors(next, confirm, IDS, 'New passphrase')];
}

/** Change passphrase: the recovery key stays the same. */
export function ChangePassphraseForm() {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<FormError[]>([]);
  const [busy, setBusy] = useState(false);
  const { status, announce, clear } = useStatus();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    clear();
    const problems = validate(current, next, confirm);
    setErrors(problems);
    if (problems.length > 0) return;
    setBusy(true);
    announce('Changing passphrase…');
    const result = await call('changePassphrase', { currentPassphrase: current, newPassphrase: next });
    setBusy(false);
    if (!result.ok) {
      clear();
      setErrors(
        formErrorsFromApi(result.error, { currentPassphrase: IDS.current, newPassphrase: IDS.passphrase }, {
          WRONG_PASSPHRASE: IDS.current,
        }),
      );
      return;
    }
    setCurrent('');
    setNext('');
    setConfirm('');
    announce('Passphrase changed');
  };

  return (
    <section className="section" aria-labelledby="change-passphrase-heading">
      <h2 id="change-passphrase-heading" className="section-heading">
        Change passphrase
      </h2>
      <ErrorSummary errors={errors} />
      <form onSubmit={submit} noValidate>
        <PassphraseField
          id={IDS.current}
          label="Current passphrase"
          value={current}
          onChange={setCurrent}
          error={errorFor(errors, IDS.current)}
        />
        <NewPassphraseFields
          ids={IDS}
          label="New passphrase"
          passphrase={next}
          confirm={confirm}
          onPassphraseChange={setNext}
          onConfirmChange={setConfirm}
          errors={errors}
        />
        <div className="composer__actions">
          <Button type="submit" unavailable={busy}>
            Change passphrase
          </Button>
          <LiveStatus status={status} className="status--inline" />
        </div>
      </form>
    </section>
  );
}
