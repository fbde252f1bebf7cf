import { describe, expect, it } from 'vitest';
import { v7 as uuidv7 } from 'uuid';
import type { CaseSummary, Note, SearchResults } from '../../../preload/contract';
import { PASSPHRASE, testCore } from '../support/temp-profiles';

async function unlocked() {
  let now = Date.parse('2026-11-26T16:00:00Z');
  const t = testCore({ clock: { now: () => (now += 1000) } });
  const { profile } = await t.call<{ profile: { id: string } }>('createProfile', { displayName: 'Sam', passphrase: PASSPHRASE });
  const amira = await t.call<CaseSummary>('createCase', { childName: 'Amira Khan', caseReference: 'CP-2291' });
  return { ...t, amira, profileId: profile.id };
}

describe('the search channel', () => {
  it('answers cases and notes through the dispatcher, and keeps up with saves, amendments and new cases', async () => {
    const { call, amira } = await unlocked();
    const search = (query: string, extra: object = {}) => call<SearchResults>('search', { query, ...extra });
    const note = await call<Note>('saveNote', { id: uuidv7(), body: 'Amira said the trampoline is broken.', structure: { children: [{ caseId: amira.id }] } });
    expect((await search('tramp')).notes.map((n) => n.noteId)).toEqual([note.id]);
    expect((await search('amira')).cases.map((c) => c.caseId)).toEqual([amira.id]);
    await call('amendNote', { noteId: note.id, body: 'Amira said the swing is broken.', reason: 'Misheard', structure: { children: [{ caseId: amira.id }] } });
    expect((await search('trampoline')).notes).toEqual([]);
    expect((await search('swing', { caseId: amira.id })).notes.map((n) => n.noteId)).toEqual([note.id]);
    const yusuf = await call<CaseSummary>('createCase', { childName: 'Yusuf Khan' });
    expect((await search('yus')).cases.map((c) => c.caseId)).toEqual([yusuf.id]);
  });

  it('never shows drafts', async () => {
    const { call, amira } = await unlocked();
    await call('saveDraft', { id: uuidv7(), caseId: amira.id, body: 'Unfinished thought about fireworks' });
    expect((await call<SearchResults>('search', { query: 'fireworks' })).notes).toEqual([]);
  });

  it('refuses a blank search at the boundary, answers locked when locked, and never throws on syntax', async () => {
    const { core, call } = await unlocked();
    const blank = await core.dispatch('search', { query: '   ' });
    expect(blank.ok).toBe(false);
    expect(await call<SearchResults>('search', { query: 'NEAR("x" *' })).toEqual({ cases: [], people: [], notes: [] });
    await call('lock');
    const locked = await core.dispatch('search', { query: 'amira' });
    expect(locked).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
  });
});
