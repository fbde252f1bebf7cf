import type { MouseEvent } from 'react';
import { formatCalendarDate, formatDay } from '../../lib/dates';
import { cx } from '../../lib/cx';
import { personDetail } from '../capture/case-directory';
import { ContactTypeName } from '../contact-types/ContactTypeName';
import { Snippet } from './Snippet';
import type { SearchOption } from './search-options';

interface SearchResultsListProps {
  id: string;
  options: readonly SearchOption[];
  active: number;
  optionId: (index: number) => string;
  onChoose: (option: SearchOption) => void;
}

/**
 * The results as a listbox owned by the search box (combobox pattern): focus stays in the box and
 * aria-activedescendant points at the current option. Groups "Cases", "People" and "Notes" are labelled.
 */
export function SearchResultsList({ id, options, active, optionId, onChoose }: SearchResultsListProps) {
  const cases = options.filter((o) => o.kind === 'case');
  const people = options.filter((o) => o.kind === 'person');
  const notes = options.filter((o) => o.kind === 'note');
  // Clicking an option must not move focus out of the search box first.
  const keepFocus = (event: MouseEvent) => event.preventDefault();
  const render = (option: SearchOption) => {
    const index = options.indexOf(option);
    return (
      <div
        key={optionKey(option)}
        id={optionId(index)}
        role="option"
        aria-selected={index === active}
        className={cx('search-option', index === active && 'search-option--active')}
        onMouseDown={keepFocus}
        onClick={() => onChoose(option)}
      >
        {option.kind === 'case' ? <CaseOption option={option} /> : null}
        {option.kind === 'person' ? <PersonOption option={option} /> : null}
        {option.kind === 'note' ? <NoteOption option={option} /> : null}
      </div>
    );
  };
  return (
    <div id={id} role="listbox" aria-label="Search results" className="search-results">
      {cases.length > 0 ? (
        <div role="group" aria-labelledby={`${id}-cases`}>
          <div id={`${id}-cases`} role="presentation" className="search-results__group">
            Cases
          </div>
          {cases.map(render)}
        </div>
      ) : null}
      {people.length > 0 ? (
        <div role="group" aria-labelledby={`${id}-people`}>
          <div id={`${id}-people`} role="presentation" className="search-results__group">
            People
          </div>
          {people.map(render)}
        </div>
      ) : null}
      {notes.length > 0 ? (
        <div role="group" aria-labelledby={`${id}-notes`}>
          <div id={`${id}-notes`} role="presentation" className="search-results__group">
            Notes
          </div>
          {notes.map(render)}
        </div>
      ) : null}
    </div>
  );
}

function optionKey(option: SearchOption): string {
  if (option.kind === 'case') return `c-${option.hit.caseId}`;
  if (option.kind === 'person') return `p-${option.hit.id}`;
  return `n-${option.hit.noteId}`;
}

function PersonOption({ option }: { option: Extract<SearchOption, { kind: 'person' }> }) {
  const details = personDetail(option.hit) || 'Not linked to a child yet';
  return (
    <>
      <span className="search-option__title">{option.hit.fullName}</span>
      <span className="search-option__meta"> {details}</span>
    </>
  );
}

function CaseOption({ option }: { option: Extract<SearchOption, { kind: 'case' }> }) {
  const { childName, caseReference, dateOfBirth } = option.hit;
  const details = [caseReference, dateOfBirth ? `born ${formatCalendarDate(dateOfBirth)}` : null].filter(Boolean).join(' · ');
  return (
    <>
      <span className="search-option__title">{childName}</span>
      {details ? <span className="search-option__meta"> {details}</span> : null}
    </>
  );
}

function NoteOption({ option }: { option: Extract<SearchOption, { kind: 'note' }> }) {
  const { occurredAt, contactType, significant, children, snippet } = option.hit;
  const about = children.length > 0 ? children.map((c) => c.childName).join(', ') : 'Inbox (not filed)';
  return (
    <>
      <span className="search-option__title">
        {formatDay(occurredAt)}
        {contactType ? <> · <ContactTypeName id={contactType} /></> : null} · {about}
        {significant ? <span className="search-option__significant"> · Significant</span> : null}
      </span>
      <span className="search-option__snippet">
        <Snippet text={snippet} />
      </span>
    </>
  );
}
