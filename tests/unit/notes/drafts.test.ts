import { describe, expect, it } from 'vitest';
import { v7 as uuidv7 } from 'uuid';
import type { CaseSummary, Draft, Note } from '../../../preload/contract';
import { PASSPHRASE, testCore } from '../support/temp-profiles';

async function unlocked() {
  let now = Date.parse('2026-11-26T16:00:00Z');
  const t = testCore({ clock: { now: () => (now += 1000) } });
  const { profile } = await t.call<{ profile: { id: string } }>('createProfile', { displayName: 'Sam', passphrase: PASSPHRASE });
  const kase = await t.call<CaseSummary>('createCase', { childName: 'Amira Khan' });
  return { ...t, kase, profileId: profile.id };
}

describe('drafts', () => {
  it('are saved as typed, replaced in place, and survive a lock (encrypted) to be restored after unlock', async () => {
    const { call, kase, profileId } = await unlocked();
    const id = uuidv7();
    await call('saveDraft', { id, caseId: kase.id, body: 'Home vis' });
    await call('saveDraft', { id, caseId: kase.id, body: 'Home visit, Amira was', state: { children: [{ caseId: kase.id, seen: 'seen-alone' }], dismissed: ['contact-date:yesterday:0'] } });
    await call('lock');
    await call('unlock', { profileId, passphrase: PASSPHRASE });
    const drafts = await call<Draft[]>('listDrafts', { caseId: kase.id });
    expect(drafts).toEqual([
      expect.objectContaining({
        id,
        caseId: kase.id,
        body: 'Home visit, Amira was',
        state: { children: [{ caseId: kase.id, seen: 'seen-alone', notSeenReason: null, bedroomSeen: null }], people: [], dismissed: ['contact-date:yesterday:0'], template: null },
      }),
    ]);
  });

  it('finalising turns the draft into the note with the same id, and a late autosave cannot bring it back', async () => {
    const { call, kase } = await unlocked();
    const id = uuidv7();
    await call('saveDraft', { id, caseId: kase.id, body: 'Nearly done' });
    const note = await call<Note>('saveNote', { id, body: 'Nearly done.', structure: { children: [{ caseId: kase.id }] } });
    expect(note.id).toBe(id);
    expect(await call('listDrafts', {})).toEqual([]);
    expect(await call('saveDraft', { id, caseId: kase.id, body: 'Nearly done.' })).toBeNull();
    expect(await call('listDrafts', {})).toEqual([]);
  });

  it('a blank unlinked draft is not kept; discarding removes a draft; quick-capture drafts have no case', async () => {
    const { call, kase } = await unlocked();
    const id = uuidv7();
    await call('saveDraft', { id, caseId: null, body: 'Call from GP' });
    expect((await call<Draft[]>('listDrafts', { caseId: null })).map((d) => d.body)).toEqual(['Call from GP']);
    expect(await call<Draft[]>('listDrafts', { caseId: kase.id })).toEqual([]);
    expect(await call('saveDraft', { id, caseId: null, body: '   ' })).toBeNull();
    expect(await call('listDrafts', {})).toEqual([]);
    const other = uuidv7();
    await call('saveDraft', { id: other, caseId: kase.id, body: 'Keep?' });
    await call('discardDraft', { id: other });
    expect(await call('listDrafts', {})).toEqual([]);
  });

  it('draft state is validated at the boundary', async () => {
    const { core, kase } = await unlocked();
    const bad = await core.dispatch('saveDraft', { id: uuidv7(), caseId: kase.id, body: 'x', state: { children: [{ caseId: 'nope' }] } });
    expect(bad).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST', field: 'state.children.0.caseId' } });
    const unknownCase = await core.dispatch('saveDraft', { id: uuidv7(), caseId: uuidv7(), body: 'x' });
    expect(unknownCase).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});
