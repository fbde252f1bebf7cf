/** A rule pack as the Settings page and the Due view show it: what it defines, and each rule in plain words. */
import type { RulePackSummary } from '../../preload/contract/timescales';
import { ruleText } from './due-wording';
import type { RulePackFile } from './rule-pack-schema';

export interface RulePackRecord {
  id: string;
  name: string;
  revision: number;
  fileName: string;
  importedAt: string;
}

export function summarisePack(record: RulePackRecord, pack: RulePackFile): RulePackSummary {
  return {
    ...record,
    description: pack.description,
    statuses: pack.statuses.map((s) => ({ id: s.id, label: s.label, permanence: s.permanence })),
    events: pack.events.map((e) => ({ id: e.id, label: e.label, contactTypes: [...e.contactTypes] })),
    rules: pack.rules.map((rule) => ({ id: rule.id, label: rule.label, text: ruleText(rule, pack) })),
  };
}
