import { cx } from '../../lib/cx';

interface Choice {
  value: string;
  label: string;
  checked: boolean;
}

interface ChoiceGroupProps {
  type: 'radio' | 'checkbox';
  /** Prefix of each input's id (`${id}-${value}`) and the radios' shared name. */
  id: string;
  legend: string;
  options: readonly Choice[];
  onChange: (value: string, checked: boolean) => void;
  error?: string | undefined;
}

/** Radios or checkboxes in a fieldset whose legend names the question (GOV.UK pattern). */
export function ChoiceGroup({ type, id, legend, options, onChange, error }: ChoiceGroupProps) {
  const errorId = `${id}-error`;
  return (
    <fieldset className={cx('field', error && 'field--error')} aria-describedby={error ? errorId : undefined}>
      <legend className="field__label">{legend}</legend>
      {error ? (
        <p id={errorId} className="field__error">
          <span className="visually-hidden">Error: </span>
          {error}
        </p>
      ) : null}
      <div className="radios">
        {options.map((option) => {
          const inputId = `${id}-${option.value}`;
          return (
            <div key={option.value} className={type === 'radio' ? 'radios__item' : 'checkbox'}>
              <input
                id={inputId}
                name={type === 'radio' ? id : inputId}
                type={type}
                className={type === 'radio' ? 'radios__input' : 'checkbox__input'}
                checked={option.checked}
                onChange={(event) => onChange(option.value, event.target.checked)}
              />
              <label htmlFor={inputId} className={type === 'radio' ? 'radios__label' : 'checkbox__label'}>
                {option.label}
              </label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
