/**
 * Text edits around @mentions. The '@' is only a marker for "link this child": once the child is
 * linked it is taken out, so the saved note reads as the practitioner would write it for the family
 * ("Saw Amira and Leo"), never "@Leo". A mention that links nobody keeps its '@', which shows it was
 * not linked.
 */
import type { ParsedNote } from './parse-note';

export interface ActiveMention {
  start: number;
  end: number;
  /** What to look children up by; '' right after a bare '@'. */
  query: string;
}

export interface TextEdit {
  body: string;
  caret: number;
}

// A bare '@' starts a mention where the parser's would: not glued to a word or an email address.
const BEFORE_BARE_AT = /[\s([{"“‘'«,;:]/u;

/** The mention the caret is in or at the end of, including a lone '@' just typed. */
export function activeMention(body: string, caret: number, parsed: ParsedNote): ActiveMention | null {
  const inside = parsed.mentions.find((m) => m.start < caret && caret <= m.end);
  if (inside) return { start: inside.start, end: inside.end, query: inside.query };
  const at = caret - 1;
  if (at >= 0 && body[at] === '@' && (at === 0 || BEFORE_BARE_AT.test(body[at - 1] ?? ''))) {
    return { start: at, end: caret, query: '' };
  }
  return null;
}

/** Replaces [start, end) with a child's name, adding a space unless punctuation or a space follows. */
export function insertName(body: string, start: number, end: number, name: string): TextEdit {
  const next = body[end];
  const space = next === undefined || !/[\s.,;:!?)\]'’”"]/u.test(next) ? ' ' : '';
  const inserted = name + space;
  return { body: body.slice(0, start) + inserted + body.slice(end), caret: start + inserted.length };
}

/** Removes the '@' at `at` (the child is linked now), keeping the caret on the same character. */
export function removeAt(body: string, at: number, caret: number): TextEdit {
  return { body: body.slice(0, at) + body.slice(at + 1), caret: caret > at ? caret - 1 : caret };
}

/**
 * The mention the practitioner has just finished typing: one typed character ended it (a space, a
 * comma...) and the caret sits right after that character. Pastes and edits elsewhere finish nothing,
 * so text already there is never linked behind the practitioner's back.
 */
export function justFinishedMention(previous: string, body: string, caret: number, parsed: ParsedNote) {
  if (body.length !== previous.length + 1) return null;
  return parsed.mentions.find((m) => m.end === caret - 1) ?? null;
}
