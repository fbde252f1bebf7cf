import { describe, expect, it } from 'vitest';
import { v7 as uuidv7 } from 'uuid';
import type { CaseSummary, Note } from '../../preload/contract';
import { PASSPHRASE, testCore } from './support/temp-profiles';

async function unlockedCore() {
  let now = Date.parse('2026-11-20T09:00:00Z');
  const t = testCore({ clock: { now: () => (now += 60_000) } });
  await t.call('createProfile', { displayName: 'Sam', passphrase: PASSPHRASE });
  return t;
}

describe('cases', () => {
  it('creates cases with optional details and lists them by child name with note counts', async () => {
    const { call } = await unlockedCore();
    const zara = await call<CaseSummary>('createCase', { childName: 'Zara Ahmed', dateOfBirth: '2015-06-01', caseReference: 'CP-2291' });
    const ben = await call<CaseSummary>('createCase', { childName: 'ben Morris', caseReference: '  ' });
    expect(zara).toMatchObject({ childName: 'Zara Ahmed', dateOfBirth: '2015-06-01', caseReference: 'CP-2291', noteCount: 0, lastNoteAt: null });
    expect(ben).toMatchObject({ dateOfBirth: null, caseReference: null });
    await call('saveNote', { id: uuidv7(), body: 'First contact.', structure: { children: [{ caseId: zara.id }] } });
    const list = await call<CaseSummary[]>('listCases');
    expect(list.map((c) => [c.childName, c.noteCount])).toEqual([['ben Morris', 0], ['Zara Ahmed', 1]]);
    expect(await call('getCase', { caseId: zara.id })).toMatchObject({ noteCount: 1, lastNoteAt: expect.any(String) });
  });

  it('an unknown case is NOT_FOUND', async () => {
    const { core } = await unlockedCore();
    const missing = { caseId: uuidv7() };
    expect(await core.dispatch('getCase', missing)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await core.dispatch('listNotes', missing)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});

describe('notes', () => {
  it('are listed newest first, with their text exactly as written', async () => {
    const { call } = await unlockedCore();
    const kase = await call<CaseSummary>('createCase', { childName: 'Amira Khan' });
    const bodies = ['Visit one.', 'Phone call with school.\nTeacher reports good attendance.', 'Visit three — “I like my room”.'];
    for (const body of bodies) await call('saveNote', { id: uuidv7(), body, structure: { children: [{ caseId: kase.id }] } });
    const notes = await call<Note[]>('listNotes', { caseId: kase.id });
    expect(notes.map((n) => n.body)).toEqual([...bodies].reverse());
    expect(notes[0]!.createdAt > notes[2]!.createdAt).toBe(true);
  });

  it('a retried save with the same id returns the stored note and never duplicates it', async () => {
    const { call } = await unlockedCore();
    const kase = await call<CaseSummary>('createCase', { childName: 'Amira Khan' });
    const note = { id: uuidv7(), body: 'Saved once, retried twice.', structure: { children: [{ caseId: kase.id }] } };
    const first = await call<Note>('saveNote', note);
    expect(await call<Note>('saveNote', note)).toEqual(first);
    expect(await call<Note>('saveNote', note)).toEqual(first);
    expect(await call<Note[]>('listNotes', { caseId: kase.id })).toHaveLength(1);
  });

  it('reusing an id for different text is a CONFLICT and overwrites nothing', async () => {
    const { call, core } = await unlockedCore();
    const kase = await call<CaseSummary>('createCase', { childName: 'Amira Khan' });
    const id = uuidv7();
    await call('saveNote', { id, body: 'Original.', structure: { children: [{ caseId: kase.id }] } });
    expect(await core.dispatch('saveNote', { id, body: 'Changed.', structure: { children: [{ caseId: kase.id }] } })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect((await call<Note[]>('listNotes', { caseId: kase.id }))[0]!.body).toBe('Original.');
  });

  it('a note for a case that does not exist is refused', async () => {
    const { core } = await unlockedCore();
    const result = await core.dispatch('saveNote', { id: uuidv7(), body: 'Orphan.', structure: { children: [{ caseId: uuidv7() }] } });
    expect(result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});
