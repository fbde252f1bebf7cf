/**
 * Visits while a status lasts (child protection plan visits; looked-after visits per placement). Each
 * visit where the child was seen restarts the clock; the first runs from the status's start. A visit
 * where the child was seen but not alone still counts — where the rule expects "seen alone" the item
 * says so, as advice. When the status has ended, nothing more is due under it.
 */
import type { DueItem } from '../../preload/contract/timescales';
import { MET_SHOWN_DAYS } from '../../preload/contract/timescale-options';
import type { CaseFacts, Contact, StatusPeriod } from './case-facts';
import { dueItem, type DueContext } from './due-item';
import { dayWords } from './due-wording';
import { addDuration } from './durations';
import type { Duration, VisitsRule } from './rule-pack-schema';
import { addMonths, shiftDays } from './working-days';

export function visitItems(rule: VisitsRule, facts: CaseFacts, ctx: DueContext): DueItem[] {
  return facts.statuses
    .filter((period) => period.status === rule.status && period.startedOn <= ctx.today)
    .flatMap((period) => periodItems(rule, facts, period, ctx));
}

function periodItems(rule: VisitsRule, facts: CaseFacts, period: StatusPeriod, ctx: DueContext): DueItem[] {
  // Once a status has ended nothing is due under it, and its history belongs to the chronology, not
  // here (the plan ended, the child left the placement): a reminder nobody can act on is noise.
  if (period.endedOn !== null && period.endedOn < ctx.today) return [];
  const visits = facts.contacts
    .filter((c) => (c.seen === 'seen' || c.seen === 'seen-alone') && c.on >= period.startedOn && c.on <= ctx.today)
    .sort((a, b) => a.on.localeCompare(b.on) || a.noteId.localeCompare(b.noteId));

  let due = addDuration(period.startedOn, rule.first ?? rule.every, ctx.calendar);
  let cycleKey = keyOf(rule, facts, period, null);
  let lastMet: { due: string; key: string; visit: Contact } | null = null;
  for (const visit of visits) {
    lastMet = { due, key: cycleKey, visit };
    due = addDuration(visit.on, intervalAfter(rule, period, visit.on), ctx.calendar);
    cycleKey = keyOf(rule, facts, period, visit);
  }

  const items: DueItem[] = [];
  if (lastMet && lastMet.visit.on >= shiftDays(ctx.today, -MET_SHOWN_DAYS)) {
    const { visit } = lastMet;
    const late = visit.on > lastMet.due ? ` (after ${dayWords(lastMet.due)}, when it was due)` : '';
    items.push(
      dueItem(rule, facts, {
        key: lastMet.key,
        kind: 'visit',
        dueOn: lastMet.due,
        evidence: `${seenWords(visit)} ${dayWords(visit.on)}${late}`,
        evidenceNoteId: visit.noteId,
        met: true,
        notSeenAlone: rule.seenAlone === 'expected' && visit.seen !== 'seen-alone',
      }, ctx),
    );
  }
  // Nothing is due after a planned end either.
  if (period.endedOn === null || due <= period.endedOn) {
    const last = visits.at(-1);
    items.push(
      dueItem(rule, facts, {
        key: cycleKey,
        kind: 'visit',
        dueOn: due,
        evidence: last ? `Last ${seenWords(last).toLowerCase()} ${dayWords(last.on)}` : `No visit recorded since ${statusLabel(ctx, period)} started ${dayWords(period.startedOn)}`,
        evidenceNoteId: last?.noteId ?? null,
        notSeenAlone: rule.seenAlone === 'expected' && last !== undefined && last.seen !== 'seen-alone',
      }, ctx),
    );
  }
  return items;
}

/** Reg. 28: after the first year of a placement the interval depends on whether it is permanent. */
function intervalAfter(rule: VisitsRule, period: StatusPeriod, visitOn: string): Duration {
  if (!rule.afterFirstYear || visitOn < addMonths(period.startedOn, 12)) return rule.every;
  return period.permanent ? rule.afterFirstYear.permanent : rule.afterFirstYear.otherwise;
}

/** One key per cycle: the visit it runs from (or the status start), so a snooze covers that cycle only. */
function keyOf(rule: VisitsRule, facts: CaseFacts, period: StatusPeriod, from: Contact | null): string {
  return `${rule.id}|${facts.caseId}|${period.id}|${from ? from.noteId : 'start'}`;
}

function seenWords(visit: Contact): string {
  return visit.seen === 'seen-alone' ? 'Seen alone' : 'Seen';
}

function statusLabel(ctx: DueContext, period: StatusPeriod): string {
  const label = ctx.pack.statuses.find((s) => s.id === period.status)?.label ?? period.status;
  return `“${label}”`;
}
