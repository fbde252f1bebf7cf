import type { Ref } from 'react';
import { cx } from '../../lib/cx';
import { FieldShell, describedByIds } from '../../ui/FieldShell';

interface PackChoiceProps {
  id: string;
  label: string;
  /** "Choose a status": nothing is assumed for the practitioner. */
  placeholder: string;
  options: ReadonlyArray<{ id: string; label: string }>;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  selectRef?: Ref<HTMLSelectElement>;
}

/** One of the pack's statuses or events, by its label. */
export function PackChoice({ id, label, placeholder, options, value, onChange, error, selectRef }: PackChoiceProps) {
  return (
    <FieldShell id={id} label={label} error={error}>
      <select
        ref={selectRef}
        id={id}
        name={id}
        className={cx('select', error && 'input--error')}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-describedby={describedByIds(id, undefined, error)}
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
