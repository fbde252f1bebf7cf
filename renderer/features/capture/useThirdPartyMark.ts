/**
 * "Mark as third party" in the note box: the selected words (about someone other than the child and
 * family) are wrapped in {{ }}, so an export for the family removes them. After marking, the same
 * words stay selected, so a slip is undone by reading what is selected, not by hunting for braces.
 */
import { useLayoutEffect, useRef, type RefObject } from 'react';
import { markThirdParty } from '../../../preload/contract/third-party';

export function useThirdPartyMark(
  textareaRef: RefObject<HTMLTextAreaElement | null>,
  currentBody: () => string,
  setBody: (body: string) => void,
  announce: (text: string) => void,
): () => void {
  const pendingSelection = useRef<[number, number] | null>(null);

  useLayoutEffect(() => {
    const selection = pendingSelection.current;
    if (!selection || !textareaRef.current) return;
    textareaRef.current.focus();
    textareaRef.current.setSelectionRange(selection[0], selection[1]);
    pendingSelection.current = null;
  });

  return () => {
    const box = textareaRef.current;
    if (!box) return;
    const { selectionStart: start, selectionEnd: end } = box;
    if (start === end) {
      announce('Select the words about someone else first, then mark them as third party.');
      box.focus();
      return;
    }
    const marked = markThirdParty(currentBody(), start, end);
    setBody(marked.text);
    pendingSelection.current = [marked.start, marked.end];
    announce('Marked as third-party information');
  };
}
