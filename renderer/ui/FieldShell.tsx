import type { ReactNode } from 'react';
import { cx } from '../lib/cx';

export interface FieldShellProps {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string | undefined;
  /** Larger label, for a field that is the main purpose of the screen. */
  prominent?: boolean;
  children: ReactNode;
}

/** The ids a control should list in aria-describedby for its hint and error. */
export function describedByIds(id: string, hint: ReactNode, error: string | undefined, extra?: string): string | undefined {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null, extra ?? null].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

/** Label, hint and error message around one control (GOV.UK form-group layout). */
export function FieldShell({ id, label, hint, error, prominent = false, children }: FieldShellProps) {
  return (
    <div className={cx('field', error && 'field--error')}>
      <label htmlFor={id} className={cx('field__label', prominent && 'field__label--prominent')}>
        {label}
      </label>
      {hint ? (
        <div id={`${id}-hint`} className="field__hint">
          {hint}
        </div>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="field__error">
          <span className="visually-hidden">Error: </span>
          {error}
        </p>
      ) : null}
      {children}
    </div>
  );
}
