/**
 * What a note's chronology entry says until the practitioner words it themselves: the note's first
 * sentence as the event (a chronology entry is succinct; the note is the full record), and the note
 * as the source. Third-party markers ({{…}}) are kept, and never cut open: a passage that is marked
 * in the note stays marked in the chronology, so family exports still redact it.
 */

/** Longest default wording; longer first sentences are cut at a word, with "…". */
export const MAX_DEFAULT_EVENT = 200;

// Mirrors preload/contract/third-party.ts (MARKED): same shortest match, so spans agree with redaction.
const MARKED = /\{\{[\s\S]*?\}\}/gu;
// Quick-note structure that the chips already turned into data: a standalone '!' (significant) and
// #tags (contact type, #sig). They read as noise in a court chronology. Same shapes as the composer's
// scanners (renderer/features/capture/scan-tokens.ts).
const BANG = /(?<!\S)!+(?!\S)/gu;
const TAG = /(?<![\p{L}\p{M}\p{N}_&#/])#\p{L}[\p{L}\p{M}\p{N}_-]*/gu;
// Words that end in a full stop without ending a sentence ("Dr. Patel", "PC J. Smith").
const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'mx', 'dr', 'st', 'prof', 'rev', 'sgt', 'insp', 'cllr', 'approx', 'tel', 'ref']);
const CLOSERS = new Set(['"', "'", '”', '’', ')', ']']);

interface Span {
  start: number;
  end: number;
}

function markerSpans(text: string): Span[] {
  return [...text.matchAll(MARKED)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

const collapse = (text: string) => text.replace(/\s+/gu, ' ').trim();

function endsAbbreviation(text: string, dot: number): boolean {
  const word = /[\p{L}]+$/u.exec(text.slice(0, dot))?.[0] ?? '';
  return word.length === 1 || ABBREVIATIONS.has(word.toLowerCase());
}

/** Where the first sentence ends: a full stop, ! or ? before a space (outside markers), or a line break. */
function firstSentenceEnd(text: string): number {
  const spans = markerSpans(text);
  const inside = (i: number) => spans.some((s) => i >= s.start && i < s.end);
  for (let i = 0; i < text.length; i++) {
    if (inside(i)) continue;
    const c = text[i]!;
    if (c === '\n') return i;
    if (c !== '.' && c !== '!' && c !== '?') continue;
    let j = i + 1;
    while (j < text.length && CLOSERS.has(text[j]!)) j++;
    if (j < text.length && !/\s/u.test(text[j]!)) continue;
    if (c === '.' && endsAbbreviation(text, i)) continue;
    return j;
  }
  return text.length;
}

/** Cut at a word at most `max` characters in, with "…"; a marker cut through is closed again. */
function cutAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const space = text.lastIndexOf(' ', max);
  let cut = space > 0 ? space : max;
  const span = markerSpans(text).find((s) => cut > s.start && cut < s.end);
  if (span && cut < span.start + 2) cut = span.start;
  else if (span && cut > span.end - 2) cut = span.end;
  else if (span) return `${text.slice(0, cut).trimEnd()}…}}`;
  return `${text.slice(0, cut).trimEnd()}…`;
}

export function defaultEvent(body: string): string {
  const text = body.replace(BANG, '').replace(TAG, '').trimStart();
  const sentence = collapse(text.slice(0, firstSentenceEnd(text)));
  // A note that is nothing but structure ("! #visit") still says something.
  return cutAtWord(sentence || collapse(body), MAX_DEFAULT_EVENT);
}

/** "Home visit" for an unlisted "home-visit" (the team's list names the listed ones). */
export function contactTypeLabelFromId(id: string): string {
  const words = id.replace(/-/gu, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** "Case note (Home visit), Sam Okafor": the record it came from, and who wrote it. */
export function defaultSource(contactTypeLabel: string | null, author: string | null): string {
  const what = contactTypeLabel ? `Case note (${contactTypeLabel})` : 'Case note';
  return author ? `${what}, ${author}` : what;
}
