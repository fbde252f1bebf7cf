import { describe, expect, it } from 'vitest';
import { v7 as uuidv7 } from 'uuid';
import type { CaseSummary, Note, NoteVersion } from '../../../preload/contract';
import { PASSPHRASE, testCore } from '../support/temp-profiles';
import { quickNote } from '../support/notes';

async function family() {
  let now = Date.parse('2026-11-26T16:00:00Z');
  const t = testCore({ clock: { now: () => (now += 1000) } });
  await t.call('createProfile', { displayName: 'Sam', passphrase: PASSPHRASE });
  const amira = await t.call<CaseSummary>('createCase', { childName: 'Amira Khan' });
  const yusuf = await t.call<CaseSummary>('createCase', { childName: 'Yusuf Khan' });
  return { ...t, amira, yusuf };
}

describe('structured notes', () => {
  it('a family visit links both siblings with per-child answers, contact time and type, and shows on both timelines', async () => {
    const { call, amira, yusuf } = await family();
    const note = await call<Note>('saveNote', {
      id: uuidv7(),
      body: 'Home visit. Amira said "I like my new school". Yusuf was playing.',
      structure: {
        children: [
          { caseId: amira.id, seen: 'seen-alone', bedroomSeen: true },
          { caseId: yusuf.id, seen: 'not-seen', notSeenReason: 'At nursery' },
        ],
        contactAt: '2026-11-25T14:30:00.000Z',
        contactHasTime: true,
        contactType: 'home-visit',
        significant: true,
        voice: ['I like my new school'],
      },
    });
    expect(note).toMatchObject({
      version: 1,
      contactAt: '2026-11-25T14:30:00.000Z',
      contactType: 'home-visit',
      significant: true,
      voice: ['I like my new school'],
      occurredAt: '2026-11-25T14:30:00.000Z',
      children: [
        { caseId: amira.id, childName: 'Amira Khan', seen: 'seen-alone', notSeenReason: null, bedroomSeen: true },
        { caseId: yusuf.id, childName: 'Yusuf Khan', seen: 'not-seen', notSeenReason: 'At nursery', bedroomSeen: null },
      ],
    });
    expect(note.createdAt > note.contactAt!).toBe(true); // written after the contact: kept apart
    expect((await call<Note[]>('listNotes', { caseId: amira.id })).map((n) => n.id)).toEqual([note.id]);
    expect((await call<Note[]>('listNotes', { caseId: yusuf.id })).map((n) => n.id)).toEqual([note.id]);
  });

  it('timelines order by when the contact happened and filter by type, significance and dates', async () => {
    const { call, amira } = await family();
    const save = (body: string, contactAt: string | null, extra: object = {}) =>
      call<Note>('saveNote', { id: uuidv7(), body, structure: { children: [{ caseId: amira.id }], contactAt, ...extra } });
    await save('Written today about last week', '2026-11-19T10:00:00.000Z', { contactType: 'phone-call' });
    await save('Visit two days ago', '2026-11-24T10:00:00.000Z', { contactType: 'home-visit', significant: true });
    await save('No contact time given', null);
    const bodies = async (filter: object) => (await call<Note[]>('listNotes', { caseId: amira.id, ...filter })).map((n) => n.body);
    expect(await bodies({})).toEqual(['No contact time given', 'Visit two days ago', 'Written today about last week']);
    expect(await bodies({ contactType: 'home-visit' })).toEqual(['Visit two days ago']);
    expect(await bodies({ significantOnly: true })).toEqual(['Visit two days ago']);
    expect(await bodies({ from: '2026-11-20', to: '2026-11-24' })).toEqual(['Visit two days ago']);
  });

  it('a note about nobody waits in the inbox and is filed later in one step', async () => {
    const { call, core, amira, yusuf } = await family();
    const captured = await call<Note>('saveNote', { id: uuidv7(), body: 'Call from school nurse about the family.' });
    expect(captured.children).toEqual([]);
    expect((await call<Note[]>('listInbox')).map((n) => n.id)).toEqual([captured.id]);
    const filed = await call<Note>('fileNote', { noteId: captured.id, caseIds: [amira.id, yusuf.id] });
    expect(filed.children.map((c) => c.childName)).toEqual(['Amira Khan', 'Yusuf Khan']);
    expect(filed.body).toBe(captured.body);
    expect(await call('listInbox')).toEqual([]);
    expect(await core.dispatch('fileNote', { noteId: captured.id, caseIds: [amira.id] })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });

  it('refuses links to unknown cases and the same child twice', async () => {
    const { core, amira } = await family();
    expect(await core.dispatch('saveNote', quickNote('x', uuidv7()))).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await core.dispatch('saveNote', quickNote('x', amira.id, amira.id))).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST', field: 'structure.children' } });
  });
});

describe('amendments', () => {
  it('a correction is a new version with a reason; the original is kept and the timeline shows the latest', async () => {
    const { call, amira, yusuf } = await family();
    const original = await call<Note>('saveNote', quickNote('Amira seen at home with mum.', amira.id));
    const amended = await call<Note>('amendNote', {
      noteId: original.id,
      body: 'Amira seen at home with her aunt.',
      reason: 'Recorded the wrong adult',
      structure: { children: [{ caseId: amira.id }, { caseId: yusuf.id }] },
    });
    expect(amended).toMatchObject({ id: original.id, version: 2, body: 'Amira seen at home with her aunt.', createdAt: original.createdAt });
    expect(amended.updatedAt > original.updatedAt).toBe(true);
    const history = await call<NoteVersion[]>('getNoteHistory', { noteId: original.id });
    expect(history.map((v) => [v.version, v.body, v.reason])).toEqual([
      [1, 'Amira seen at home with mum.', null],
      [2, 'Amira seen at home with her aunt.', 'Recorded the wrong adult'],
    ]);
    expect((await call<Note[]>('listNotes', { caseId: amira.id }))[0]!.body).toBe('Amira seen at home with her aunt.');
    expect(await call<Note[]>('listNotes', { caseId: yusuf.id })).toHaveLength(1);
  });

  it('needs a reason and a real change; a finalised note cannot be overwritten by a second save', async () => {
    const { call, core, amira } = await family();
    const note = await call<Note>('saveNote', quickNote('Original.', amira.id));
    const same = { noteId: note.id, body: 'Original.', reason: 'No change', structure: { children: [{ caseId: amira.id }] } };
    expect(await core.dispatch('amendNote', same)).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
    expect(await core.dispatch('amendNote', { ...same, body: 'Changed.', reason: ' ' })).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST', field: 'reason' } });
    expect(await core.dispatch('saveNote', { id: note.id, body: 'Overwrite attempt.' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await call<NoteVersion[]>('getNoteHistory', { noteId: note.id })).toHaveLength(1);
  });
});
