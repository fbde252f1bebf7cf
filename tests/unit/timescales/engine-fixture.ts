/** Hand-built cases for the rule engine: a child, their statuses and notes, a fixed "today". */
import type { Nation } from '../../../preload/contract/timescale-options';
import type { CaseFacts, Contact, Decision } from '../../../main/timescales/case-facts';
import { computeDue } from '../../../main/timescales/due-engine';
import { EXAMPLE_PACK_TEXT } from '../../../main/timescales/example-pack';
import { parseRulePack } from '../../../main/timescales/parse-rule-pack';
import type { RulePackFile } from '../../../main/timescales/rule-pack-schema';
import { workingDayCalendar } from '../../../main/timescales/working-days';

export const EXAMPLE = parseRulePack('england-example-defaults.yaml', EXAMPLE_PACK_TEXT);

export function child(overrides: Partial<CaseFacts> = {}): CaseFacts {
  return { caseId: 'case-amira', childName: 'Amira Khan', statuses: [], contacts: [], planned: [], familyExports: [], drafts: [], ...overrides };
}

let noteCounter = 0;
/** A note linked to the child on a UK date. */
export function note(on: string, fields: Partial<Contact> = {}): Contact {
  noteCounter += 1;
  return {
    noteId: `note-${noteCounter}`,
    on,
    contactAt: `${on}T10:00:00.000Z`,
    writtenAt: `${on}T15:00:00.000Z`,
    contactType: 'home-visit',
    seen: null,
    significant: false,
    ...fields,
  };
}

export function due(
  cases: CaseFacts[],
  today: string,
  options: { nation?: Nation; pack?: RulePackFile; decisions?: Map<string, Decision> } = {},
) {
  return computeDue(cases, {
    today,
    calendar: workingDayCalendar(options.nation ?? 'england-and-wales'),
    pack: options.pack ?? EXAMPLE,
    decisions: options.decisions ?? new Map(),
  });
}

/** The example pack with only the rules named (so each test sees the items it is about). */
export function onlyRules(...ids: string[]): RulePackFile {
  return { ...EXAMPLE, rules: EXAMPLE.rules.filter((r) => ids.includes(r.id)) };
}
