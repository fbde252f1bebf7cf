/**
 * Okapi BM25 over the candidate notes, computed here rather than by FTS5's bm25(): that function
 * first counts every note containing each word across the whole index (~20 ms per common word at
 * 1 M notes, before ranking anything). Here term frequency comes from the candidates' text (read
 * anyway), document frequency from a capped probe per word (see NoteSearch), and length is measured
 * in characters, which ranks the same way as words for prose.
 */
import { fold } from './query-terms';

const K1 = 1.2;
const B = 0.75;

export interface RankedWord {
  word: string;
  /** Count occurrences that start with the word (the word being typed) rather than whole words. */
  prefix: boolean;
  /** Inverse document frequency (1 for every word if the query has one word: it cannot change the order). */
  idf: number;
}

export function inverseDocumentFrequency(notes: number, withWord: number): number {
  return Math.log(1 + (notes - withWord + 0.5) / (withWord + 0.5));
}

/** Letters and digits (and private use) are word characters, as in the index's tokenizer. */
const WORD_CHARACTER = /[\p{L}\p{N}\p{Co}]/u;
function isWordCharacter(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (Number.isNaN(code)) return false;
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
  return WORD_CHARACTER.test(String.fromCodePoint(text.codePointAt(at)!));
}

/** How often the word occurs in already-folded text: as a whole word, or as the start of one. */
export function occurrences(text: string, word: string, prefix: boolean): number {
  let count = 0;
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) {
    if (at > 0 && isWordCharacter(text, at - 1)) continue;
    if (!prefix && isWordCharacter(text, at + word.length)) continue;
    count++;
  }
  return count;
}

/** BM25 score of each text (higher is better), in the order given. */
export function scores(texts: readonly string[], words: readonly RankedWord[]): number[] {
  if (texts.length === 0) return [];
  const average = texts.reduce((sum, t) => sum + t.length, 0) / texts.length;
  return texts.map((text) => {
    const folded = fold(text);
    const norm = K1 * (1 - B + (B * text.length) / average);
    let score = 0;
    for (const { word, prefix, idf } of words) {
      const tf = occurrences(folded, word, prefix);
      score += (idf * tf * (K1 + 1)) / (tf + norm);
    }
    return score;
  });
}
