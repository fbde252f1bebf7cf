/**
 * The timeline's notes, virtualised: only the notes in view (and a few either side) are in the page,
 * so 10,000+ notes scroll smoothly. Rows have their real heights (measured as they render).
 *
 * Keyboard: the list is one tab stop (roving tabindex). Up/Down move a note at a time, Page Up/Down
 * a few, Home/End to the ends; Tab goes on to the current note's Amend and History buttons. Each row
 * says its place in the whole list (aria-posinset/setsize), as only some rows exist at a time.
 */
import { useVirtualizer, type Virtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { Note } from '../../../preload/contract/channels';
import { cx } from '../../lib/cx';
import { useCssVariable } from './css-var';

interface VirtualNoteListProps {
  notes: readonly Note[];
  labelledBy: string;
  /** Bring this note into view and focus it (changes to a new id each time it is asked for). */
  focusNoteId: string | null;
  /** Raised to bring the same note into focus again (asked for twice from the Due panel). */
  focusSerial?: number;
  /** The note shown as the one asked for (e.g. opened from search). */
  highlightNoteId: string | null;
  renderNote: (note: Note, tabbable: boolean) => ReactNode;
}

const PAGE = 5;

export function VirtualNoteList({ notes, labelledBy, focusNoteId, focusSerial = 0, highlightNoteId, renderNote }: VirtualNoteListProps) {
  const viewportRef = useRef<HTMLDivElement>(null);
  const listRef = useRef<HTMLOListElement>(null);
  const [active, setActive] = useState(0);
  // Focus waits until the row exists: scrolling to a far note renders it a frame later.
  const pendingFocus = useRef<string | null>(null);

  const virtualizer = useVirtualizer({
    count: notes.length,
    getScrollElement: () => viewportRef.current,
    estimateSize: () => 150,
    overscan: 6,
    getItemKey: (index) => notes[index]?.id ?? index,
  });

  const activeIndex = Math.min(active, Math.max(0, notes.length - 1));
  useCssVariable(listRef, '--timeline-total', `${virtualizer.getTotalSize()}px`);

  const moveTo = useCallback(
    (index: number) => {
      const target = notes[index];
      if (!target) return;
      setActive(index);
      pendingFocus.current = target.id;
      virtualizer.scrollToIndex(index, { align: 'auto' });
    },
    [notes, virtualizer],
  );

  // Focuses the row waiting for focus, if it is rendered yet.
  const focusPendingRow = useCallback(() => {
    const id = pendingFocus.current;
    if (!id) return;
    const row = listRef.current?.querySelector<HTMLElement>(`[data-note-id="${CSS.escape(id)}"]`);
    if (row) {
      pendingFocus.current = null;
      row.focus({ preventScroll: true });
    }
  }, []);

  // Once per request: a reload (after an amendment, say) must not pull the view back to the note.
  const focusedFor = useRef<string | null>(null);
  useEffect(() => {
    const request = `${focusNoteId}#${focusSerial}`;
    if (!focusNoteId || focusedFor.current === request) return;
    const index = notes.findIndex((n) => n.id === focusNoteId);
    if (index < 0) return;
    focusedFor.current = request;
    setActive(index);
    pendingFocus.current = focusNoteId;
    virtualizer.scrollToIndex(index, { align: 'start' });
    // A row already on screen is focused now: asked for again, nothing else may render.
    focusPendingRow();
  }, [focusNoteId, focusSerial, notes, virtualizer, focusPendingRow]);

  // After every render: a far row scrolled to exists a frame later.
  useLayoutEffect(focusPendingRow);

  const onKeyDown = (event: KeyboardEvent<HTMLOListElement>) => {
    // Only when a row itself has focus: its buttons keep their keys.
    if (!(event.target instanceof HTMLElement) || !event.target.dataset.noteId) return;
    const last = notes.length - 1;
    const next: Record<string, number> = {
      ArrowDown: activeIndex + 1,
      ArrowUp: activeIndex - 1,
      PageDown: activeIndex + PAGE,
      PageUp: activeIndex - PAGE,
      Home: 0,
      End: last,
    };
    const to = next[event.key];
    if (to === undefined) return;
    event.preventDefault();
    moveTo(Math.max(0, Math.min(last, to)));
  };

  return (
    <div ref={viewportRef} className="timeline__viewport">
      <ol ref={listRef} className="timeline__list" aria-labelledby={labelledBy} onKeyDown={onKeyDown}>
        {virtualizer.getVirtualItems().map((item) => {
          const note = notes[item.index]!;
          return (
            <VirtualRow
              key={item.key}
              virtualizer={virtualizer}
              index={item.index}
              start={item.start}
              note={note}
              count={notes.length}
              tabbable={item.index === activeIndex}
              highlighted={note.id === highlightNoteId}
              onFocused={setActive}
            >
              {renderNote(note, item.index === activeIndex)}
            </VirtualRow>
          );
        })}
      </ol>
    </div>
  );
}

interface VirtualRowProps {
  virtualizer: Virtualizer<HTMLDivElement, Element>;
  index: number;
  start: number;
  note: Note;
  count: number;
  tabbable: boolean;
  highlighted: boolean;
  onFocused: (index: number) => void;
  children: ReactNode;
}

function VirtualRow({ virtualizer, index, start, note, count, tabbable, highlighted, onFocused, children }: VirtualRowProps) {
  const ref = useRef<HTMLLIElement | null>(null);
  useCssVariable(ref, '--timeline-row-start', `${start}px`);
  const measure = useCallback(
    (element: HTMLLIElement | null) => {
      ref.current = element;
      if (element) virtualizer.measureElement(element);
    },
    [virtualizer],
  );
  return (
    <li
      ref={measure}
      data-index={index}
      data-note-id={note.id}
      className={cx('timeline__row', highlighted && 'timeline__row--highlight')}
      tabIndex={tabbable ? 0 : -1}
      aria-posinset={index + 1}
      aria-setsize={count}
      onFocus={() => onFocused(index)}
    >
      {children}
    </li>
  );
}
