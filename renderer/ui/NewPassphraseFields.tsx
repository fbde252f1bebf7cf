import { assessPassphrase } from '../../preload/contract/passphrase-policy';
import { errorFor, type FormError } from './form-errors';
import { PassphraseField } from './PassphraseField';

export interface NewPassphraseIds {
  passphrase: string;
  confirm: string;
}

interface NewPassphraseFieldsProps {
  ids: NewPassphraseIds;
  /** "Passphrase" when creating a profile; "New passphrase" when replacing one. */
  label: 'Passphrase' | 'New passphrase';
  passphrase: string;
  confirm: string;
  onPassphraseChange: (value: string) => void;
  onConfirmChange: (value: string) => void;
  errors: readonly FormError[];
}

/**
 * Checks a new passphrase and its confirmation the same way on every form that sets one: present,
 * meeting the shared rule (whose hint is the message), and typed the same twice.
 */
export function newPassphraseErrors(passphrase: string, confirm: string, ids: NewPassphraseIds, label: NewPassphraseFieldsProps['label']): FormError[] {
  const noun = label.toLowerCase();
  if (passphrase === '') return [{ fieldId: ids.passphrase, message: `Enter a ${noun}` }];
  const assessment = assessPassphrase(passphrase);
  if (!assessment.acceptable) return [{ fieldId: ids.passphrase, message: assessment.hint }];
  if (confirm !== passphrase) return [{ fieldId: ids.confirm, message: `The ${noun}s do not match` }];
  return [];
}

/** The pair of fields for setting a passphrase: the new one with a live strength hint, then the confirmation. */
export function NewPassphraseFields({ ids, label, passphrase, confirm, onPassphraseChange, onConfirmChange, errors }: NewPassphraseFieldsProps) {
  return (
    <>
      <PassphraseField
        id={ids.passphrase}
        label={label}
        value={passphrase}
        onChange={onPassphraseChange}
        error={errorFor(errors, ids.passphrase)}
        showStrength
        autoComplete="new-password"
      />
      <PassphraseField
        id={ids.confirm}
        label={`Confirm ${label.toLowerCase()}`}
        value={confirm}
        onChange={onConfirmChange}
        error={errorFor(errors, ids.confirm)}
        autoComplete="new-password"
      />
    </>
  );
}
