/** Building one Due item: its state from the dates and from any decision the practitioner made. */
import type { DueItem } from '../../preload/contract/timescales';
import { DUE_SOON_DAYS, type DueKind, type DueState } from '../../preload/contract/timescale-options';
import type { CaseFacts, Decision } from './case-facts';
import type { Rule, RulePackFile } from './rule-pack-schema';
import { ruleText } from './due-wording';
import { shiftDays, type WorkingDayCalendar } from './working-days';

export interface DueContext {
  /** Today as a UK date. */
  today: string;
  calendar: WorkingDayCalendar;
  pack: RulePackFile;
  /** The newest decision per item key. */
  decisions: ReadonlyMap<string, Decision>;
}

export interface ItemFields {
  key: string;
  kind: DueKind;
  dueOn: string;
  evidence: string;
  evidenceNoteId: string | null;
  met?: boolean;
  notSeenAlone?: boolean;
}

export function dueItem(rule: Rule, facts: CaseFacts, fields: ItemFields, ctx: DueContext): DueItem {
  const decision = ctx.decisions.get(fields.key) ?? null;
  return {
    key: fields.key,
    caseId: facts.caseId,
    childName: facts.childName,
    ruleId: rule.id,
    ruleLabel: rule.label,
    ruleText: ruleText(rule, ctx.pack),
    kind: fields.kind,
    state: fields.met ? 'met' : openState(fields.dueOn, decision, ctx.today),
    dueOn: fields.dueOn,
    evidence: fields.evidence,
    evidenceNoteId: fields.evidenceNoteId,
    notSeenAlone: fields.notSeenAlone ?? false,
    decision,
  };
}

function openState(dueOn: string, decision: Decision | null, today: string): DueState {
  if (decision?.decision === 'not-applicable') return 'not-applicable';
  if (decision?.decision === 'snoozed' && decision.untilOn !== null && decision.untilOn >= today) return 'snoozed';
  if (dueOn < today) return 'overdue';
  return dueOn <= shiftDays(today, DUE_SOON_DAYS) ? 'due' : 'upcoming';
}

const STATE_ORDER: Record<DueState, number> = { overdue: 0, due: 1, upcoming: 2, snoozed: 3, 'not-applicable': 4, met: 5 };

/** Overdue first (oldest first), then due soon, coming up, put aside, and met (most recent first). */
export function byUrgency(a: DueItem, b: DueItem): number {
  const order = STATE_ORDER[a.state] - STATE_ORDER[b.state];
  if (order !== 0) return order;
  const byDate = a.state === 'met' ? b.dueOn.localeCompare(a.dueOn) : a.dueOn.localeCompare(b.dueOn);
  return byDate !== 0 ? byDate : a.childName.localeCompare(b.childName);
}
