/**
 * The unwritten-notes nudge, from the recording rules: drafts still unsaved past the time the team
 * gives for writing up (critical events 24 hours, visits 2 working days, others 5), and planned
 * contacts whose date has passed with no note of them. Shown only once they are due: a fresh draft
 * is not a reminder, it is work in progress.
 */
import type { DueItem } from '../../preload/contract/timescales';
import type { CaseFacts, DraftFact } from './case-facts';
import { dueItem, type DueContext } from './due-item';
import { dayWords } from './due-wording';
import { addDuration } from './durations';
import { eventContacts, eventLabel } from './event-items';
import type { RecordingRule } from './rule-pack-schema';
import { shiftDays } from './working-days';
import { ukDateTime } from '../chronology/uk-time';

/** Planned contacts older than this are history, not a nudge. */
const PLANNED_LOOKBACK_DAYS = 60;

export function unwrittenItems(rules: RecordingRule[], facts: CaseFacts, ctx: DueContext): DueItem[] {
  if (rules.length === 0) return [];
  const soon = shiftDays(ctx.today, 1);
  const items: DueItem[] = [];
  for (const draft of facts.drafts) {
    const from = ukDateTime(draft.contactAt ?? draft.startedAt).date;
    const strictest = strictestFor(rules, draft, from, ctx);
    if (!strictest || strictest.due > soon) continue;
    items.push(
      dueItem(strictest.rule, facts, {
        key: `${strictest.rule.id}|${facts.caseId}|draft:${draft.id}`,
        kind: 'unwritten',
        dueOn: strictest.due,
        evidence: `Draft started ${dayWords(from)} is not saved as a note yet`,
        evidenceNoteId: null,
      }, ctx),
    );
  }
  const general = rules.find((r) => r.applies === 'all') ?? rules[0]!;
  for (const planned of facts.planned) {
    if (planned.plannedOn >= ctx.today || planned.plannedOn < shiftDays(ctx.today, -PLANNED_LOOKBACK_DAYS)) continue;
    const written = eventContacts(ctx.pack, planned.event, facts).some((c) => c.on >= shiftDays(planned.plannedOn, -1));
    if (written) continue;
    items.push(
      dueItem(general, facts, {
        key: `${general.id}|${facts.caseId}|planned:${planned.id}`,
        kind: 'unwritten',
        dueOn: addDuration(planned.plannedOn, general.within, ctx.calendar),
        evidence: `${eventLabel(ctx.pack, planned.event)} planned for ${dayWords(planned.plannedOn)}: no note of it yet`,
        evidenceNoteId: null,
      }, ctx),
    );
  }
  return items;
}

function strictestFor(rules: RecordingRule[], draft: DraftFact, from: string, ctx: DueContext): { rule: RecordingRule; due: string } | null {
  const applies = (r: RecordingRule) => r.applies === 'all' || (r.applies === 'significant' && draft.significant) || (r.applies === 'visits' && draft.isVisit);
  let best: { rule: RecordingRule; due: string } | null = null;
  for (const rule of rules.filter(applies)) {
    const due = addDuration(from, rule.within, ctx.calendar);
    if (!best || due < best.due) best = { rule, due };
  }
  return best;
}
