/**
 * Two siblings (Ava and Ben Jones) and a child of another family (Cara Smith) in one practitioner's
 * store, with notes in and around a pack period (1 January – 31 May 2026): visit answers (seen, seen
 * alone, not seen with and without a reason), people present, the child's words, significant notes,
 * and notes just outside the period in UK time (GMT and BST). Exports go to a temp folder.
 */
import path from 'node:path';
import { v7 as uuidv7 } from 'uuid';
import type { CaseSummary, Note, NoteStructureInput, Person } from '../../../preload/contract';
import type { CoreOptions } from '../../../main/ipc/core';
import { PASSPHRASE, tempDir, testCore } from '../support/temp-profiles';

export const FROM = '2026-01-01';
export const TO = '2026-05-31';
export const UNCLE = 'Uncle Dave';
export const TODAY = '2026-06-02T09:00:00Z';

type ChildAnswer = { caseId: string; seen?: 'seen' | 'seen-alone' | 'not-seen' | null; notSeenReason?: string | null; bedroomSeen?: boolean | null };

export interface PackFixtureOptions {
  /** Where the export destination answers; null: the practitioner cancels. Default: a temp folder. */
  destination?: 'folder' | 'cancel';
  core?: Partial<CoreOptions>;
}

export async function packFamily(options: PackFixtureOptions = {}) {
  const exportsDir = tempDir('casework-pack-exports-');
  const asked: string[] = [];
  let now = Date.parse(TODAY);
  const t = testCore({
    clock: { now: () => (now += 1000) },
    exportDestination: {
      choose: async ({ name }) => {
        asked.push(name);
        return options.destination === 'cancel' ? null : path.join(exportsDir, name);
      },
    },
    ...options.core,
  });
  await t.call('createProfile', { displayName: 'Sam Okafor', passphrase: PASSPHRASE });
  const ava = await t.call<CaseSummary>('createCase', { childName: 'Ava Jones', dateOfBirth: '2016-04-03', caseReference: 'CR-1001' });
  const ben = await t.call<CaseSummary>('createCase', { childName: 'Ben Jones', dateOfBirth: '2020-02-14' });
  const cara = await t.call<CaseSummary>('createCase', { childName: 'Cara Smith' });
  await t.call('updateCase', {
    caseId: ava.id,
    childName: 'Ava Jones',
    dateOfBirth: '2016-04-03',
    caseReference: 'CR-1001',
    legalStatus: 'Child protection plan (neglect)',
    allocatedWorker: 'Sam Okafor',
  });
  await t.call('addSibling', { caseId: ava.id, siblingCaseId: ben.id });
  const mum = await t.call<Person>('createPerson', { fullName: 'Priya Jones', links: [{ caseId: ava.id, relationship: 'mother' }] });
  const gp = await t.call<Person>('createPerson', { fullName: 'Dr Rahul Patel', role: 'GP' });

  const note = (body: string, contactAt: string, children: ChildAnswer[], structure: Omit<NoteStructureInput, 'children' | 'contactAt'> = {}) =>
    t.call<Note>('saveNote', {
      id: uuidv7(),
      body,
      structure: { contactAt, contactHasTime: true, ...structure, children },
    });

  const notes = {
    // In the period, oldest first for Ava. A date without a clock time (UK midnight, GMT).
    scared: await note(`Ava said she is scared when {{${UNCLE}}} visits. School nurse told.`, '2026-02-02T00:00:00.000Z', [{ caseId: ava.id, seen: 'seen' }], {
      contactHasTime: false,
      significant: true,
      voice: [`I don't like it when {{${UNCLE}}} shouts`],
    }),
    familyVisit: await note('Home visit. Both children at home with mum.', '2026-03-12T10:00:00.000Z', [
      { caseId: ava.id, seen: 'seen-alone', bedroomSeen: true },
      { caseId: ben.id, seen: 'seen' },
    ], { significant: true, people: [mum.id, gp.id] }),
    wordsOnly: await note('Ava phoned after school.', '2026-04-10T15:00:00.000Z', [{ caseId: ava.id }], { voice: ['I want to stay with mum'] }),
    // 09:30 BST.
    grandmother: await note('Visit, Ava not at home.', '2026-04-20T08:30:00.000Z', [{ caseId: ava.id, seen: 'not-seen', notSeenReason: "At her grandmother's" }]),
    noReason: await note('Visit, no answer at the door.', '2026-05-05T12:00:00.000Z', [{ caseId: ava.id, seen: 'not-seen' }]),
    // Ben only: 00:30 BST on 1 April (31 March in UTC).
    bensWords: await note('Ben talked about his football team.', '2026-03-31T23:30:00.000Z', [{ caseId: ben.id, seen: 'seen' }], {
      significant: true,
      voice: ['Ben’s own words'],
    }),
    // Outside the period in UK time: 31 Dec 2025 23:30 GMT, and 1 June 2026 00:30 BST (31 May in UTC).
    before: await note('Strategy discussion held.', '2025-12-31T23:30:00.000Z', [{ caseId: ava.id, seen: 'seen' }], { significant: true, voice: ['Too early'] }),
    after: await note('Late visit after the period.', '2026-05-31T23:30:00.000Z', [{ caseId: ava.id, seen: 'seen' }], { significant: true, voice: ['Too late'] }),
    // Another family's child.
    cara: await note('Cara seen at school.', '2026-03-01T10:00:00.000Z', [{ caseId: cara.id, seen: 'seen' }], { significant: true, voice: ['Cara’s words'] }),
  };
  return { ...t, ava, ben, cara, mum, gp, notes, exportsDir, asked };
}

export type PackFamily = Awaited<ReturnType<typeof packFamily>>;

export const draftRequest = (f: PackFamily, childIds = [f.ava.id, f.ben.id]) => ({
  caseId: f.ava.id,
  childIds,
  from: FROM,
  to: TO,
  conferenceType: 'review' as const,
});
