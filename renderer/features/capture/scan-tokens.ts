/**
 * The regex scanners behind the quick-note parser: @mentions, #tags, standalone '!' and quoted voice.
 * Each returns raw spans in document order; parse-note.ts decides what they mean and applies dismissals.
 * All are single linear passes (no nested quantifiers that can backtrack badly), so a 100 kB paste is fine.
 */
import { span, type Span } from './note-chips';

// Letters in any script plus combining marks: "Zoë" and "Zoe\u0308" (decomposed, as some keyboards and
// pasted text produce) are both one name.
const NAME_CHAR = String.raw`[\p{L}\p{M}\p{N}'’]`;

/**
 * '@' not glued to a preceding word or email local-part character (so `sam@council.gov.uk` is an email,
 * not a mention), then a name that starts with a letter (so `@3pm`, shorthand for "at 3pm", is left for
 * the date parser), optionally joined to further words by '-', '_' or '.' with no spaces.
 */
const MENTION = new RegExp(
  String.raw`(?<![\p{L}\p{M}\p{N}_.%+'’@-])@(\p{L}${NAME_CHAR}*(?:[-_.]${NAME_CHAR}+)*)`,
  'gu',
);
// A possessive or dangling apostrophe belongs to the sentence, not the name: "@Amira's room" mentions Amira.
const TRAILING_POSSESSIVE = /['’]s?$/u;

/** '#' not glued to a word (`C#`), an HTML entity (`&#`) or a URL fragment (`/#`); tags start with a letter. */
const TAG = /(?<![\p{L}\p{M}\p{N}_&#/])#(\p{L}[\p{L}\p{M}\p{N}_-]*)/gu;

/** One or more '!' standing alone between whitespace / the ends: "! Disclosure", not "Great!". */
const BANG = /(?<!\S)!+(?!\S)/gu;

/**
 * A double-quoted passage: straight or curly, and either mixed (autocorrect often curls only one end).
 * Run per paragraph, so a quote never spans a blank line and a stray quote in one paragraph cannot pair
 * with a quote in the next and swallow everything between.
 */
const QUOTED = /[“"]([^"“”]*)[”"]/gu;
const BLANK_LINE = /\n[ \t\r]*\n/gu;

export interface RawMention extends Span {
  query: string;
}

export function scanMentions(body: string): RawMention[] {
  const found: RawMention[] = [];
  for (const match of body.matchAll(MENTION)) {
    const start = match.index;
    const name = (match[1] ?? '').replace(TRAILING_POSSESSIVE, '');
    if (!name) continue;
    const end = start + 1 + name.length;
    found.push({ ...span(body, start, end), query: name.replace(/[-_.]+/gu, ' ') });
  }
  return found;
}

export interface RawTag extends Span {
  /** The tag as typed, without '#' and without trailing '-'/'_' (a tag still being typed). */
  name: string;
}

export function scanTags(body: string): RawTag[] {
  const found: RawTag[] = [];
  for (const match of body.matchAll(TAG)) {
    const name = (match[1] ?? '').replace(/[-_]+$/u, '');
    found.push({ ...span(body, match.index, match.index + 1 + name.length), name });
  }
  return found;
}

export function scanBangs(body: string): Span[] {
  return Array.from(body.matchAll(BANG), (m) => span(body, m.index, m.index + m[0].length));
}

/** Quoted passages of at least 2 non-blank characters; the spans exclude the quote marks. */
export function scanVoice(body: string): Span[] {
  const found: Span[] = [];
  let paragraphStart = 0;
  const scanParagraph = (end: number): void => {
    const paragraph = body.slice(paragraphStart, end);
    for (const match of paragraph.matchAll(QUOTED)) {
      const inner = match[1] ?? '';
      if (inner.trim().length < 2) continue;
      const start = paragraphStart + match.index + 1;
      found.push(span(body, start, start + inner.length));
    }
  };
  for (const blank of body.matchAll(BLANK_LINE)) {
    scanParagraph(blank.index);
    paragraphStart = blank.index + blank[0].length;
  }
  scanParagraph(body.length);
  return found;
}
