import { useId } from 'react';
import { todayIsoDate } from '../../lib/dates';
import { DEFAULT_CONTACT_TYPES } from '../capture/contact-types';
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
      <div className="timeline-filters__field">
        <label htmlFor={`${id}-type`}>Contact type</label>
        <select id={`${id}-type`} className="timeline-select" value={filter.contactType} onChange={(e) => set({ contactType: e.target.value })}>
          <option value="">All types</option>
          {DEFAULT_CONTACT_TYPES.map((t) => (
            <option key={t.id} value={t.id}>
              {t.label}
            </option>
          ))}
        </select>
      </div>
      <div className="timeline-filters__field">
        <label htmlFor={`${id}-from`}>From</label>
        <input id={`${id}-from`} type="date" className="input timeline-date" value={filter.from} max={filter.to || todayIsoDate()} onChange={(e) => set({ from: e.target.value })} />
      </div>
      <div className="timeline-filters__field">
        <label htmlFor={`${id}-to`}>To</label>
        <input id={`${id}-to`} type="date" className="input timeline-date" value={filter.to} min={filter.from || undefined} onChange={(e) => set({ to: e.target.value })} />
      </div>
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
