import { useId } from 'react';
import { ContactTypeField, DateRangeFields } from '../../ui/filters/FilterFields';
import { isFiltered, NO_FILTER, type TimelineFilter } from './timeline-filter';

interface TimelineFiltersProps {
  filter: TimelineFilter;
  onChange: (filter: TimelineFilter) => void;
}

/** Compact filters above the timeline; each change applies at once (no submit button to find). */
export function TimelineFilters({ filter, onChange }: TimelineFiltersProps) {
  const id = useId();
  const set = (patch: Partial<TimelineFilter>) => onChange({ ...filter, ...patch });
  return (
    <fieldset className="timeline-filters">
      <legend className="timeline-filters__legend">Filter notes</legend>
      <ContactTypeField id={`${id}-type`} value={filter.contactType} onChange={(contactType) => set({ contactType })} />
      <DateRangeFields idPrefix={id} from={filter.from} to={filter.to} onChange={set} bounded />
      <div className="timeline-filters__check">
        <input id={`${id}-significant`} type="checkbox" className="checkbox__input" checked={filter.significantOnly} onChange={(e) => set({ significantOnly: e.target.checked })} />
        <label htmlFor={`${id}-significant`} className="checkbox__label">
          Significant only
        </label>
      </div>
      {isFiltered(filter) ? (
        <button type="button" className="link-button timeline-filters__clear" onClick={() => onChange(NO_FILTER)}>
          Clear filters
        </button>
      ) : null}
    </fieldset>
  );
}
