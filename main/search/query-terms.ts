/**
 * Turns what the practitioner typed into search words, and words into FTS5 query text. User input is
 * never passed to FTS5 as syntax: it is split into words the way the index's unicode61 tokenizer splits
 * text (letters and digits; everything else separates) and each word is quoted on its own. So `"`,
 * `*`, `AND`, `NEAR(`, `-` and `:` are searched as text or act as separators, never as operators.
 */

/** Letters, digits and private-use characters: what unicode61 keeps in a token by default. */
const WORD = /[\p{L}\p{N}\p{Co}]+/gu;

/** More words than this add nothing a person means, and each costs a doclist. */
export const MAX_WORDS = 8;

/**
 * The last word matches as the start of a word (the practitioner is still typing it) from this many
 * characters; shorter, it matches whole words only ("at" is a word; "at…" is half the dictionary).
 */
export const MIN_PREFIX_CHARACTERS = 3;

export interface QueryTerms {
  /** Distinct words in the order typed, folded as the index folds them (lower case, no accents). */
  words: string[];
  /** Whether the last word is matched as the start of a word. */
  prefixLast: boolean;
}

/** Lower case without accents, as unicode61 with remove_diacritics folds ("Zoë" → "zoe"). */
export function fold(text: string): string {
  // Decomposing and dropping combining marks is only needed (and only paid for) outside ASCII.
  const lower = text.toLowerCase();
  return /[^\u0000-\u007f]/u.test(lower) ? lower.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC') : lower;
}

export function queryTerms(text: string): QueryTerms {
  const words: string[] = [];
  for (const [word] of fold(text).matchAll(WORD)) {
    // A repeated word is kept once, in its last place (the last word may be the start of a longer one).
    const at = words.indexOf(word);
    if (at >= 0) words.splice(at, 1);
    words.push(word);
  }
  const kept = words.slice(-MAX_WORDS);
  const last = kept.at(-1);
  return { words: kept, prefixLast: last !== undefined && [...last].length >= MIN_PREFIX_CHARACTERS };
}

/** A word as an FTS5 string. Words hold no quotes (see WORD); quoting makes keywords literal. */
export function quoted(word: string): string {
  return `"${word}"`;
}

/** Filter tokens, as migration 0003 writes them into notes.search_meta (hex of the UTF-8 text). */
export function metaToken(kind: 'case' | 'type', value: string): string {
  return `${kind === 'case' ? 'c' : 't'}${Buffer.from(value, 'utf8').toString('hex')}`;
}
