/**
 * What a status, a planned date or a reminder decision must satisfy before it is stored, checked
 * against the rule pack in use and today's UK date. Every refusal says what to do instead, in the
 * practitioner's words. These check data entry only: no rule ever refuses a note or anything else.
 */
import { AppError } from '../shared/app-error';
import type { RulePackFile } from './rule-pack-schema';
import { addMonths } from './working-days';
import type { ActivePack } from './rule-pack-store';

/** A planned placement start or conference can be months ahead; more than a year is a mistyped year. */
const MONTHS_AHEAD = 12;
/** Older than any child's record could be: also a mistyped year (and keeps date arithmetic in range). */
const EARLIEST = '1950-01-01';

const invalid = (message: string, field: string) => new AppError('INVALID_REQUEST', message, { field });

export function requirePack(active: ActivePack | null, field: string): ActivePack {
  if (!active) throw invalid('Choose a rule pack first in Settings → Timescales.', field);
  return active;
}

export function packStatus(active: ActivePack, status: string): RulePackFile['statuses'][number] {
  const found = active.pack.statuses.find((s) => s.id === status);
  if (found) return found;
  const choices = active.pack.statuses.map((s) => `${s.label} (${s.id})`).join(', ');
  throw invalid(`“${status}” is not a status in the rule pack “${active.pack.name}”. Choose one of: ${choices}.`, 'status');
}

export function packEvent(active: ActivePack, event: string): RulePackFile['events'][number] {
  const found = active.pack.events.find((e) => e.id === event);
  if (found) return found;
  const choices = active.pack.events.map((e) => `${e.label} (${e.id})`).join(', ');
  throw invalid(
    choices
      ? `“${event}” is not an event in the rule pack “${active.pack.name}”. Choose one of: ${choices}.`
      : `The rule pack “${active.pack.name}” has no events to plan.`,
    'event',
  );
}

/** A date from 1950 to a year from today (UK). */
export function checkDate(date: string, today: string, field: string, what: string): void {
  const latest = addMonths(today, MONTHS_AHEAD);
  if (date > latest) throw invalid(`${what} is more than a year ahead (after ${latest}): check the year.`, field);
  if (date < EARLIEST) throw invalid(`${what} is before ${EARLIEST}: check the year.`, field);
}

export function checkEndDate(endedOn: string, startedOn: string, today: string): void {
  checkDate(endedOn, today, 'endedOn', 'The end date');
  if (endedOn < startedOn) throw invalid(`The end date must be on or after the start date (${startedOn}).`, 'endedOn');
}

/**
 * A reminder's key is `<ruleId>|<caseId>|…` (due-engine): a decision must be about the child it names,
 * so a snooze on one child's reminder can never silence another's.
 */
export function checkItemKey(itemKey: string, caseId: string): void {
  const parts = itemKey.split('|');
  if (parts.length < 3 || parts[0] === '' || parts[1] !== caseId) {
    throw invalid('That reminder is not about this child. Refresh the list and try again.', 'itemKey');
  }
}

export function checkSnoozeUntil(untilOn: string, today: string): void {
  if (untilOn < today) throw invalid('Choose today or a later date to snooze until.', 'untilOn');
  checkDate(untilOn, today, 'untilOn', 'The snooze date');
}
