/**
 * Yes / No / Not known as a radio group. "Not known" is a real answer, not a missing one: parental
 * responsibility is often unclear at first and the record should say so rather than guess.
 */
import type { ReactNode } from 'react';

interface YesNoUnknownFieldProps {
  /** Prefix for the radios' ids; also their shared name. */
  id: string;
  legend: ReactNode;
  value: boolean | null;
  onChange: (value: boolean | null) => void;
}

const OPTIONS: ReadonlyArray<{ key: string; label: string; value: boolean | null }> = [
  { key: 'yes', label: 'Yes', value: true },
  { key: 'no', label: 'No', value: false },
  { key: 'unknown', label: 'Not known', value: null },
];

export function YesNoUnknownField({ id, legend, value, onChange }: YesNoUnknownFieldProps) {
  return (
    <fieldset className="field">
      <legend className="field__label">{legend}</legend>
      <div className="radios radios--inline">
        {OPTIONS.map((option) => (
          <div key={option.key} className="radios__item">
            <input
              id={`${id}-${option.key}`}
              name={id}
              type="radio"
              className="radios__input"
              checked={value === option.value}
              onChange={() => onChange(option.value)}
            />
            <label htmlFor={`${id}-${option.key}`} className="radios__label">
              {option.label}
            </label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}
