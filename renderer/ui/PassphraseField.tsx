import { useMemo, type Ref } from 'react';
import { assessPassphrase } from '../../preload/contract/passphrase-policy';
import { cx } from '../lib/cx';
import { TextField } from './TextField';

interface PassphraseFieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  hint?: string;
  /** New passphrases show a live strength hint; existing ones do not. */
  showStrength?: boolean;
  autoComplete?: 'current-password' | 'new-password';
  inputRef?: Ref<HTMLInputElement>;
}

/** A passphrase input; for new passphrases, with a one-sentence strength hint read out politely. */
export function PassphraseField({
  id,
  label,
  value,
  onChange,
  error,
  hint,
  showStrength = false,
  autoComplete = 'current-password',
  inputRef,
}: PassphraseFieldProps) {
  const assessment = useMemo(() => (showStrength ? assessPassphrase(value) : null), [showStrength, value]);
  const strengthId = `${id}-strength`;
  const level = value.length === 0 || !assessment ? 'empty' : assessment.strength;

  return (
    <TextField
      id={id}
      label={label}
      value={value}
      onChange={onChange}
      hint={hint}
      error={error}
      type="password"
      width="l"
      autoComplete={autoComplete}
      describedBy={assessment ? strengthId : undefined}
      inputRef={inputRef}
    >
      {assessment ? (
        <div className="strength">
          <span className={cx('strength__meter', `strength__meter--${level}`)} aria-hidden="true">
            <span />
            <span />
            <span />
            <span />
          </span>
          <p id={strengthId} className="strength__hint" aria-live="polite">
            {assessment.hint}
          </p>
        </div>
      ) : null}
    </TextField>
  );
}
