/** The builder's edits belong to the pack: saved whole, kept, and never written to the notes. */
import { describe, expect, it } from 'vitest';
import type { ChronologyEntry, Note, NoteVersion, Pack, PackChild } from '../../../preload/contract';
import { draftRequest, packFamily, type PackFamily } from './pack-fixture';

async function recordOf(f: PackFamily) {
  const notes = [...(await f.call<Note[]>('listNotes', { caseId: f.ava.id })), ...(await f.call<Note[]>('listNotes', { caseId: f.ben.id }))];
  const histories = await Promise.all(notes.map((n) => f.call<NoteVersion[]>('getNoteHistory', { noteId: n.id })));
  const chronology = await f.call<ChronologyEntry[]>('listChronology', { caseIds: [f.ava.id, f.ben.id], includeExcluded: true });
  return { notes, histories, chronology };
}

function edited(child: PackChild): PackChild {
  return {
    ...child,
    details: child.details.map((d) => (d.label === 'Legal status' ? { ...d, value: 'Child protection plan (emotional harm)' } : d)),
    seen: child.seen.slice(1).map((row, i) => (i === 0 ? { ...row, detail: 'Present: mum, and {{Mrs Green from next door}}' } : row)),
    sections: [
      ...child.sections.map((s) => (s.key === 'heading-0' ? { ...s, heading: 'Worries', text: 'Mum said {{Mrs Green}} called the police.' } : s)),
      { key: 'added-1', heading: 'Health', text: 'Dental check overdue.' },
    ].filter((s) => s.key !== 'heading-1'),
    chronology: child.chronology.map((row, i) => (i === 0 ? { ...row, event: 'Ava told school she was scared.', analysis: 'First disclosure.' } : row)),
  };
}

describe('savePack', () => {
  it('keeps every edit in the pack and leaves the notes and the chronology as they were', async () => {
    const f = await packFamily();
    const pack = await f.call<Pack>('draftPack', draftRequest(f));
    const before = await recordOf(f);

    const children = [edited(pack.children[0]!), pack.children[1]!];
    const saved = await f.call<Pack>('savePack', { packId: pack.id, children });
    expect(saved.children).toEqual(children);
    expect(saved.updatedAt > pack.updatedAt).toBe(true);
    expect(saved.createdAt).toBe(pack.createdAt);

    const reread = await f.call<Pack>('getPack', { packId: pack.id });
    expect(reread).toEqual(saved);
    const ava = reread.children[0]!;
    expect(ava.details).toContainEqual({ label: 'Legal status', value: 'Child protection plan (emotional harm)' });
    expect(ava.seen).toHaveLength(3);
    expect(ava.sections.map((s) => s.heading)).toEqual(["Ava Jones's views and wishes", "Parents' views", 'Worries', 'What needs to happen?', 'Recommendation', 'Health']);
    expect(ava.chronology[0]).toMatchObject({ event: 'Ava told school she was scared.', analysis: 'First disclosure.' });

    // The legal record is untouched: same notes, same versions, same chronology wording.
    expect(await recordOf(f)).toEqual(before);
    expect((await f.call('getCase', { caseId: f.ava.id })) as { legalStatus: string }).toMatchObject({ legalStatus: 'Child protection plan (neglect)' });
  });

  it('refuses other children, repeated section keys, an unknown pack and unstorable text, changing nothing', async () => {
    const f = await packFamily();
    const pack = await f.call<Pack>('draftPack', draftRequest(f));
    const refused = async (request: unknown) => {
      const answer = await f.core.dispatch('savePack', request);
      expect(answer.ok).toBe(false);
      return answer.ok ? null : answer.error;
    };
    const [ava, ben] = pack.children as [PackChild, PackChild];
    const otherChildren = { code: 'INVALID_REQUEST', message: 'A pack keeps the children it was drafted for. Start a new pack to include other children.', field: 'children' };
    expect(await refused({ packId: pack.id, children: [ava] })).toEqual(otherChildren);
    expect(await refused({ packId: pack.id, children: [ben, ava] })).toEqual(otherChildren);
    expect(await refused({ packId: pack.id, children: [ava, { ...ben, caseId: f.cara.id }] })).toEqual(otherChildren);
    const twice = { ...ava, sections: [...ava.sections, { ...ava.sections[0]!, heading: 'Again' }] };
    expect(await refused({ packId: pack.id, children: [twice, ben] })).toMatchObject({ code: 'INVALID_REQUEST', field: 'children.0.sections' });
    expect(await refused({ packId: '01890000-0000-7000-8000-000000000000', children: [ava, ben] })).toMatchObject({ code: 'NOT_FOUND' });
    expect(await refused({ packId: pack.id, children: [] })).toMatchObject({ code: 'INVALID_REQUEST' });
    const control = { ...ava, sections: ava.sections.map((s) => ({ ...s, text: 'bad \u0007 bell' })) };
    expect(await refused({ packId: pack.id, children: [control, ben] })).toMatchObject({
      code: 'INVALID_REQUEST',
      message: 'A section contains characters that cannot be stored.',
    });
    expect(await f.call<Pack>('getPack', { packId: pack.id })).toEqual(pack);
  });

  it("keeps the child's name the pack was drafted with", async () => {
    const f = await packFamily();
    const pack = await f.call<Pack>('draftPack', draftRequest(f));
    const saved = await f.call<Pack>('savePack', { packId: pack.id, children: [{ ...pack.children[0]!, childName: 'Someone else' }, pack.children[1]!] });
    expect(saved.children.map((c) => c.childName)).toEqual(['Ava Jones', 'Ben Jones']);
  });
});
