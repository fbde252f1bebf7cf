/** Drafting a pack from the records, through the real core and the encrypted store. */
import { describe, expect, it } from 'vitest';
import type { Pack, PackChild, PackSummary } from '../../../preload/contract';
import { draftRequest, packFamily, UNCLE } from './pack-fixture';

const child = (pack: Pack, name: string): PackChild => pack.children.find((c) => c.childName === name)!;
const section = (c: PackChild, key: string) => c.sections.find((s) => s.key === key)!;

describe('draftPack', () => {
  it("drafts each child's details, visits, words, sections and chronology from the period's records", async () => {
    const f = await packFamily();
    const pack = await f.call<Pack>('draftPack', draftRequest(f));
    expect(pack).toMatchObject({ caseId: f.ava.id, conferenceType: 'review', from: '2026-01-01', to: '2026-05-31', author: 'Sam Okafor' });
    expect(pack.children.map((c) => c.childName)).toEqual(['Ava Jones', 'Ben Jones']);

    const ava = child(pack, 'Ava Jones');
    expect(ava.details).toEqual([
      { label: 'Name', value: 'Ava Jones' },
      { label: 'Date of birth', value: '3 April 2016 (10 years)' },
      { label: 'Case reference', value: 'CR-1001' },
      { label: 'Legal status', value: 'Child protection plan (neglect)' },
      { label: 'Allocated worker', value: 'Sam Okafor' },
    ]);
    // Oldest first, UK dates and clock times (GMT, then BST); a date-only contact has no time.
    expect(ava.seen).toEqual([
      { date: '2026-02-02', time: null, answer: 'Seen', detail: '', noteId: f.notes.scared.id },
      { date: '2026-03-12', time: '10:00', answer: 'Seen alone', detail: 'Present: Dr Rahul Patel, Priya Jones. Bedroom seen', noteId: f.notes.familyVisit.id },
      { date: '2026-04-20', time: '09:30', answer: 'Not seen', detail: "At her grandmother's", noteId: f.notes.grandmother.id },
      { date: '2026-05-05', time: '13:00', answer: 'Not seen', detail: 'No reason recorded', noteId: f.notes.noReason.id },
    ]);
    expect(ava.sections.map((s) => [s.key, s.heading])).toEqual([
      ['childs-views', "Ava Jones's views and wishes"],
      ['parents-views', "Parents' views"],
      ['heading-0', 'What are we worried about?'],
      ['heading-1', "What's working well?"],
      ['heading-2', 'What needs to happen?'],
      ['recommendation', 'Recommendation'],
    ]);
    // The child's own words, with their dates; third-party marks carried over as they were.
    expect(section(ava, 'childs-views').text).toBe(`“I don't like it when {{${UNCLE}}} shouts” (2 February 2026)\n“I want to stay with mum” (10 April 2026)`);
    expect(ava.sections.filter((s) => s.key !== 'childs-views').every((s) => s.text === '')).toBe(true);
    expect(ava.chronology).toEqual([
      expect.objectContaining({ date: '2026-02-02', time: null, age: '9 years 9 months', event: `Ava said she is scared when {{${UNCLE}}} visits.`, analysis: '' }),
      expect.objectContaining({ date: '2026-03-12', time: '10:00', age: '9 years 11 months', event: 'Home visit.', analysis: '' }),
    ]);
    expect(ava.chronology[0]!.source).toContain('Sam Okafor');

    const ben = child(pack, 'Ben Jones');
    expect(ben.details).toContainEqual({ label: 'Case reference', value: 'Not recorded' });
    expect(ben.details).toContainEqual({ label: 'Legal status', value: 'Not recorded' });
    expect(ben.seen.map((s) => [s.date, s.time, s.answer, s.detail])).toEqual([
      ['2026-03-12', '10:00', 'Seen', 'Present: Dr Rahul Patel, Priya Jones'],
      ['2026-04-01', '00:30', 'Seen', ''],
    ]);
    expect(section(ben, 'childs-views')).toEqual({ key: 'childs-views', heading: "Ben Jones's views and wishes", text: '“Ben’s own words” (1 April 2026)' });
    expect(ben.chronology.map((r) => [r.date, r.age])).toEqual([
      ['2026-03-12', '6 years'],
      ['2026-04-01', '6 years 1 month'],
    ]);

    // Nothing from the other family, nothing outside the period (in UK time).
    const everything = JSON.stringify(pack);
    for (const absent of ['Cara', 'Too early', 'Too late', 'Strategy discussion', 'Late visit']) expect(everything).not.toContain(absent);
    expect(JSON.stringify(ava)).not.toContain('Ben’s own words');
    expect(JSON.stringify(ava)).not.toContain('football');

    // It is kept: getPack answers the same pack.
    expect(await f.call<Pack>('getPack', { packId: pack.id })).toEqual(pack);
  });

  it('drafts one child of the family; a child without a date of birth has no ages', async () => {
    const f = await packFamily();
    const pack = await f.call<Pack>('draftPack', { ...draftRequest(f, [f.ben.id]), caseId: f.ava.id });
    expect(pack.children.map((c) => c.childName)).toEqual(['Ben Jones']);
    const cara = await f.call<Pack>('draftPack', { caseId: f.cara.id, childIds: [f.cara.id], from: '2026-01-01', to: '2026-12-31', conferenceType: 'initial' });
    expect(cara.children[0]!.details).toContainEqual({ label: 'Date of birth', value: 'Not recorded' });
    expect(cara.children[0]!.chronology.map((r) => r.age)).toEqual([null]);
  });

  it('leaves out chronology entries the practitioner left out of the chronology', async () => {
    const f = await packFamily();
    await f.call('removeChronologyEntry', { key: `note:${f.notes.familyVisit.id}` });
    const pack = await f.call<Pack>('draftPack', draftRequest(f, [f.ava.id]));
    expect(pack.children[0]!.chronology.map((r) => r.date)).toEqual(['2026-02-02']);
  });

  it('refuses children outside the family, unknown or repeated children, and a reversed period, saying which', async () => {
    const f = await packFamily();
    const refused = async (request: unknown) => {
      const answer = await f.core.dispatch('draftPack', request);
      expect(answer.ok).toBe(false);
      return answer.ok ? null : answer.error;
    };
    expect(await refused(draftRequest(f, [f.ava.id, f.cara.id]))).toEqual({
      code: 'INVALID_REQUEST',
      message: "Cara Smith is not in Ava Jones's family group, so cannot be in a pack started from Ava Jones's case.",
      field: 'childIds',
    });
    expect(await refused(draftRequest(f, [f.ava.id, '01890000-0000-7000-8000-000000000000']))).toMatchObject({
      code: 'INVALID_REQUEST',
      message: 'One of the chosen children could not be found.',
    });
    expect(await refused(draftRequest(f, [f.ava.id, f.ava.id]))).toMatchObject({ code: 'INVALID_REQUEST', message: 'Each child can be chosen once.' });
    expect(await refused(draftRequest(f, []))).toMatchObject({ code: 'INVALID_REQUEST', message: 'Choose at least one child.', field: 'childIds' });
    expect(await refused({ ...draftRequest(f), from: '2026-06-01', to: '2026-05-01' })).toMatchObject({
      code: 'INVALID_REQUEST',
      message: 'From must be on or before To.',
      field: 'to',
    });
    expect(await refused({ ...draftRequest(f), from: '1 May' })).toMatchObject({ code: 'INVALID_REQUEST', field: 'from' });
    expect(await refused({ ...draftRequest(f), conferenceType: 'strategy' })).toMatchObject({ message: 'Choose the kind of conference.' });
    expect(await refused({ ...draftRequest(f), caseId: '01890000-0000-7000-8000-000000000000' })).toMatchObject({ code: 'NOT_FOUND' });
    expect(await f.call<PackSummary[]>('listPacks', { caseId: f.ava.id })).toEqual([]);
  });

  it("lists a family's packs from any child of the family, newest first, and no other family's", async () => {
    const f = await packFamily();
    const first = await f.call<Pack>('draftPack', draftRequest(f, [f.ava.id]));
    const second = await f.call<Pack>('draftPack', { ...draftRequest(f), conferenceType: 'core-group' });
    const fromBen = await f.call<PackSummary[]>('listPacks', { caseId: f.ben.id });
    expect(fromBen.map((p) => [p.id, p.conferenceType, p.childNames])).toEqual([
      [second.id, 'core-group', ['Ava Jones', 'Ben Jones']],
      [first.id, 'review', ['Ava Jones']],
    ]);
    expect(fromBen[0]).toMatchObject({ from: '2026-01-01', to: '2026-05-31', updatedAt: second.updatedAt });
    expect(await f.call<PackSummary[]>('listPacks', { caseId: f.cara.id })).toEqual([]);
  });

  it('answers LOCKED when the records are locked', async () => {
    const f = await packFamily();
    const pack = await f.call<Pack>('draftPack', draftRequest(f));
    await f.call('lock', {});
    for (const [channel, request] of [
      ['draftPack', draftRequest(f)],
      ['getPack', { packId: pack.id }],
      ['listPacks', { caseId: f.ava.id }],
      ['savePack', { packId: pack.id, children: pack.children }],
      ['listExports', { caseId: f.ava.id }],
      ['exportPack', { packId: pack.id, formats: ['csv'], audience: 'family', recipient: 'Priya Jones', purpose: 'Review conference', encrypt: true }],
    ] as const) {
      expect(await f.core.dispatch(channel, request)).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    }
  });
});
