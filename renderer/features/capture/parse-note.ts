/**
 * Live parser for quick notes. Pure: no React, DOM or Node APIs; it runs on every keystroke in the
 * renderer and in plain Node tests. It never alters the text: it reports what it found, with [start, end)
 * ranges into the body, and the composer shows each find as a removable chip. Structure is optional and
 * offered, never required (DOMAIN.md: "A note never waits for a form").
 *
 * Rules
 *  - Mentions: '@' at the start or after whitespace/punctuation (not after a letter, digit or email
 *    character, so `sam@council.gov.uk` is not a mention), then a name starting with a letter (`@3pm`
 *    is "at 3pm", not a person): letters in any script incl. accents and combining marks, digits, `'`,
 *    `’`, and '-', '_' or '.' joining further words without spaces (`@amira-khan`, `@Amira_Khan`,
 *    `@amira.khan`). Joiners become spaces in `query` ("amira khan"; "Anne-Marie" → "Anne Marie", so
 *    the autocomplete should treat '-' and ' ' alike). A trailing possessive is not part of the name
 *    (`@Amira's` → "Amira"). Any number of mentions. Names are not resolved here; the UI autocompletes.
 *  - Contact date: see parse-contact-date.ts (chrono en-GB, first date in the opening window, not a
 *    deadline, resolved to the most recent past occurrence, at most an hour in the future).
 *  - Contact type: the first #tag (case-insensitive, ignoring '-'/'_') matching a type's tags or id.
 *    Later tags of a known type are ignored (not unknown: they name a type, just not the chosen one);
 *    if the first is dismissed, the next one becomes the type.
 *  - Significant: a standalone '!' (or '!!'), i.e. with whitespace or the start/end on both sides
 *    ("Great!" does not count), or `#significant` / `#sig`. The first non-dismissed one is the chip.
 *  - Voice: text inside double quotes, straight "…" or curly “…” (mixed ends allowed), at least 2
 *    non-blank characters, not spanning a blank line; ranges exclude the quote marks. Single quotes are
 *    never voice: they are apostrophes far more often than quotations.
 *  - Unknown tags: every other #tag (starting with a letter), in order.
 *  - Dismissed: any chip whose `key` is in `options.dismissed` is left out; for the single-valued chips
 *    (date, type, significant) the next candidate takes its place. Keys are kind + occurrence + text
 *    (see note-chips.ts): stable while the user types after the chip, or before it.
 */
import { contactTypeLookup, DEFAULT_CONTACT_TYPES, normaliseTag, SIGNIFICANT_TAGS } from './contact-types';
import type { ContactTypeDef } from './contact-types';
import { ChipKeyer, type Chip, type Span } from './note-chips';
import { findContactDate, type ContactDate } from './parse-contact-date';
import { scanBangs, scanMentions, scanTags, scanVoice } from './scan-tokens';

export { chipKey, type Chip, type ChipKind, type Span } from './note-chips';
export { DEFAULT_CONTACT_TYPES, type ContactTypeDef } from './contact-types';
export type { ContactDate } from './parse-contact-date';

export interface ParsedNote {
  /** '@Amira' → query 'Amira'; '@amira-khan' → query 'amira khan'. */
  mentions: Array<Chip & { query: string }>;
  /** When the contact happened; `iso` is UTC ('Z') of the local moment, local midnight if !hasTime. */
  contactDate: ContactDate | null;
  /** `label`: the type's name in the list the note was parsed with (the chip shows it). */
  contactType: (Chip & { typeId: string; label: string }) | null;
  significant: Chip | null;
  /** Quoted passages: the text inside the quotes. */
  voice: Chip[];
  /** Other #tags; `tag` is lower-case, without '#'. */
  unknownTags: Array<Chip & { tag: string }>;
}

export interface ParseNoteOptions {
  /** The moment the note is being written: the reference for "yesterday", "Tues 10:30"... */
  now: Date;
  /** The team's list (features/contact-types); the built-in list if not given. */
  contactTypes?: readonly ContactTypeDef[];
  /** Keys of chips the user removed (`Chip.key`). */
  dismissed?: ReadonlySet<string>;
}

const NOTHING_DISMISSED: ReadonlySet<string> = new Set();

export function parseNote(body: string, options: ParseNoteOptions): ParsedNote {
  const dismissed = options.dismissed ?? NOTHING_DISMISSED;
  const typeByTag = contactTypeLookup(options.contactTypes ?? DEFAULT_CONTACT_TYPES);
  const kept = <T extends Chip>(chip: T): boolean => !dismissed.has(chip.key);

  const rawMentions = scanMentions(body);
  const mentionKeys = new ChipKeyer('mention');
  const mentions = rawMentions.map((m) => ({ ...m, key: mentionKeys.next(m.text) })).filter(kept);

  const rawVoice = scanVoice(body);
  const voiceKeys = new ChipKeyer('voice');
  const voice = rawVoice.map((v) => ({ ...v, key: voiceKeys.next(v.text) })).filter(kept);

  const rawTags = scanTags(body);
  const typeKeys = new ChipKeyer('contact-type');
  const tagKeys = new ChipKeyer('tag');
  const typeCandidates: Array<Chip & { typeId: string; label: string }> = [];
  const significantMarks: Span[] = scanBangs(body);
  const unknownTags: Array<Chip & { tag: string }> = [];
  for (const raw of rawTags) {
    const normalised = normaliseTag(raw.name);
    const type = typeByTag.get(normalised);
    const { start, end, text } = raw;
    if (SIGNIFICANT_TAGS.has(normalised)) significantMarks.push({ start, end, text });
    else if (type !== undefined) typeCandidates.push({ start, end, text, key: typeKeys.next(text), typeId: type.id, label: type.label });
    else unknownTags.push({ start, end, text, key: tagKeys.next(text), tag: raw.name.toLowerCase() });
  }

  // '!' and #sig compete for the one significant chip in document order, numbered by their own text.
  significantMarks.sort((a, b) => a.start - b.start);
  const significantKeys = new ChipKeyer('significant');
  const significant = significantMarks.map((s) => ({ ...s, key: significantKeys.next(s.text) })).find(kept);

  // chrono must not read names, tags or quoted speech as the contact date.
  const masks: Span[] = [...rawMentions, ...rawTags, ...rawVoice];
  return {
    mentions,
    contactDate: findContactDate(body, masks, options.now, dismissed),
    contactType: typeCandidates.find(kept) ?? null,
    significant: significant ?? null,
    voice,
    unknownTags: unknownTags.filter(kept),
  };
}
