/**
 * "File to…": choose the children an inbox note is about, in a keystroke or two. The first match is
 * highlighted as soon as the picker opens, so Enter alone files to it; typing narrows the list.
 * Shift+Enter adds the highlighted child and keeps the picker open for another (a family visit);
 * Enter files to every child added plus the highlighted one. Escape cancels.
 * The button always says exactly whom the note will be filed to.
 */
import { useRef, useState, type KeyboardEvent } from 'react';
import { cx } from '../../lib/cx';
import { Button } from '../../ui/Button';
import { useFocusOnOpen } from '../../ui/useFocusOnOpen';
import { filterChildren, type ChildRef } from '../capture/mention-match';
import { joinNames } from './join-names';

interface FilePickerProps {
  idPrefix: string;
  children: readonly ChildRef[];
  /** Files the note; resolves to an error message, or null when filed. */
  onFile: (caseIds: string[]) => Promise<string | null>;
  onCancel: () => void;
}

export function FilePicker({ idPrefix, children, onFile, onCancel }: FilePickerProps) {
  const [query, setQuery] = useState('');
  const [chosen, setChosen] = useState<string[]>([]);
  const [highlight, setHighlight] = useState<{ query: string; index: number }>({ query: '', index: 0 });
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);

  useFocusOnOpen(inputRef);

  const options = filterChildren(children, query, 10);
  // A new filter highlights its first match again.
  const index = highlight.query === query ? Math.min(highlight.index, options.length - 1) : options.length > 0 ? 0 : -1;
  const highlighted = index >= 0 ? options[index] : undefined;
  const targets = [...chosen];
  if (highlighted && !targets.includes(highlighted.caseId)) targets.push(highlighted.caseId);
  const nameOf = (caseId: string) => children.find((c) => c.caseId === caseId)?.childName ?? 'a child';

  const ids = { input: `${idPrefix}-find`, hint: `${idPrefix}-hint`, listbox: `${idPrefix}-children` };
  const optionId = (child: ChildRef) => `${idPrefix}-child-${child.caseId}`;
  const isChosen = (caseId: string) => chosen.includes(caseId);

  const toggle = (caseId: string) =>
    setChosen((current) => (current.includes(caseId) ? current.filter((c) => c !== caseId) : [...current, caseId]));

  const file = async () => {
    if (busy) return;
    if (targets.length === 0) {
      setError('Choose a child to file the note to.');
      return;
    }
    setBusy(true);
    const problem = await onFile(targets);
    setBusy(false);
    if (problem) setError(problem);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const count = options.length;
    if (event.key === 'ArrowDown' && count > 0) setHighlight({ query, index: (index + 1) % count });
    else if (event.key === 'ArrowUp' && count > 0) setHighlight({ query, index: (index - 1 + count) % count });
    else if (event.key === 'Enter' && event.shiftKey) {
      if (highlighted) toggle(highlighted.caseId);
      setQuery('');
    } else if (event.key === 'Enter') void file();
    else if (event.key === 'Escape') {
      event.stopPropagation();
      onCancel();
    } else return;
    event.preventDefault();
  };

  return (
    <div className="file-picker" role="group" aria-label="File to">
      <label htmlFor={ids.input} className="field__label">
        Find a child
      </label>
      <p id={ids.hint} className="field__hint">
        <kbd>Enter</kbd> files the note. <kbd>Shift+Enter</kbd> adds another child. <kbd>Esc</kbd> cancels.
      </p>
      <input
        ref={inputRef}
        id={ids.input}
        className="input input--m"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={options.length > 0}
        aria-controls={options.length > 0 ? ids.listbox : undefined}
        aria-activedescendant={highlighted ? optionId(highlighted) : undefined}
        aria-describedby={ids.hint}
        autoComplete="off"
        spellCheck={false}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setError(null);
        }}
        onKeyDown={onKeyDown}
      />
      {options.length > 0 ? (
        <ul id={ids.listbox} role="listbox" aria-label="Children" aria-multiselectable="true" className="pick-list">
          {options.map((child, i) => (
            <li
              key={child.caseId}
              id={optionId(child)}
              role="option"
              aria-selected={isChosen(child.caseId)}
              className={cx('pick-list__option', i === index && 'pick-list__option--active')}
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => {
                setHighlight({ query, index: isChosen(child.caseId) ? -1 : i });
                toggle(child.caseId);
              }}
            >
              <span className="pick-list__tick" aria-hidden="true">
                {isChosen(child.caseId) ? '✓' : ''}
              </span>
              {child.childName}
            </li>
          ))}
        </ul>
      ) : (
        <p className="body muted">{children.length === 0 ? 'You have no cases yet.' : `No child matches “${query}”.`}</p>
      )}
      {error ? (
        <p className="field__error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="button-group file-picker__actions">
        <Button unavailable={busy} onClick={() => void file()}>
          {targets.length > 0 ? `File to ${joinNames(targets.map(nameOf))}` : 'File'}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </div>
  );
}
