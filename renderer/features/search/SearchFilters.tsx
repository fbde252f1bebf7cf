import { useId, useState } from 'react';
import type { CaseSummary } from '../../../preload/contract/channels';
import { call } from '../../api';
import { useAnswer } from '../../lib/useAnswer';
import { ContactTypeField, DateRangeFields } from '../../ui/filters/FilterFields';
import { activeFilterCount, NO_SEARCH_FILTER, type SearchFilter } from './search-filter';

interface SearchFiltersProps {
  filter: SearchFilter;
  onChange: (filter: SearchFilter) => void;
}

/** Filters behind a small disclosure, so the dialog stays a search box first. */
export function SearchFilters({ filter, onChange }: SearchFiltersProps) {
  const id = useId();
  const [shown, setShown] = useState(false);
  const [cases, setCases] = useState<CaseSummary[]>([]);
  const active = activeFilterCount(filter);
  const set = (patch: Partial<SearchFilter>) => onChange({ ...filter, ...patch });

  // The children are read when the filters are first shown.
  useAnswer(
    shown && cases.length === 0 ? () => call('listCases', {}) : null,
    (result) => {
      if (result.ok) setCases(result.value);
    },
    [shown, cases.length],
  );

  return (
    <div className="search-filters">
      <button type="button" className="link-button" aria-expanded={shown} aria-controls={`${id}-panel`} onClick={() => setShown((s) => !s)}>
        {shown ? 'Hide filters' : 'Filters'}
        {active > 0 ? ` (${active} on)` : ''}
      </button>
      <div id={`${id}-panel`} className="search-filters__panel" hidden={!shown}>
        <div className="filter-field">
          <label htmlFor={`${id}-case`}>Child</label>
          <select id={`${id}-case`} className="filter-control" value={filter.caseId} onChange={(e) => set({ caseId: e.target.value })}>
            <option value="">All children</option>
            {cases.map((c) => (
              <option key={c.id} value={c.id}>
                {c.childName}
              </option>
            ))}
          </select>
        </div>
        <ContactTypeField id={`${id}-type`} value={filter.contactType} onChange={(contactType) => set({ contactType })} />
        <DateRangeFields idPrefix={id} from={filter.from} to={filter.to} onChange={set} />
        {active > 0 ? (
          <button type="button" className="link-button" onClick={() => onChange(NO_SEARCH_FILTER)}>
            Clear filters
          </button>
        ) : null}
      </div>
    </div>
  );
}
