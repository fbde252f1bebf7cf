import type { KeyboardEvent, ReactNode, Ref } from 'react';
import { cx } from '../lib/cx';
import { FieldShell, describedByIds } from './FieldShell';

interface TextAreaFieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: ReactNode;
  error?: string | undefined;
  rows?: number;
  prominent?: boolean;
  keyShortcuts?: string;
  onKeyDown?: (event: KeyboardEvent<HTMLTextAreaElement>) => void;
  textareaRef?: Ref<HTMLTextAreaElement>;
}

export function TextAreaField({
  id,
  label,
  value,
  onChange,
  hint,
  error,
  rows = 6,
  prominent = false,
  keyShortcuts,
  onKeyDown,
  textareaRef,
}: TextAreaFieldProps) {
  return (
    <FieldShell id={id} label={label} hint={hint} error={error} prominent={prominent}>
      <textarea
        ref={textareaRef}
        id={id}
        name={id}
        className={cx('textarea', error && 'input--error')}
        rows={rows}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={onKeyDown}
        aria-describedby={describedByIds(id, hint, error)}
        aria-invalid={error ? true : undefined}
        aria-keyshortcuts={keyShortcuts}
        spellCheck
      />
    </FieldShell>
  );
}
