/**
 * The word being typed, as FTS5 query text. An FTS5 prefix query ("scho"*) merges the doclists of
 * every word starting with it in full before returning a row: ~25 ms at 1 M notes when one of them is
 * a common word, whatever the LIMIT. So the prefix is first expanded into the whole words that start
 * with it (search_terms, a B-tree range: microseconds), and those are ORed: FTS5 then streams the
 * newest matches and stops at the candidate limit. Only when very many words share the prefix, or the
 * list knows none (it is built by the same tokenizer, so that means no note has one), does the plain
 * prefix query run.
 */
import type { StoreDatabase } from '../store/open-store';
import { quoted } from './query-terms';

/** Up to this many whole words are ORed; beyond it, the FTS5 prefix query is cheaper than the OR. */
export const MAX_EXPANSIONS = 48;

/** Sorts after every string that starts with the prefix (BINARY collation compares UTF-8 bytes). */
const AFTER_EVERYTHING = '\u{10FFFF}';

export class WordExpansion {
  private readonly startingWith;

  constructor(db: StoreDatabase) {
    this.startingWith = db
      .prepare<[string, string, number], string>('SELECT term FROM search_terms WHERE term >= ? AND term < ? ORDER BY term LIMIT ?')
      .pluck();
  }

  /** FTS5 text matching any word that starts with `prefix`. */
  expand(prefix: string): string {
    const words = this.startingWith.all(prefix, prefix + AFTER_EVERYTHING, MAX_EXPANSIONS + 1);
    if (words.length === 0 || words.length > MAX_EXPANSIONS) return `${quoted(prefix)}*`;
    return words.length === 1 ? quoted(words[0]!) : `(${words.map(quoted).join(' OR ')})`;
  }
}
