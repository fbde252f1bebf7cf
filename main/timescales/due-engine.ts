/**
 * The rule engine: from a team's rule pack and what the record already holds, what is due, overdue and
 * met for each child. Pure — no store, no clock — so it is tested against hand-worked cases
 * (tests/unit/timescales). Its answers are advice: nothing in the app is ever gated on them.
 */
import type { DueItem } from '../../preload/contract/timescales';
import type { CaseFacts } from './case-facts';
import { byUrgency, type DueContext } from './due-item';
import { followUpItems, reportItems } from './event-items';
import type { RecordingRule } from './rule-pack-schema';
import { unwrittenItems } from './unwritten-items';
import { visitItems } from './visit-items';

export type { DueContext } from './due-item';

export function computeDue(cases: readonly CaseFacts[], ctx: DueContext): DueItem[] {
  const recording = ctx.pack.rules.filter((r): r is RecordingRule => r.type === 'recording');
  const items: DueItem[] = [];
  for (const facts of cases) {
    for (const rule of ctx.pack.rules) {
      if (rule.type === 'visits') items.push(...visitItems(rule, facts, ctx));
      if (rule.type === 'follow-up') items.push(...followUpItems(rule, facts, ctx));
      if (rule.type === 'report-before') items.push(...reportItems(rule, facts, ctx));
    }
    items.push(...unwrittenItems(recording, facts, ctx));
  }
  return items.sort(byUrgency);
}
