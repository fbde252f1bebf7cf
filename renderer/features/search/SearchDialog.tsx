/**
 * Search (Ctrl/Cmd+K, mounted by the shell): a modal with one search box that searches as the
 * practitioner types, children's cases and notes in one list. Combobox pattern: focus stays in the
 * box; Up/Down move through the results, Enter opens one, Escape closes.
 */
import './search.css';
import { useCallback, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { LiveStatus } from '../../ui/LiveStatus';
import { Modal } from '../../ui/Modal';
import { useStatus } from '../../ui/useStatus';
import { useFocusOnOpen } from '../../ui/useFocusOnOpen';
import { NO_SEARCH_FILTER, type SearchFilter } from './search-filter';
import { resultsSummary, searchOptions, type SearchOption } from './search-options';
import { SearchFilters } from './SearchFilters';
import { SearchResultsList } from './SearchResultsList';
import { useSearch } from './useSearch';

export interface SearchDialogProps {
  open: boolean;
  onClose: () => void;
  /** Open a result: the note on its child's timeline (caseId null: the note is in the inbox). */
  onOpenNote: (hit: { noteId: string; caseId: string | null }) => void;
  onOpenCase: (caseId: string) => void;
}

export function SearchDialog(props: SearchDialogProps) {
  // Mounted only while open, so every opening starts with an empty box and nothing is kept.
  return props.open ? <SearchPanel {...props} /> : null;
}

function SearchPanel({ onClose, onOpenNote, onOpenCase }: SearchDialogProps) {
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState('');
  const [filter, setFilter] = useState<SearchFilter>(NO_SEARCH_FILTER);
  const [active, setActive] = useState(-1);
  const search = useSearch(query, filter);
  const { status, announce, clear } = useStatus();

  const results = search.state === 'done' ? search.results : search.state === 'searching' ? search.previous : null;
  const options = useMemo(() => searchOptions(results), [results]);
  const listboxId = `${id}-results`;
  const optionId = useCallback((index: number) => `${id}-option-${index}`, [id]);

  useFocusOnOpen(inputRef);
  useEffect(() => setActive(-1), [results]);
  useEffect(() => {
    if (search.state === 'done') announce(resultsSummary(search.results));
    else if (search.state === 'failed') announce(search.message);
    else if (search.state === 'idle') clear();
  }, [search, announce, clear]);

  // Keep the current option in view as the arrows move through a long list.
  useEffect(() => {
    if (active >= 0) document.getElementById(optionId(active))?.scrollIntoView({ block: 'nearest' });
  }, [active, optionId]);

  const choose = (option: SearchOption) => {
    if (option.kind === 'case') {
      onOpenCase(option.hit.caseId);
      return;
    }
    if (option.kind === 'person') {
      // A person is seen on the case page of a child they are linked to (the family panel).
      const caseId = option.hit.links[0]?.caseId;
      if (caseId) onOpenCase(caseId);
      else announce(`${option.hit.fullName} is not linked to a child yet. Link them from a child's case page.`);
      return;
    }
    const children = option.hit.children;
    // Filtered to one child: open the note on that child's timeline; otherwise on the first child's.
    const caseId = children.find((c) => c.caseId === filter.caseId)?.caseId ?? children[0]?.caseId ?? null;
    onOpenNote({ noteId: option.hit.noteId, caseId });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' && options.length > 0) {
      event.preventDefault();
      setActive((a) => Math.min(options.length - 1, a + 1));
    } else if (event.key === 'ArrowUp' && options.length > 0) {
      event.preventDefault();
      setActive((a) => Math.max(0, a - 1));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const option = options[active >= 0 ? active : 0];
      if (option) choose(option);
    }
  };

  const expanded = options.length > 0;
  return (
    <Modal labelledBy={`${id}-title`} onEscape={onClose} className="search-dialog">
      <h2 id={`${id}-title`} className="modal__title">
        Search
      </h2>
      <div className="search-box">
        <label htmlFor={`${id}-input`} className="search-box__label">
          Search children and notes
        </label>
        <input
          ref={inputRef}
          id={`${id}-input`}
          type="search"
          role="combobox"
          className="input search-box__input"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          onKeyDown={onKeyDown}
          aria-expanded={expanded}
          aria-controls={listboxId}
          aria-autocomplete="list"
          aria-activedescendant={active >= 0 && active < options.length ? optionId(active) : undefined}
          aria-describedby={`${id}-hint`}
          autoComplete="off"
          spellCheck={false}
          maxLength={200}
        />
        <p id={`${id}-hint`} className="search-box__hint">
          Names, references or words from notes. Up and down arrows choose a result, Enter opens it.
        </p>
      </div>
      <SearchFilters filter={filter} onChange={setFilter} />
      <LiveStatus status={status} tone="info" className="search-status" />
      <SearchResultsList id={listboxId} options={options} active={active} optionId={optionId} onChoose={choose} />
    </Modal>
  );
}
