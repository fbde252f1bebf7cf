/**
 * "Mark as third party" in the builder (button, or Ctrl/Cmd+Shift+M): the words selected in the
 * field last used — a detail, a section, a visit's detail, a chronology entry — are wrapped in {{ }}
 * with markThirdParty, the rule main redacts by. The marked words stay selected afterwards. The
 * pack's text changes, never a note's.
 */
import { useLayoutEffect, useRef, type FocusEvent, type KeyboardEvent } from 'react';
import { markThirdParty } from '../../../preload/contract/third-party';
import { isMarkThirdPartyKey } from '../../lib/shortcut-keys';
import { parseFieldId, type FieldRef } from './pack-fields';

type TextControl = HTMLInputElement | HTMLTextAreaElement;

const MARKED = /\{\{[\s\S]*?\}\}/gu;

function overlapsMarked(text: string, start: number, end: number): boolean {
  return [...text.matchAll(MARKED)].some((m) => start < m.index + m[0].length && end > m.index);
}

export function useMarkThirdParty(setField: (ref: FieldRef, value: string) => void, announce: (text: string) => void) {
  const lastField = useRef<TextControl | null>(null);
  const pending = useRef<{ id: string; start: number; end: number } | null>(null);

  useLayoutEffect(() => {
    const selection = pending.current;
    if (!selection) return;
    pending.current = null;
    const control = document.getElementById(selection.id) as TextControl | null;
    control?.focus();
    control?.setSelectionRange(selection.start, selection.end);
  });

  const onFocusCapture = (event: FocusEvent<HTMLElement>) => {
    const target = event.target;
    if ((target instanceof HTMLTextAreaElement || target instanceof HTMLInputElement) && parseFieldId(target.id)) {
      lastField.current = target;
    }
  };

  const mark = () => {
    const control = lastField.current;
    const ref = control?.isConnected ? parseFieldId(control.id) : null;
    if (!control || !ref) {
      announce('Select the words about someone else in the pack first, then mark them as third party.');
      return;
    }
    const start = control.selectionStart ?? 0;
    const end = control.selectionEnd ?? 0;
    if (start === end) {
      announce('Select the words about someone else first, then mark them as third party.');
      control.focus();
      return;
    }
    if (overlapsMarked(control.value, start, end)) {
      announce('Some of those words are already marked as third party.');
      control.focus();
      return;
    }
    const marked = markThirdParty(control.value, start, end);
    setField(ref, marked.text);
    pending.current = { id: control.id, start: marked.start, end: marked.end };
    announce('Marked as third-party information');
  };

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (!isMarkThirdPartyKey(event)) return;
    event.preventDefault();
    mark();
  };

  return { mark, onFocusCapture, onKeyDown };
}
