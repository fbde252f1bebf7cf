import { cx } from '../../lib/cx';

interface CellFieldProps {
  id: string;
  /** Read by screen readers (the column heading says it to sighted users). */
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  multiline?: boolean;
}

/** An editable text in a table cell: a hidden label naming the row, and its error if any. */
export function CellField({ id, label, value, onChange, error, multiline = false }: CellFieldProps) {
  const common = {
    id,
    value,
    spellCheck: true,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': error ? `${id}-error` : undefined,
  };
  return (
    <>
      <label htmlFor={id} className="visually-hidden">
        {label}
      </label>
      {multiline ? (
        <textarea {...common} className={cx('textarea', 'pack-cell__text', error && 'input--error')} rows={3} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input {...common} className={cx('input', 'input--full', error && 'input--error')} onChange={(e) => onChange(e.target.value)} />
      )}
      {error ? (
        <p id={`${id}-error`} className="field__error">
          <span className="visually-hidden">Error: </span>
          {error}
        </p>
      ) : null}
    </>
  );
}
