import { useState } from 'react';
import type { Envelope } from '../api';
import { formErrorsFromApi, type FormError } from './form-errors';

/**
 * The errors and busy state of a form that saves through main. save() shows the problems found before
 * asking (and asks nothing if there are any); otherwise it sends the request, and hands the answer to
 * `onSaved` or shows main's refusal, at its field where `fields` (contract field → input id) names one.
 */
export function useFormSave(fields: Readonly<Record<string, string>>) {
  const [errors, setErrors] = useState<FormError[]>([]);
  const [busy, setBusy] = useState(false);

  const save = async <T>(found: FormError[], request: () => Promise<Envelope<T>>, onSaved: (value: T) => void): Promise<void> => {
    setErrors(found);
    if (found.length > 0) return;
    setBusy(true);
    const result = await request();
    setBusy(false);
    if (result.ok) onSaved(result.value);
    else setErrors(formErrorsFromApi(result.error, fields));
  };

  return { errors, busy, save };
}
