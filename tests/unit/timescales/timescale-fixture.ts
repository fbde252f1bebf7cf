/**
 * A practitioner's store for the timescale tests, through the real core: a clock the test sets (the
 * rules count from "today"), two children, the example rule pack on request, and the raw store for the
 * audit log. Exports go to a temp folder (Word and CSV only, so no browser is needed).
 */
import path from 'node:path';
import { v7 as uuidv7 } from 'uuid';
import type { AppErrorBody, CaseSummary, Note, NoteStructureInput } from '../../../preload/contract';
import type { DueItem, DueOverview, RulePackSummary } from '../../../preload/contract/timescales';
import { openProfileStore } from '../support/profile-store';
import { PASSPHRASE, tempDir, testCore } from '../support/temp-profiles';

type Seen = 'seen' | 'seen-alone' | 'not-seen' | null;

export async function timescaleStore(startAt: string) {
  let now = Date.parse(startAt);
  const exportsDir = tempDir('casework-timescale-exports-');
  const t = testCore({
    clock: { now: () => now },
    pdfPrinter: { print: () => Promise.reject(new Error('No PDF was asked for')) },
    exportDestination: { choose: async ({ name }) => path.join(exportsDir, name) },
  });
  const created = await t.call<{ profile: { id: string } }>('createProfile', { displayName: 'Sam Okafor', passphrase: PASSPHRASE });
  const ava = await t.call<CaseSummary>('createCase', { childName: 'Ava Jones' });
  const ben = await t.call<CaseSummary>('createCase', { childName: 'Ben Jones' });

  /** The error a request answers (fails the test if it succeeded). */
  const refused = async (channel: string, payload: unknown): Promise<AppErrorBody> => {
    const answer = await t.core.dispatch(channel, payload);
    if (answer.ok) throw new Error(`${channel} succeeded, expected an error`);
    return answer.error;
  };

  return {
    ...t,
    ava,
    ben,
    refused,
    /** Moves the clock (an ISO instant). */
    setNow: (instant: string) => {
      now = Date.parse(instant);
    },
    /** The pack as getRulePack shows it (the import's notices set aside). */
    importExample: async () => {
      const { notices: _notices, ...summary } = await t.call<RulePackSummary & { notices: string[] }>('importRulePack', await t.call('getExampleRulePack'));
      return summary;
    },
    due: (caseId?: string) => t.call<DueOverview>('getDue', caseId ? { caseId } : {}),
    /** A note about one child with their seen answer, at a contact time. */
    note: (caseId: string, contactAt: string, seen: Seen, structure: Omit<NoteStructureInput, 'children' | 'contactAt'> = {}) =>
      t.call<Note>('saveNote', {
        id: uuidv7(),
        body: 'Visited and talked with the family.',
        structure: { contactAt, contactHasTime: true, ...structure, children: [{ caseId, seen }] },
      }),
    raw: () => openProfileStore(t.root, created.profile.id),
  };
}

export type TimescaleStore = Awaited<ReturnType<typeof timescaleStore>>;

/** The items of one rule, in the engine's order. */
export const itemsOf = (overview: DueOverview, ruleId: string, caseId?: string): DueItem[] =>
  overview.items.filter((i) => i.ruleId === ruleId && (caseId === undefined || i.caseId === caseId));
