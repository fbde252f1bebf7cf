import { SNIPPET_MARK_END, SNIPPET_MARK_START } from '../../../preload/contract/limits';

export type SnippetPart = { marked: boolean; text: string };

/**
 * Splits a search snippet on its mark characters (control characters no note can contain), so the
 * matched words can be wrapped in <mark> as React elements: the text is never parsed as HTML.
 */
export function snippetParts(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  const [first, ...rest] = snippet.split(SNIPPET_MARK_START);
  if (first) parts.push({ marked: false, text: first });
  for (const piece of rest) {
    const end = piece.indexOf(SNIPPET_MARK_END);
    const marked = end < 0 ? piece : piece.slice(0, end);
    const after = end < 0 ? '' : piece.slice(end + 1);
    if (marked) parts.push({ marked: true, text: marked });
    if (after) parts.push({ marked: false, text: after.split(SNIPPET_MARK_END).join('') });
  }
  return parts;
}
