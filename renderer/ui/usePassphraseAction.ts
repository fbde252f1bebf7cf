import { useState } from 'react';
import type { Envelope } from '../api';
import { errorFor, formErrorsFromApi, type FormError } from './form-errors';
import { useStatus } from './useStatus';

interface Options {
  /** The passphrase input's id: errors are shown there. */
  fieldId: string;
  /** The contract's name for the passphrase in the request ("passphrase", "currentPassphrase"). */
  field: string;
  /** Said at the field when it is left empty. */
  missing: string;
  /** Announced while main works (scrypt takes a moment). */
  working: string;
}

/**
 * An action that needs the practitioner's passphrase (restore a backup, make a new recovery key): the
 * field's props, the errors, and run(), which asks for the passphrase if it is empty, does nothing
 * while an earlier run is in flight, announces the work, empties the field afterwards and shows a
 * refusal (a wrong passphrase at the field).
 */
export function usePassphraseAction({ fieldId, field, missing, working }: Options) {
  const [passphrase, setPassphrase] = useState('');
  const [errors, setErrors] = useState<FormError[]>([]);
  const [busy, setBusy] = useState(false);
  const { status, announce, clear } = useStatus();

  /** The answer, or null when nothing was asked. */
  const run = async <T>(typed: string, action: (passphrase: string) => Promise<Envelope<T>>): Promise<Envelope<T> | null> => {
    if (busy) return null;
    if (typed === '') {
      setErrors([{ fieldId, message: missing }]);
      return null;
    }
    setErrors([]);
    setBusy(true);
    announce(working);
    const result = await action(typed);
    setBusy(false);
    clear();
    setPassphrase('');
    if (!result.ok) setErrors(formErrorsFromApi(result.error, { [field]: fieldId }, { WRONG_PASSPHRASE: fieldId }));
    return result;
  };

  /** For the PassphraseField: its id, value and error. */
  const fieldProps = { id: fieldId, value: passphrase, onChange: setPassphrase, error: errorFor(errors, fieldId) };
  return { passphrase, fieldProps, errors, busy, status, run };
}
