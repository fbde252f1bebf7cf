/**
 * The words on each chip and on its remove button. Chips read back what the app understood, in the
 * practitioner's terms ("Contact: Wed 25 Nov, 15:00"), so a wrong guess is obvious at a glance.
 */
const dayThisYear = new Intl.DateTimeFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'short' });
const dayOtherYear = new Intl.DateTimeFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' });
const time = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hour12: false });

/** "Wed 25 Nov, 15:00"; the year only when it is not this year; no time unless one was written. */
export function contactWhen(iso: string, hasTime: boolean, now: Date = new Date()): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const day = (date.getFullYear() === now.getFullYear() ? dayThisYear : dayOtherYear).format(date).replace(/,/gu, '');
  return hasTime ? `${day}, ${time.format(date)}` : day;
}

const QUOTE_PREVIEW = 48;

/** A quote shortened for a chip; the whole quote is saved. */
export function quotePreview(text: string): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  return flat.length <= QUOTE_PREVIEW ? flat : `${flat.slice(0, QUOTE_PREVIEW - 1).trimEnd()}…`;
}
