/**
 * Third-party information in any text (a note, a chronology entry, a pack section) is marked with
 * double braces: "Mum said {{her neighbour Mrs Green}} had called the police". One rule, shared by the
 * renderer (which highlights it) and main (which redacts it from family exports), so what the
 * practitioner sees marked is exactly what is removed. Zod-free: the renderer imports it.
 */

export const REDACTED_THIRD_PARTY = '[redacted – third party]';

export type TextPart = { thirdParty: false; text: string } | { thirdParty: true; text: string };

// Shortest match, across lines; an unclosed '{{' is ordinary text (nothing is hidden by accident).
const MARKED = /\{\{([\s\S]*?)\}\}/gu;

/** The text in order, each part marked or not. Empty markers ({{}}) are dropped. */
export function splitThirdParty(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let at = 0;
  for (const match of text.matchAll(MARKED)) {
    const start = match.index;
    if (start > at) parts.push({ thirdParty: false, text: text.slice(at, start) });
    if (match[1]!.length > 0) parts.push({ thirdParty: true, text: match[1]! });
    at = start + match[0].length;
  }
  if (at < text.length) parts.push({ thirdParty: false, text: text.slice(at) });
  return parts;
}

/** For families: every marked passage replaced by REDACTED_THIRD_PARTY. */
export function redactThirdParty(text: string): string {
  return splitThirdParty(text)
    .map((part) => (part.thirdParty ? REDACTED_THIRD_PARTY : part.text))
    .join('');
}

/** For professionals: the markers removed, the information kept. */
export function unmarkThirdParty(text: string): string {
  return splitThirdParty(text)
    .map((part) => part.text)
    .join('');
}

/** Wraps [start, end) of a text in markers (the composer's "mark as third party"). */
export function markThirdParty(text: string, start: number, end: number): { text: string; start: number; end: number } {
  const marked = `${text.slice(0, start)}{{${text.slice(start, end)}}}${text.slice(end)}`;
  return { text: marked, start: start + 2, end: end + 2 };
}
