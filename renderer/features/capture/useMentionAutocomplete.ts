/**
 * The @name autocomplete (ARIA combobox pattern on the note box): while the caret is in a mention, a
 * listbox offers matching children and people, and "add as a new person". ArrowUp/ArrowDown move,
 * Enter or Tab picks, Escape closes it for that mention (Escape never leaves the note box while the
 * list is open).
 */
import { useEffect, useState, type KeyboardEvent } from 'react';
import type { ParsedNote } from './parse-note';
import { activeMention, insertName, type ActiveMention, type TextEdit } from './mention-edit';
import type { ChildRef } from './mention-match';
import { mentionOptions, type MentionOption, type PersonRef } from './mention-options';

export interface MentionAutocomplete {
  open: boolean;
  options: readonly MentionOption[];
  activeIndex: number;
  listboxId: string;
  optionId: (option: MentionOption) => string;
  /** Handles the key if the list is open; returns true when it did. */
  onKeyDown: (event: KeyboardEvent) => boolean;
  pick: (option: MentionOption) => void;
  setActiveIndex: (index: number) => void;
}

const mentionKey = (m: ActiveMention | null): string | null => (m ? `${m.start}:${m.query}` : null);

export function useMentionAutocomplete(
  idPrefix: string,
  body: string,
  caret: number | null,
  parsed: ParsedNote,
  children: readonly ChildRef[],
  people: readonly PersonRef[],
  /** A child or person was picked: the edit puts their name in place of the mention. */
  onPick: (edit: TextEdit, option: MentionOption) => void,
  /** "Add as a new person" was picked: the mention spans [start, end) until the person exists. */
  onNewPerson: (name: string, start: number, end: number) => void,
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

  const options = mention ? mentionOptions(children, people, mention.query) : [];
  const open = mention !== null && key !== closedFor && options.length > 0;
  const activeIndex = highlight.key === key ? Math.min(highlight.index, Math.max(0, options.length - 1)) : 0;
  const listboxId = `${idPrefix}-mentions`;

  const pick = (option: MentionOption) => {
    if (!mention) return;
    if (option.kind === 'new-person') onNewPerson(option.name, mention.start, mention.end);
    else onPick(insertName(body, mention.start, mention.end, option.name), option);
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
        const option = options[activeIndex];
        if (option) pick(option);
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
    optionId: (option) => `${listboxId}-${option.key}`,
    onKeyDown,
    pick,
    setActiveIndex,
  };
}
