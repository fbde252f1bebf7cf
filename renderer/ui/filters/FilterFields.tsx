/**
 * The filter fields shared by the timeline and the search dialog: contact type and a date range.
 * One implementation so both read, look and behave the same (labels "Contact type", "From", "To").
 */
import { todayIsoDate } from '../../lib/dates';
import { useContactTypes } from '../../features/contact-types/ContactTypesProvider';

/** The team's types in its order; retired ones after them, since older notes still carry them. */
export function ContactTypeField({ id, value, onChange }: { id: string; value: string; onChange: (value: string) => void }) {
  const { active, retired } = useContactTypes();
  const options = (types: typeof active) =>
    types.map((t) => (
      <option key={t.id} value={t.id}>
        {t.label}
      </option>
    ));
  return (
    <div className="filter-field">
      <label htmlFor={id}>Contact type</label>
      <select id={id} className="filter-control" value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">All types</option>
        {options(active)}
        {retired.length > 0 ? <optgroup label="No longer on the list">{options(retired)}</optgroup> : null}
      </select>
    </div>
  );
}

interface DateRangeFieldsProps {
  idPrefix: string;
  from: string;
  to: string;
  onChange: (range: { from: string; to: string }) => void;
  /** Stop the pickers offering a "from" after "to" or after today (the timeline looks backwards). */
  bounded?: boolean;
}

export function DateRangeFields({ idPrefix, from, to, onChange, bounded = false }: DateRangeFieldsProps) {
  return (
    <>
      <div className="filter-field">
        <label htmlFor={`${idPrefix}-from`}>From</label>
        <input
          id={`${idPrefix}-from`}
          type="date"
          className="filter-control filter-date"
          value={from}
          max={bounded ? to || todayIsoDate() : undefined}
          onChange={(e) => onChange({ from: e.target.value, to })}
        />
      </div>
      <div className="filter-field">
        <label htmlFor={`${idPrefix}-to`}>To</label>
        <input
          id={`${idPrefix}-to`}
          type="date"
          className="filter-control filter-date"
          value={to}
          min={bounded ? from || undefined : undefined}
          onChange={(e) => onChange({ from, to: e.target.value })}
        />
      </div>
    </>
  );
}
