import type { HTMLInputAutoCompleteAttribute, ReactNode, Ref } from 'react';
import { cx } from '../lib/cx';
import { FieldShell, describedByIds } from './FieldShell';

export interface TextFieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: ReactNode;
  error?: string | undefined;
  type?: 'text' | 'password' | 'date' | 'number';
  width?: 'full' | 'l' | 'm' | 's' | 'xs';
  monospace?: boolean;
  autoComplete?: HTMLInputAutoCompleteAttribute;
  spellCheck?: boolean;
  inputMode?: 'text' | 'numeric';
  min?: number | string;
  max?: number | string;
  required?: boolean;
  /** Extra ids for aria-describedby (e.g. a live strength hint). */
  describedBy?: string;
  inputRef?: Ref<HTMLInputElement>;
  /** Rendered after the input (e.g. a strength meter). */
  children?: ReactNode;
}

export function TextField({
  id,
  label,
  value,
  onChange,
  hint,
  error,
  type = 'text',
  width = 'l',
  monospace = false,
  autoComplete = 'off',
  spellCheck = false,
  inputMode,
  min,
  max,
  required,
  describedBy,
  inputRef,
  children,
}: TextFieldProps) {
  return (
    <FieldShell id={id} label={label} hint={hint} error={error}>
      <input
        ref={inputRef}
        id={id}
        name={id}
        type={type}
        className={cx('input', `input--${width}`, monospace && 'input--mono', error && 'input--error')}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-describedby={describedByIds(id, hint, error, describedBy)}
        aria-invalid={error ? true : undefined}
        aria-required={required || undefined}
        autoComplete={autoComplete}
        spellCheck={spellCheck}
        autoCapitalize="off"
        inputMode={inputMode}
        min={min}
        max={max}
      />
      {children}
    </FieldShell>
  );
}
