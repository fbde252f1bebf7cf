/**
 * How the chronology is shown: whose (this child or the family), which dates, which format, and
 * whether left-out entries are listed. Each change applies at once; there is no "apply" to find.
 */
import type { Ref } from 'react';
import { Checkbox } from '../../ui/Checkbox';
import { errorFor, type FormError } from '../../ui/form-errors';
import { TextField } from '../../ui/TextField';
import { RANGE_IDS } from './chronology-range';

export type ChronologyView = 'child' | 'family';
export type ChronologyFormat = 'court' | 'conference';

interface Choice<T extends string> {
  value: T;
  label: string;
}

function RadioGroup<T extends string>({ name, legend, choices, value, onChange }: { name: string; legend: string; choices: ReadonlyArray<Choice<T>>; value: T; onChange: (value: T) => void }) {
  return (
    <fieldset className="field chronology-controls__group">
      <legend className="field__label">{legend}</legend>
      <div className="radios radios--inline">
        {choices.map((choice) => (
          <div key={choice.value} className="radios__item">
            <input
              id={`${name}-${choice.value}`}
              name={name}
              type="radio"
              className="radios__input"
              checked={value === choice.value}
              onChange={() => onChange(choice.value)}
            />
            <label htmlFor={`${name}-${choice.value}`} className="radios__label">
              {choice.label}
            </label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}

const VIEWS: ReadonlyArray<Choice<ChronologyView>> = [
  { value: 'child', label: 'This child' },
  { value: 'family', label: 'Family' },
];
const FORMATS: ReadonlyArray<Choice<ChronologyFormat>> = [
  { value: 'court', label: 'Court (PD12A)' },
  { value: 'conference', label: 'Conference' },
];

interface ChronologyControlsProps {
  /** Only a child with siblings in a family group has a family view to offer. */
  hasSiblings: boolean;
  view: ChronologyView;
  onView: (view: ChronologyView) => void;
  from: string;
  to: string;
  onRange: (range: { from: string; to: string }) => void;
  rangeErrors: readonly FormError[];
  fromRef: Ref<HTMLInputElement>;
  toRef: Ref<HTMLInputElement>;
  today: string;
  format: ChronologyFormat;
  onFormat: (format: ChronologyFormat) => void;
  showLeftOut: boolean;
  onShowLeftOut: (show: boolean) => void;
}

export function ChronologyControls(props: ChronologyControlsProps) {
  const { hasSiblings, view, onView, from, to, onRange, rangeErrors, fromRef, toRef, today, format, onFormat, showLeftOut, onShowLeftOut } = props;
  return (
    <div className="chronology-controls">
      {hasSiblings ? <RadioGroup name="chronology-view" legend="Whose chronology" choices={VIEWS} value={view} onChange={onView} /> : null}
      <fieldset className="field chronology-controls__group" aria-describedby="chronology-dates-hint">
        <legend className="field__label">Dates</legend>
        <p id="chronology-dates-hint" className="field__hint">
          Court work usually looks at the last two years. Leave a date empty for no limit.
        </p>
        <div className="chronology-controls__dates">
          <TextField
            id={RANGE_IDS.from}
            label="From"
            type="date"
            width="s"
            value={from}
            max={to || today}
            onChange={(value) => onRange({ from: value, to })}
            error={errorFor(rangeErrors, RANGE_IDS.from)}
            inputRef={fromRef}
          />
          <TextField
            id={RANGE_IDS.to}
            label="To"
            type="date"
            width="s"
            value={to}
            min={from || undefined}
            onChange={(value) => onRange({ from, to: value })}
            error={errorFor(rangeErrors, RANGE_IDS.to)}
            inputRef={toRef}
          />
        </div>
      </fieldset>
      <RadioGroup name="chronology-format" legend="Format" choices={FORMATS} value={format} onChange={onFormat} />
      <div className="chronology-controls__group">
        <Checkbox id="chronology-show-left-out" label="Show left-out entries" checked={showLeftOut} onChange={onShowLeftOut} />
      </div>
    </div>
  );
}
