/**
 * Finds WHEN the contact happened in a quick note, using chrono-node's en-GB (day-first) parser.
 *
 * chrono finds expressions; this module decides which one is the contact date:
 *  - Only expressions that START in the opening window: the first line (up to 240 chars) or the first
 *    120 chars, whichever is longer, and before any "Actions:" / "Next steps:" / "Plan:" heading line.
 *    Dates further down are almost always actions or history. Scanning only the window also keeps
 *    chrono (the slow part) off the rest of a long note.
 *  - Not introduced by a deadline/duration word: "by", "before", "until", "till", "since", "for"
 *    (immediately before, or starting chrono's own match: "for 30 minutes"), or "next", "due",
 *    "deadline" up to three words before in the sentence ("next home visit 3/12"; but "due to",
 *    "next door", "next steps" and "next of kin" are ordinary words).
 *  - Not said of a plan or of the present: a contact is written up in the past ("visited Friday",
 *    "HV yesterday"), so a date whose clause (back to the last , : ; . or line) already has a
 *    present or future word before it — "has", "is", "will", "needs", "appointment", "booked"… — is
 *    about something else: "Mum rang: Leo has a hospital appointment on Friday" is not dated Friday.
 *  - A week is not a day: "attendance good this week" gives no date (chrono would say Sunday).
 *  - Resolved to the most recent past occurrence: contacts are written up afterwards. An expression that
 *    leaves the year open ("3/4", "25 Nov") goes back a year at a time until its day is today or earlier;
 *    a weekday ("Tues 10:30") back a week at a time; a bare time ("at 3pm") back a day. "Past" allows an
 *    hour's grace for clocks and rounding ("today 16:30" typed at 16:00 is today).
 *  - Anything still in the future after that (beyond the grace) is a plan, not a contact: skipped.
 *  - A month with no day ("March") is not a contact date.
 *  - Bare hours 1-6 without am/pm or a leading zero ("at 2.30", "at 5") are afternoon: in a case note
 *    they almost always are, and chrono would say 02:30. "3am", "03:00", "7" and "10:30" stay as written.
 *  - hasTime is true only if the hour was written. Part-of-day words ("this morning", "yesterday
 *    afternoon") give a date with hasTime=false rather than chrono's invented hour (06:00, 15:00): a
 *    legal record should not show a time nobody wrote.
 *  - iso is `Date.toISOString()` (UTC, 'Z') of the LOCAL moment; date-only results are local midnight.
 *    Consumers read local date parts from `new Date(iso)`.
 * chrono sees a copy of the text with mentions, tags and quoted speech blanked out (same length, so
 * offsets still match the body): "@May" is a person and "she said "Saturday"" is not the contact date.
 * The copy also gets length-preserving fixes for common en-GB forms chrono misses: "Tues"/"Weds",
 * dotted times "14.30" (not "£10.50") and dotted dates "3.4.26".
 */
import * as chrono from 'chrono-node';
import { ChipKeyer, span, type Chip, type Span } from './note-chips';

export interface ContactDate extends Chip {
  iso: string;
  hasTime: boolean;
}

const WINDOW_MIN = 120;
const FIRST_LINE_MAX = 240;
// Lets an expression that starts inside the window finish ("25/11/2026 14:00" straddling char 120).
const LOOKAHEAD = 40;
const GRACE_MS = 60 * 60 * 1000;

const ACTIONS_HEADING = /^[ \t>*#-]*(?:actions?|next steps?|to-?dos?|plan|follow[- ]?ups?)[ \t]*(?:[:–-]|$)/imu;

const WEAK = new Set(['by', 'before', 'until', 'till', 'til', 'since', 'for']);
const STRONG = new Set(['next', 'due', 'deadline']);
const FILLERS = new Set(['on', 'at', 'the', 'this', 'of']);
// "due to concerns", "next door neighbour", "next steps agreed", "next of kin": not deadlines.
const STRONG_EXCEPTIONS = new Set(['to', 'door', 'step', 'steps', 'of']);
const STRONG_LOOKBACK = 3;
const SENTENCE_BREAK = /[.;!?\n]/u;
// Present and future words: a date after one of these in its clause is not when this contact was.
const PLAN_OR_PRESENT = new Set([
  'has', 'have', 'is', 'are', 'am', 'will', 'shall', 'going', 'needs', 'need', 'wants', 'want', 'plans',
  'appointment', 'appointments', 'booked', 'arranged', 'planned', 'scheduled', 'expected', 'expects',
]);
const CLAUSE_BREAK = /[.;!?\n,:]/u;
/** How far back (characters) the words before a date are read; the checks need only the last few. */
const LOOKBEHIND = 120;

export function findContactDate(
  body: string,
  masks: readonly Span[],
  now: Date,
  dismissed: ReadonlySet<string>,
): ContactDate | null {
  if (Number.isNaN(now.getTime())) return null;
  const firstLineEnd = body.indexOf('\n') === -1 ? body.length : body.indexOf('\n');
  let windowEnd = Math.min(body.length, Math.max(Math.min(firstLineEnd, FIRST_LINE_MAX), WINDOW_MIN));
  let scanEnd = Math.min(body.length, windowEnd + LOOKAHEAD);
  const heading = ACTIONS_HEADING.exec(body.slice(0, scanEnd));
  if (heading) {
    windowEnd = Math.min(windowEnd, heading.index);
    scanEnd = Math.min(scanEnd, heading.index);
  }
  if (windowEnd === 0) return null;

  const scan = normaliseForChrono(blank(body.slice(0, scanEnd), masks));
  const keyer = new ChipKeyer('contact-date');
  for (const result of chrono.en.GB.parse(scan, now)) {
    if (result.index >= windowEnd) break;
    const found = span(body, result.index, result.index + result.text.length);
    const key = keyer.next(found.text); // every candidate gets a key, so dismissals don't renumber
    if (dismissed.has(key) || isDeadlineOrDuration(scan, result) || isPlanOrPresent(scan, result) || namesOnlyAWeek(result)) continue;
    const resolved = resolveToPast(result, now);
    if (resolved) return { ...found, key, iso: resolved.date.toISOString(), hasTime: resolved.hasTime };
  }
  return null;
}

function blank(text: string, masks: readonly Span[]): string {
  let out = text;
  for (const mask of masks) {
    if (mask.start >= out.length) continue;
    const end = Math.min(mask.end, out.length);
    out = out.slice(0, mask.start) + ' '.repeat(end - mask.start) + out.slice(end);
  }
  return out;
}

/** Every replacement keeps the length, so chrono's offsets are body offsets. */
function normaliseForChrono(text: string): string {
  return text
    .replace(/\b(tue|wed)s\b/giu, '$1.') // chrono knows "Tue." but not "Tues"; '.' keeps the span whole
    .replace(/(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})(?!\d|\.\d)/gu, '$1/$2/$3')
    .replace(/(?<![\d.,£$€:/])([01]?\d|2[0-3])\.([0-5]\d)(?!\d|\.\d)/gu, '$1:$2');
}

function words(text: string): string[] {
  // Typed apostrophes are often curly (he’ll), from autocorrect or a pasted note.
  return text.toLowerCase().replace(/\u2019/gu, "'").match(/[\p{L}']+/gu) ?? [];
}

function isDeadlineOrDuration(scan: string, result: chrono.ParsedResult): boolean {
  const own = words(result.text).find((w) => !FILLERS.has(w));
  if (own !== undefined && (WEAK.has(own) || STRONG.has(own))) return true;

  const clause = wordsBefore(scan, result.index, SENTENCE_BREAK);
  let counted = 0;
  for (let i = clause.length - 1; i >= 0 && counted < STRONG_LOOKBACK; i -= 1) {
    const word = clause[i] ?? '';
    if (FILLERS.has(word)) continue;
    if (counted === 0 && WEAK.has(word)) return true;
    const following = clause[i + 1] ?? own ?? '';
    if (STRONG.has(word) && !STRONG_EXCEPTIONS.has(following)) return true;
    counted += 1;
  }
  return false;
}

/** The words before `at` back to the last of `breaks` (a sentence's or a clause's), looking no further than LOOKBEHIND. */
function wordsBefore(scan: string, at: number, breaks: RegExp): string[] {
  const before = scan.slice(Math.max(0, at - LOOKBEHIND), at);
  let start = before.length;
  while (start > 0 && !breaks.test(before[start - 1] ?? '')) start -= 1;
  return words(before.slice(start));
}

function isPlanOrPresent(scan: string, result: chrono.ParsedResult): boolean {
  return wordsBefore(scan, result.index, CLAUSE_BREAK).some((word) => PLAN_OR_PRESENT.has(word) || word.endsWith("'ll"));
}

/** "this week", "last week": chrono picks a day (Sunday, or a week ago today) nobody wrote. */
function namesOnlyAWeek(result: chrono.ParsedResult): boolean {
  return /\bweeks?\b/iu.test(result.text) && !result.start.isCertain('weekday');
}

/** An hour 1-6 with no am/pm and not written 24-hour style with a leading zero ("03:00", "0300"). */
function isBareSmallHour(hour: number, text: string): boolean {
  return hour >= 1 && hour <= 6 && !/(?<![\d/])0\d[:.]?[0-5]\d(?!\d)/u.test(text);
}

function startOfDay(date: Date): number {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate()).getTime();
}

function isFuture(date: Date, hasTime: boolean, now: Date): boolean {
  return hasTime ? date.getTime() > now.getTime() + GRACE_MS : date.getTime() > startOfDay(now);
}

function resolveToPast(result: chrono.ParsedResult, now: Date): { date: Date; hasTime: boolean } | null {
  const c = result.start;
  const certain = (k: chrono.Component): boolean => c.isCertain(k);
  if (certain('month') && !certain('day') && !certain('weekday')) return null;
  const hasTime = certain('hour');
  const date = c.date();
  if (!hasTime) date.setHours(0, 0, 0, 0);
  else if (!certain('meridiem') && isBareSmallHour(date.getHours(), result.text)) date.setHours(date.getHours() + 12);

  if (!certain('year') && certain('day') && certain('month')) {
    // Go back a year at a time, rebuilding from parts so 29 Feb skips non-leap years instead of rolling.
    const [month, day] = [date.getMonth(), date.getDate()];
    for (let year = date.getFullYear(), tries = 0; startOfDay(date) > startOfDay(now) && tries < 8; tries += 1) {
      year -= 1;
      const candidate = new Date(year, month, day, date.getHours(), date.getMinutes());
      if (candidate.getDate() === day) date.setTime(candidate.getTime());
    }
  } else if (!certain('day') && certain('weekday')) {
    for (let tries = 0; isFuture(date, hasTime, now) && tries < 2; tries += 1) date.setDate(date.getDate() - 7);
  } else if (!certain('day') && !certain('month') && hasTime) {
    if (isFuture(date, hasTime, now)) date.setDate(date.getDate() - 1);
  }
  return isFuture(date, hasTime, now) ? null : { date, hasTime };
}
