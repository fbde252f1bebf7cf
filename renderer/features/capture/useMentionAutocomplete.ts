/**
 * The @name autocomplete (ARIA combobox pattern on the note box): while the caret is in a mention, a
 * listbox offers matching children. ArrowUp/ArrowDown move, Enter or Tab picks, Escape closes it for
 * that mention (Escape never leaves the note box while the list is open).
 */
import { useEffect, useState, type KeyboardEvent } from 'react';
import type { ParsedNote } from './parse-note';
import { activeMention, insertName, type ActiveMention, type TextEdit } from './mention-edit';
import { filterChildren, type ChildRef } from './mention-match';

export interface MentionAutocomplete {
  open: boolean;
  options: readonly ChildRef[];
  activeIndex: number;
  listboxId: string;
  optionId: (child: ChildRef) => string;
  /** Handles the key if the list is open; returns true when it did. */
  onKeyDown: (event: KeyboardEvent) => boolean;
  pick: (child: ChildRef) => void;
  setActiveIndex: (index: number) => void;
}

const mentionKey = (m: ActiveMention | null): string | null => (m ? `${m.start}:${m.query}` : null);

export function useMentionAutocomplete(
  idPrefix: string,
  body: string,
  caret: number | null,
  parsed: ParsedNote,
  children: readonly ChildRef[],
  onPick: (edit: TextEdit, child: ChildRef) => void,
): MentionAutocomplete {
  const mention = caret === null ? null : activeMention(body, caret, parsed);
  const key = mentionKey(mention);
  const [closedFor, setClosedFor] = useState<string | null>(null);
  // Escape closes the list for this mention only: once the caret leaves it, a new '@' opens it again.
  useEffect(() => {
    if (key === null) setClosedFor(null);
  }, [key]);
  // The highlighted option belongs to one query: a new query starts again at the top.
  const [highlight, setHighlight] = useState<{ key: string | null; index: number }>({ key: null, index: 0 });

  const options = mention ? filterChildren(children, mention.query) : [];
  const open = mention !== null && key !== closedFor && options.length > 0;
  const activeIndex = highlight.key === key ? Math.min(highlight.index, Math.max(0, options.length - 1)) : 0;
  const listboxId = `${idPrefix}-children`;

  const pick = (child: ChildRef) => {
    if (!mention) return;
    onPick(insertName(body, mention.start, mention.end, child.childName), child);
  };

  const setActiveIndex = (index: number) => setHighlight({ key, index });

  const onKeyDown = (event: KeyboardEvent): boolean => {
    if (!open || event.altKey || event.ctrlKey || event.metaKey) return false;
    const count = options.length;
    switch (event.key) {
      case 'ArrowDown':
        setActiveIndex((activeIndex + 1) % count);
        break;
      case 'ArrowUp':
        setActiveIndex((activeIndex - 1 + count) % count);
        break;
      case 'Enter':
      case 'Tab': {
        if (event.shiftKey) return false;
        const child = options[activeIndex];
        if (child) pick(child);
        break;
      }
      case 'Escape':
        setClosedFor(key);
        event.stopPropagation(); // the list closes; a dialog around the note box stays open
        break;
      default:
        return false;
    }
    event.preventDefault();
    return true;
  };

  return {
    open,
    options,
    activeIndex,
    listboxId,
    optionId: (child) => `${listboxId}-${child.caseId}`,
    onKeyDown,
    pick,
    setActiveIndex,
  };
}
