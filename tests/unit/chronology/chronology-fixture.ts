/** A family of two siblings in one practitioner's store, and shorthand for notes and the chronology. */
import { v7 as uuidv7 } from 'uuid';
import type { CaseSummary, ChronologyEntry, Note, NoteStructureInput } from '../../../preload/contract';
import { PASSPHRASE, testCore } from '../support/temp-profiles';

export const WRITTEN_AT = '2026-11-26T16:00:00Z';

export async function chronologyFamily(start = WRITTEN_AT) {
  let now = Date.parse(start);
  const t = testCore({ clock: { now: () => (now += 1000) } });
  await t.call('createProfile', { displayName: 'Sam Okafor', passphrase: PASSPHRASE });
  const ava = await t.call<CaseSummary>('createCase', { childName: 'Ava Jones', dateOfBirth: '2016-04-03' });
  const ben = await t.call<CaseSummary>('createCase', { childName: 'Ben Jones', dateOfBirth: '2021-01-10' });
  await t.call('addSibling', { caseId: ava.id, siblingCaseId: ben.id });

  /** A finalised note about these children, significant unless the structure says otherwise. */
  const note = (body: string, caseIds: readonly string[], structure: Omit<NoteStructureInput, 'children'> = {}) =>
    t.call<Note>('saveNote', { id: uuidv7(), body, structure: { children: caseIds.map((caseId) => ({ caseId })), significant: true, ...structure } });
  const list = (caseIds: readonly string[], options: { from?: string; to?: string; includeExcluded?: boolean } = {}) =>
    t.call<ChronologyEntry[]>('listChronology', { caseIds, ...options });
  return { ...t, ava, ben, note, list };
}

export const events = (entries: readonly ChronologyEntry[]) => entries.map((e) => e.event);
