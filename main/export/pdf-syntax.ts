/**
 * Just enough PDF syntax (ISO 32000-1, 7.2–7.3) to read a trailer and a document information
 * dictionary and to write a new one. A dictionary is read entry by entry with every value kept as its
 * raw text, so whatever the printer wrote (hex or literal strings, dates, references, arrays) is copied
 * back byte for byte without being interpreted. Not a general parser: no streams, no encryption.
 * The file is handled as a Latin-1 string, where one character is one byte, so offsets are byte offsets.
 */

export class PdfSyntaxError extends Error {}

const WHITESPACE = new Set(['\0', '\t', '\n', '\f', '\r', ' ']);
const DELIMITERS = new Set(['(', ')', '<', '>', '[', ']', '{', '}', '/', '%']);

const isRegular = (c: string | undefined): boolean => c !== undefined && !WHITESPACE.has(c) && !DELIMITERS.has(c);

/** The next position after whitespace and comments. */
export function skipSpace(text: string, at: number): number {
  let i = at;
  while (i < text.length) {
    if (WHITESPACE.has(text[i]!)) i++;
    else if (text[i] === '%') while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i++;
    else break;
  }
  return i;
}

/** The end of a run of regular characters (a number, a keyword, a name without its slash). */
export function regularEnd(text: string, at: number): number {
  let i = at;
  while (isRegular(text[i])) i++;
  return i;
}

/** The unsigned integer at `at` (after whitespace), and where it ends. */
export function readInteger(text: string, at: number): { value: number; end: number } {
  const start = skipSpace(text, at);
  const end = regularEnd(text, start);
  const token = text.slice(start, end);
  if (!/^\d+$/u.test(token)) throw new PdfSyntaxError(`Expected a number at byte ${start}.`);
  return { value: Number(token), end };
}

/** True when `keyword` is at `at` as a whole token (not the start of a longer one). */
export function keywordAt(text: string, at: number, keyword: string): boolean {
  return text.startsWith(keyword, at) && !isRegular(text[at + keyword.length]);
}

export interface PdfDictionary {
  /** Keys without the slash, values as raw PDF text, in file order. */
  entries: Map<string, string>;
  end: number;
}

/** Reads the dictionary starting at `at` (after whitespace). */
export function readDictionary(text: string, at: number): PdfDictionary {
  let i = skipSpace(text, at);
  if (!text.startsWith('<<', i)) throw new PdfSyntaxError(`Expected a dictionary at byte ${i}.`);
  i += 2;
  const entries = new Map<string, string>();
  for (;;) {
    i = skipSpace(text, i);
    if (text.startsWith('>>', i)) return { entries, end: i + 2 };
    if (text[i] !== '/') throw new PdfSyntaxError(`Expected a name at byte ${i}.`);
    const keyEnd = regularEnd(text, i + 1);
    const value = readValue(text, keyEnd);
    entries.set(text.slice(i + 1, keyEnd), value.raw);
    i = value.end;
  }
}

/** One value (with an indirect reference "12 0 R" read as one), as raw text. */
export function readValue(text: string, at: number): { raw: string; end: number } {
  const start = skipSpace(text, at);
  let end = valueEnd(text, start);
  if (/^\d+$/u.test(text.slice(start, end))) {
    const reference = /^\s+\d+\s+R/u.exec(text.slice(end, end + 32));
    if (reference && !isRegular(text[end + reference[0].length])) end += reference[0].length;
  }
  return { raw: text.slice(start, end), end };
}

function valueEnd(text: string, at: number): number {
  const c = text[at];
  if (c === undefined) throw new PdfSyntaxError('Unexpected end of the PDF.');
  if (c === '(') return literalStringEnd(text, at);
  if (c === '<') return text[at + 1] === '<' ? readDictionary(text, at).end : hexStringEnd(text, at);
  if (c === '[') return arrayEnd(text, at);
  if (c === '/') return regularEnd(text, at + 1);
  if (!isRegular(c)) throw new PdfSyntaxError(`Unexpected "${c}" at byte ${at}.`);
  return regularEnd(text, at);
}

function literalStringEnd(text: string, at: number): number {
  let depth = 0;
  for (let i = at; i < text.length; i++) {
    const c = text[i];
    if (c === '\\') i++; // an escaped character, \( and \) included
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i + 1;
  }
  throw new PdfSyntaxError(`Unterminated string at byte ${at}.`);
}

function hexStringEnd(text: string, at: number): number {
  const close = text.indexOf('>', at);
  if (close < 0) throw new PdfSyntaxError(`Unterminated hex string at byte ${at}.`);
  return close + 1;
}

function arrayEnd(text: string, at: number): number {
  let i = at + 1;
  for (;;) {
    i = skipSpace(text, i);
    if (text[i] === ']') return i + 1;
    i = readValue(text, i).end;
  }
}

/** The object number of an indirect reference ("12 0 R" → 12). */
export function referencedObject(raw: string): number {
  const match = /^(\d+)\s+\d+\s+R$/u.exec(raw);
  if (!match) throw new PdfSyntaxError(`Expected an indirect reference, found "${raw.slice(0, 40)}".`);
  return Number(match[1]);
}

/**
 * A text string (7.9.2): a literal string when it is printable ASCII, so it can be read in the raw
 * file; otherwise UTF-16BE with a byte-order mark, as hex, which every reader decodes.
 */
export function pdfTextString(value: string): string {
  if (/^[\x20-\x7e]*$/u.test(value)) return `(${value.replace(/[\\()]/gu, (c) => `\\${c}`)})`;
  const utf16be = Buffer.from(value, 'utf16le').swap16();
  return `<FEFF${utf16be.toString('hex').toUpperCase()}>`;
}

/** A key we write: letters and digits only, so it needs no #-escaping and cannot break the syntax. */
export function pdfName(key: string): string {
  if (!/^[A-Za-z][A-Za-z0-9]*$/u.test(key)) throw new PdfSyntaxError(`"${key}" is not a plain PDF name.`);
  return `/${key}`;
}
