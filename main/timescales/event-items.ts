/**
 * Rules about events, recognised from notes by their contact type: "after a strategy discussion, an
 * initial conference within 15 working days" (follow-up), and "before a planned conference, a report
 * for the family N working days ahead" (report-before). Only the latest anchor counts: a second
 * strategy discussion starts a new clock; an older one is history.
 */
import type { DueItem } from '../../preload/contract/timescales';
import { MET_SHOWN_DAYS } from '../../preload/contract/timescale-options';
import type { CaseFacts, Contact } from './case-facts';
import { dueItem, type DueContext } from './due-item';
import { dayWords } from './due-wording';
import { addDuration, subtractDuration } from './durations';
import type { FollowUpRule, ReportRule, RulePackFile } from './rule-pack-schema';
import { shiftDays } from './working-days';

/** How far before a conference a report for the family still counts as "for this conference". */
const REPORT_WINDOW_DAYS = 90;

export function eventContacts(pack: RulePackFile, eventId: string, facts: CaseFacts): Contact[] {
  const types = new Set(pack.events.find((e) => e.id === eventId)?.contactTypes ?? []);
  return facts.contacts.filter((c) => c.contactType !== null && types.has(c.contactType)).sort((a, b) => a.on.localeCompare(b.on) || a.noteId.localeCompare(b.noteId));
}

export function eventLabel(pack: RulePackFile, eventId: string): string {
  return eventId === 'family-export' ? 'Pack exported for the family' : (pack.events.find((e) => e.id === eventId)?.label ?? eventId);
}

export function followUpItems(rule: FollowUpRule, facts: CaseFacts, ctx: DueContext): DueItem[] {
  const anchor = eventContacts(ctx.pack, rule.after, facts).filter((c) => c.on <= ctx.today).at(-1);
  if (!anchor) return [];
  const due = addDuration(anchor.on, rule.within, ctx.calendar);
  if (rule.status && !statusActiveOn(facts, rule.status, ctx.today)) return [];
  const key = `${rule.id}|${facts.caseId}|${anchor.noteId}`;
  // "A review within 6 months of the last review": the latest such note is always the anchor, so the
  // rule is met only by starting the next cycle — never by a second note of the same meeting.
  const followedBy =
    rule.after === rule.metBy
      ? undefined
      : eventContacts(ctx.pack, rule.metBy, facts).find((c) => c.on >= anchor.on && c.noteId !== anchor.noteId && c.on <= ctx.today);
  const anchorWords = `${eventLabel(ctx.pack, rule.after)} ${dayWords(anchor.on)}`;
  if (followedBy) {
    if (followedBy.on < shiftDays(ctx.today, -MET_SHOWN_DAYS)) return [];
    const late = followedBy.on > due ? ` (after ${dayWords(due)}, when it was due)` : '';
    return [
      dueItem(rule, facts, {
        key,
        kind: 'follow-up',
        dueOn: due,
        evidence: `${eventLabel(ctx.pack, rule.metBy)} ${dayWords(followedBy.on)}${late}; ${anchorWords.charAt(0).toLowerCase()}${anchorWords.slice(1)}`,
        evidenceNoteId: followedBy.noteId,
        met: true,
      }, ctx),
    ];
  }
  return [
    dueItem(rule, facts, {
      key,
      kind: 'follow-up',
      dueOn: due,
      evidence: `${anchorWords}; no ${eventLabel(ctx.pack, rule.metBy).toLowerCase()} recorded since`,
      evidenceNoteId: anchor.noteId,
    }, ctx),
  ];
}

/** Reviews and core groups belong to a plan: once it has ended (or before it starts) they are not due. */
function statusActiveOn(facts: CaseFacts, status: string, day: string): boolean {
  return facts.statuses.some((s) => s.status === status && s.startedOn <= day && (s.endedOn === null || s.endedOn >= day));
}

export function reportItems(rule: ReportRule, facts: CaseFacts, ctx: DueContext): DueItem[] {
  return facts.planned
    .filter((p) => p.event === rule.event && p.plannedOn >= ctx.today)
    .map((planned) => {
      const due = subtractDuration(planned.plannedOn, rule.before, ctx.calendar);
      const windowStart = shiftDays(planned.plannedOn, -REPORT_WINDOW_DAYS);
      const doneOn =
        rule.metBy === 'family-export'
          ? facts.familyExports.filter((d) => d >= windowStart && d <= planned.plannedOn).sort().at(-1)
          : eventContacts(ctx.pack, rule.metBy, facts).filter((c) => c.on >= windowStart && c.on <= planned.plannedOn).at(-1)?.on;
      const conference = `${eventLabel(ctx.pack, rule.event)} planned for ${dayWords(planned.plannedOn)}`;
      return dueItem(rule, facts, {
        key: `${rule.id}|${facts.caseId}|${planned.id}`,
        kind: 'report',
        dueOn: due,
        evidence: doneOn ? `${eventLabel(ctx.pack, rule.metBy)} ${dayWords(doneOn)}; ${conference.charAt(0).toLowerCase()}${conference.slice(1)}` : conference,
        evidenceNoteId: null,
        met: doneOn !== undefined,
      }, ctx);
    });
}
