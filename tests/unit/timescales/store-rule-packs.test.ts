/**
 * Rule packs through the real core: the example pack imported as a team would (read, then import),
 * invalid files answered with every problem naming the file, the field and what is wrong, the contact
 * types the pack's events need added without changing the team's own, the nation kept with the
 * records, and each change in the audit log.
 */
import { describe, expect, it } from 'vitest';
import type { ContactType } from '../../../preload/contract';
import type { RulePackSummary } from '../../../preload/contract/timescales';
import { EXAMPLE_PACK_FILE_NAME, EXAMPLE_PACK_TEXT } from '../../../main/timescales/example-pack';
import { timescaleStore } from './timescale-fixture';

const TODAY = '2026-08-26T09:00:00Z';

const PACK_HEAD = `format: casework-rule-pack
formatVersion: 1
name: Team pack
revision: 2
statuses:
  - { id: child-protection-plan, label: Child protection plan }
`;

async function settingsEntries(s: Awaited<ReturnType<typeof timescaleStore>>) {
  const db = await s.raw();
  return db
    .prepare<[], { detail_json: string; cases_json: string }>("SELECT detail_json, cases_json FROM audit_log WHERE action = 'settings-changed' ORDER BY seq")
    .all()
    .map((row) => ({ detail: JSON.parse(row.detail_json) as unknown, cases: JSON.parse(row.cases_json) as unknown }));
}

describe('rule packs', () => {
  it('has none until one is imported: no reminders, England and Wales bank holidays', async () => {
    const s = await timescaleStore(TODAY);
    expect(await s.call('getRulePack')).toEqual({ pack: null, nation: 'england-and-wales' });
    expect(await s.due()).toEqual({ today: '2026-08-26', nation: 'england-and-wales', pack: null, items: [] });
  });

  it('imports the example pack as read from getExampleRulePack, and uses it', async () => {
    const s = await timescaleStore(TODAY);
    const example = await s.call<{ fileName: string; text: string }>('getExampleRulePack');
    expect(example).toEqual({ fileName: EXAMPLE_PACK_FILE_NAME, text: EXAMPLE_PACK_TEXT });

    const { notices, ...summary } = await s.call<RulePackSummary & { notices: string[] }>('importRulePack', example);
    // The default list's Meeting already answers to #coregroup: the import says so instead of failing silently.
    expect(notices).toEqual([
      'The contact type “core-group” was not added because #core-group already means another of your contact types, so notes will not count as “Core group meeting” until a contact type for it is on your list and named in the pack.',
    ]);
    expect(summary).toMatchObject({ name: 'England — example defaults', revision: 1, fileName: EXAMPLE_PACK_FILE_NAME, importedAt: '2026-08-26T09:00:00.000Z' });
    expect(summary.statuses).toEqual([
      { id: 'child-in-need', label: 'Child in need', permanence: false },
      { id: 'child-protection-plan', label: 'Child protection plan', permanence: false },
      { id: 'looked-after', label: 'Looked after (one entry per placement)', permanence: true },
    ]);
    expect(summary.events.map((e) => e.id)).toEqual(['strategy-discussion', 'initial-conference', 'core-group', 'review-conference']);
    expect(summary.rules).toHaveLength(11);
    expect(summary.rules[0]).toEqual({
      id: 'cp-visit',
      label: 'Child protection visit',
      text: expect.stringMatching(/^Every 10 working days during “Child protection plan”, seeing the child alone\. Source: Local choice/u),
    });
    expect(await s.call('getRulePack')).toEqual({ pack: summary, nation: 'england-and-wales' });
    expect((await s.due()).pack).toEqual(summary);
  });

  it('adds the contact types the events need, after the team’s own, and changes none of theirs', async () => {
    const s = await timescaleStore(TODAY);
    const before = await s.call<ContactType[]>('listContactTypes');
    await s.importExample();
    const after = await s.call<ContactType[]>('listContactTypes');

    expect(after.slice(0, before.length)).toEqual(before);
    expect(after.slice(before.length)).toEqual([
      { id: 'strategy-discussion', label: 'Strategy discussion', tags: [], retired: false },
      { id: 'initial-conference', label: 'Initial child protection conference', tags: [], retired: false },
      { id: 'review-conference', label: 'Review child protection conference', tags: [], retired: false },
    ]);
    // #core-group would mean the same tag as the built-in Meeting's #coregroup: left out rather than
    // taking the tag from the team's Meeting type (the team decides, in Settings).
    expect(after.find((t) => t.id === 'core-group')).toBeUndefined();
    expect(after.find((t) => t.id === 'meeting')!.tags).toContain('coregroup');

    // Importing again adds nothing twice.
    await s.importExample();
    expect(await s.call<ContactType[]>('listContactTypes')).toEqual(after);
  });

  it('refuses an invalid file with each problem naming the file, the field and what is wrong; the pack in use stays', async () => {
    const s = await timescaleStore(TODAY);
    const inUse = await s.importExample();
    const text = `${PACK_HEAD}rules:
  - id: cp-visit
    label: Child protection visit
    type: visits
    status: child-protection-plan
    every: { workingDays: 10, days: 3 }
  - id: initial
    label: Initial conference
    type: follow-up
    after: strategy-discussion
    within: { workingDays: 15 }
    metBy: initial-conference
`;
    const error = await s.refused('importRulePack', { fileName: 'C:\\Users\\sam\\Desktop\\team.yaml', text });
    expect(error.code).toBe('INVALID_REQUEST');
    expect(error.field).toBe('text');
    const lines = error.message.split('\n');
    expect(lines[0]).toBe('team.yaml was not imported: the rules in use have not changed. Fix this in the file and import it again:');
    expect(lines.slice(1)).toEqual([
      'team.yaml: rules[0].every: must be exactly one of workingDays, days, weeks, months or hours, e.g. { workingDays: 10 }.',
    ]);

    // Once the shape is right, references are checked too (one problem per line).
    const fixed = text.replace('{ workingDays: 10, days: 3 }', '{ workingDays: 10 }');
    const references = await s.refused('importRulePack', { fileName: 'team.yaml', text: fixed });
    expect(references.message.split('\n').slice(1)).toEqual([
      'team.yaml: rules[1].after: "strategy-discussion" is not one of the pack\'s events (this pack defines no events).',
      'team.yaml: rules[1].metBy: "initial-conference" is not one of the pack\'s events (this pack defines no events).',
    ]);

    expect((await s.call<{ pack: RulePackSummary }>('getRulePack')).pack).toEqual(inUse);
  });

  it('lists at most 10 problems, then how many more', async () => {
    const s = await timescaleStore(TODAY);
    const rules = Array.from({ length: 13 }, (_, i) => `  - { id: r${i}, label: R, type: visits, status: missing, every: { workingDays: 10 } }`).join('\n');
    const error = await s.refused('importRulePack', { fileName: 'team.yaml', text: `${PACK_HEAD}rules:\n${rules}\n` });
    const lines = error.message.split('\n');
    expect(lines).toHaveLength(12);
    expect(lines[1]).toBe('team.yaml: rules[0].status: "missing" is not one of the pack\'s statuses (statuses: child-protection-plan).');
    expect(lines[11]).toBe('and 3 more.');
  });

  it('says where a file is not YAML at all', async () => {
    const s = await timescaleStore(TODAY);
    const error = await s.refused('importRulePack', { fileName: 'team.yaml', text: 'format: [unclosed\n' });
    expect(error.message).toMatch(/^team\.yaml was not imported.*\nteam\.yaml: line \d+, column \d+: this is not valid YAML or JSON/su);
  });

  it('keeps the nation with the records; pack and nation changes are in the audit log, never with a child', async () => {
    const s = await timescaleStore(TODAY);
    await s.importExample();
    expect(await s.call('setNation', { nation: 'scotland' })).toBeNull();
    expect((await s.call<{ nation: string }>('getRulePack')).nation).toBe('scotland');
    expect((await s.due()).nation).toBe('scotland');

    await s.importExample(); // nothing new to add to the contact types this time
    expect(await settingsEntries(s)).toEqual([
      { detail: { changed: ['rule pack', 'contact types'] }, cases: [] },
      { detail: { changed: ['nation for bank holidays'] }, cases: [] },
      { detail: { changed: ['rule pack'] }, cases: [] },
    ]);
  });
});
