import type { ReactNode, Ref } from 'react';
import { cx } from '../lib/cx';
import { FieldShell, describedByIds } from './FieldShell';

export interface SelectFieldProps {
  id: string;
  label: string;
  hint?: ReactNode;
  /** The first, empty choice ("Choose a status"): nothing is assumed for the practitioner. */
  placeholder: string;
  options: ReadonlyArray<{ id: string; label: string }>;
  /** '' while the placeholder is shown. */
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  selectRef?: Ref<HTMLSelectElement>;
}

/** A drop-down with a label, an optional hint and error, starting on an empty placeholder choice. */
export function SelectField({ id, label, hint, placeholder, options, value, onChange, error, selectRef }: SelectFieldProps) {
  return (
    <FieldShell id={id} label={label} hint={hint} error={error}>
      <select
        ref={selectRef}
        id={id}
        name={id}
        className={cx('select', error && 'input--error')}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-describedby={describedByIds(id, hint, error)}
        aria-invalid={error ? true : undefined}
      >
        <option value="">{placeholder}</option>
        {options.map((option) => (
          <option key={option.id} value={option.id}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}
