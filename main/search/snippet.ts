/**
 * The extract shown under a search result: a window of the note's words around the best cluster of
 * matches, matched words wrapped in the contract's mark characters. Built here from the text the
 * ranking already read, rather than by FTS5's snippet(): with detail=column that re-reads and
 * re-tokenises each note through a fresh MATCH, and for common words 20 snippets took ~14 ms at 1 M
 * notes (measured; docs/benchmarks.md). Notes cannot contain the mark characters (the contract refuses
 * control characters), so the marks are unambiguous.
 */
import { SNIPPET_MARK_END, SNIPPET_MARK_START } from '../../preload/contract/limits';
import { fold } from './query-terms';

/** Words of context, as FTS5's snippet() counts them. */
export const SNIPPET_WORDS = 24;
/** Words kept before the first match, so it is read in context. */
const LEAD_IN = 4;

const WORD = /[\p{L}\p{N}\p{Co}]+/gu;

export interface SnippetWord {
  word: string;
  /** Matches the start of a word (the word being typed). */
  prefix: boolean;
}

interface Token {
  start: number;
  end: number;
  /** Index of the query word it matches, or -1. */
  match: number;
}

function tokens(text: string, words: readonly SnippetWord[]): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const folded = fold(m[0]);
    const match = words.findIndex((w) => (w.prefix ? folded.startsWith(w.word) : folded === w.word));
    out.push({ start: m.index, end: m.index + m[0].length, match });
  }
  return out;
}

/** The window with the most different query words, then the most matches; the earliest on a tie. */
function bestWindow(all: readonly Token[], size: number): number {
  if (all.length <= size) return 0;
  let best = 0;
  let bestScore = -1;
  for (let i = 0; i < all.length; i++) {
    if (all[i]!.match < 0) continue;
    const from = Math.max(0, Math.min(i - LEAD_IN, all.length - size));
    const window = all.slice(from, from + size).filter((t) => t.match >= 0);
    const score = new Set(window.map((t) => t.match)).size * 1_000 + window.length;
    if (score > bestScore) {
      bestScore = score;
      best = from;
    }
  }
  return best;
}

export function buildSnippet(text: string, words: readonly SnippetWord[], size = SNIPPET_WORDS): string {
  const all = tokens(text, words);
  if (all.length === 0) return text.slice(0, 200);
  const from = bestWindow(all, size);
  const to = Math.min(all.length, from + size);
  const begin = from === 0 ? 0 : all[from]!.start;
  const finish = to === all.length ? text.length : all[to - 1]!.end;
  let out = from === 0 ? '' : '…';
  let at = begin;
  for (let i = from; i < to; i++) {
    const t = all[i]!;
    out += text.slice(at, t.start);
    const word = text.slice(t.start, t.end);
    out += t.match >= 0 ? `${SNIPPET_MARK_START}${word}${SNIPPET_MARK_END}` : word;
    at = t.end;
  }
  out += text.slice(at, finish);
  // One line: the extract sits under a result's heading, where line breaks would only waste room.
  return out.replace(/\s+/gu, ' ') + (to === all.length ? '' : '…');
}
