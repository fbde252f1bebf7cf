/**
 * The Due view over a large caseload: 1,000 children with 50 notes each (a year of visits), statuses,
 * planned conferences, family exports and drafts, in a real encrypted store. Checks that the
 * whole-caseload answer (a handful of queries, grouped in memory) is exactly what each child's own
 * answer says. Notes are inserted as rows (notes + note_links, the columns the facts reader reads):
 * through NoteRepository.save the fill alone took most of a minute; saving is tested elsewhere. No
 * timings are asserted; TIMESCALES_TIMING=1 prints them (docs/timescales.md reports the figures).
 */
import crypto from 'node:crypto';
import path from 'node:path';
import { v7 as uuidv7 } from 'uuid';
import { afterEach, describe, expect, it } from 'vitest';
import { repositoriesFor, type Repositories } from '../../../main/session/repositories';
import { openEncryptedStore, type StoreDatabase } from '../../../main/store/open-store';
import { EXAMPLE_PACK_FILE_NAME, EXAMPLE_PACK_TEXT } from '../../../main/timescales/example-pack';
import { tempDir } from '../support/temp-profiles';

const CASES = 1_000;
const NOTES_PER_CASE = 50;
const NOW = Date.parse('2026-08-26T09:00:00Z');
const DAY_MS = 86_400_000;
const SEEN = ['seen-alone', 'seen', 'not-seen', null] as const;
const TYPES = ['home-visit', 'phone-call', 'school-visit', 'strategy-discussion', 'initial-conference', 'review-conference', null] as const;

let db: StoreDatabase | null = null;
afterEach(() => {
  db?.close();
  db = null;
});

/** A note as the repository stores it: its row, and its link to the child with the seen answer. */
function noteWriter(db: StoreDatabase) {
  const note = db.prepare(
    `INSERT INTO notes (id, body, version, contact_at, contact_has_time, contact_type, significant, voice_json, occurred_at, in_inbox, created_at, updated_at)
     VALUES (@id, 'Visited the family.', 1, @at, 1, @type, @significant, '[]', @at, 0, @at, @at)`,
  );
  const link = db.prepare('INSERT INTO note_links (note_id, case_id, occurred_at, seen) VALUES (@id, @caseId, @at, @seen)');
  return (caseId: string, i: number, atMs: number) => {
    const fields = { id: uuidv7({ msecs: atMs }), caseId, at: new Date(atMs).toISOString(), type: TYPES[i % TYPES.length]!, significant: i % 9 === 0 ? 1 : 0, seen: SEEN[i % SEEN.length]! };
    note.run(fields);
    link.run(fields);
  };
}

/** 1,000 children, 50 notes each over the last year, a third on each status, some planned, some drafts. */
function fill(db: StoreDatabase, repos: Repositories, setNow: (ms: number) => void): string[] {
  repos.timescales.importPack(EXAMPLE_PACK_FILE_NAME, EXAMPLE_PACK_TEXT);
  const writeNote = noteWriter(db);
  const caseIds: string[] = [];
  const statuses = ['child-protection-plan', 'looked-after', 'child-in-need'];
  repos.atomically(() => {
    for (let c = 0; c < CASES; c++) {
      const id = repos.cases.create({ childName: `Child ${String(c).padStart(4, '0')}`, dateOfBirth: null, caseReference: null }, new Date(NOW - 400 * DAY_MS)).id;
      caseIds.push(id);
      repos.timescales.statuses.add(id, statuses[c % 3]!, '2025-09-01', c % 2 === 0);
      if (c % 10 === 0) repos.timescales.planned.add(id, 'review-conference', '2026-09-30');
      for (let n = 0; n < NOTES_PER_CASE; n++) {
        // Spread over the year before today, a different rhythm per child.
        const at = NOW - ((n * 7 + (c % 7)) * DAY_MS + 3_600_000);
        writeNote(id, n + c, at);
      }
    }
  });
  setNow(NOW - 5 * DAY_MS);
  for (let c = 0; c < CASES; c += 25) {
    repos.drafts.save(uuidv7(), caseIds[c]!, 'Visit, not written up yet.', { children: [{ caseId: caseIds[c]!, seen: 'seen', notSeenReason: null, bedroomSeen: null }], people: [], dismissed: [], template: null }, new Date(NOW - 5 * DAY_MS));
  }
  for (let c = 0; c < CASES; c += 20) {
    repos.exports.record({
      id: uuidv7(),
      createdAt: new Date(NOW - 2 * DAY_MS).toISOString(),
      author: 'Sam Okafor',
      packId: null,
      conferenceType: 'review',
      from: '2026-01-01',
      to: '2026-08-01',
      formats: ['docx'],
      audience: c % 40 === 0 ? 'family' : 'professional',
      recipient: 'Parents',
      purpose: 'Review',
      encrypted: true,
      files: [],
      children: [{ caseId: caseIds[c]!, childName: `Child ${c}` }],
    });
  }
  setNow(NOW);
  return caseIds;
}

function timed<T>(fn: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = fn();
  return { value, ms: performance.now() - start };
}

describe('the Due view over 1,000 children × 50 notes', () => {
  it('answers for the whole caseload exactly what each child’s own view answers', () => {
    let now = NOW;
    db = openEncryptedStore(path.join(tempDir('casework-timescale-scale-'), 'store.db'), crypto.randomBytes(32), { create: true });
    const repos = repositoriesFor(db, 'Sam Okafor', () => new Date(now));
    const built = timed(() => fill(db!, repos, (ms) => (now = ms)));
    const caseIds = built.value;

    const first = timed(() => repos.timescales.due());
    const again = timed(() => repos.timescales.due());
    const overview = first.value;
    const one = timed(() => repos.timescales.due(caseIds[500]));
    if (process.env.TIMESCALES_TIMING) {
      console.log(`fill ${(built.ms / 1000).toFixed(1)} s; getDue all: first ${first.ms.toFixed(0)} ms, again ${again.ms.toFixed(0)} ms; one case ${one.ms.toFixed(1)} ms; ${overview.items.length} items`);
    }

    expect(again.value).toEqual(overview);
    const visitRules = new Set(overview.items.filter((i) => i.kind === 'visit').map((i) => i.ruleId));
    expect(visitRules).toEqual(new Set(['cp-visit', 'lac-visit']));
    // Every child on a plan or looked after has a visit reminder; children in need have none.
    const withVisits = new Set(overview.items.filter((i) => i.kind === 'visit' && i.state !== 'met').map((i) => i.caseId));
    expect(withVisits.size).toBe(caseIds.filter((_, c) => c % 3 !== 2).length);
    expect(overview.items.filter((i) => i.kind === 'unwritten' && i.key.includes('|draft:'))).toHaveLength(CASES / 25);
    expect(overview.items.filter((i) => i.ruleId === 'report-before-review' && i.state === 'met')).toHaveLength(CASES / 40); // a family export (c % 40) and a planned review (c % 10)
    for (const c of [0, 1, 2, 40, 500, 999]) {
      const own = repos.timescales.due(caseIds[c]).items;
      expect(own).toEqual(overview.items.filter((i) => i.caseId === caseIds[c]));
    }
  }, 180_000);
});
