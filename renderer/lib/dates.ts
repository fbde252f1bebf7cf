/** en-GB date formatting. Formatters are built once: constructing Intl objects is slow. */

const calendarDate = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
const localDay = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
const localDateTime = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
});

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/u;

function parseIsoDate(isoDate: string): { y: number; m: number; d: number } | null {
  const match = ISO_DATE.exec(isoDate);
  if (!match) return null;
  return { y: Number(match[1]), m: Number(match[2]), d: Number(match[3]) };
}

/** A calendar date with no time zone ("2015-04-03") as "3 April 2015". */
export function formatCalendarDate(isoDate: string): string {
  const parts = parseIsoDate(isoDate);
  if (!parts) return isoDate;
  return calendarDate.format(new Date(Date.UTC(parts.y, parts.m - 1, parts.d)));
}

/** Whole years between a calendar date of birth and today (local time). */
export function ageInYears(isoDate: string, today: Date = new Date()): number | null {
  const parts = parseIsoDate(isoDate);
  if (!parts) return null;
  let age = today.getFullYear() - parts.y;
  const beforeBirthday =
    today.getMonth() + 1 < parts.m || (today.getMonth() + 1 === parts.m && today.getDate() < parts.d);
  if (beforeBirthday) age -= 1;
  return age >= 0 ? age : null;
}

/** The local day of an instant ("2025-04-03T09:12:00Z") as "3 April 2025". */
export function formatDay(isoInstant: string): string {
  const date = new Date(isoInstant);
  return Number.isNaN(date.getTime()) ? isoInstant : localDay.format(date);
}

/** An instant as "26 Nov 2026, 14:05" in local time. */
export function formatDateTime(isoInstant: string): string {
  const date = new Date(isoInstant);
  return Number.isNaN(date.getTime()) ? isoInstant : localDateTime.format(date);
}

/** Today's local date as YYYY-MM-DD, for the `max` of date inputs. */
export function todayIsoDate(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** 75 → "1 minute 15 seconds"; 30 → "30 seconds". */
export function formatDuration(totalSeconds: number): string {
  const seconds = Math.max(0, Math.ceil(totalSeconds));
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  const unit = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  if (minutes === 0) return unit(rest, 'second');
  return rest === 0 ? unit(minutes, 'minute') : `${unit(minutes, 'minute')} ${unit(rest, 'second')}`;
}
