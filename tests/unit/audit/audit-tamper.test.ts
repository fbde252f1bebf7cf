/**
 * Tampering with the audit log through a direct connection to the store, as someone holding the key
 * could: the append-only triggers refuse changes, and once they are dropped, verification finds the
 * first entry changed, removed or reordered, an index row removed, and entries cut from the end.
 */
import { v7 as uuidv7 } from 'uuid';
import { beforeEach, describe, expect, it } from 'vitest';
import { auditRowHash } from '../../../main/audit/audit-chain';
import type { StoreDatabase } from '../../../main/store/open-store';
import type { AuditRow } from '../../../main/audit/audit-log';
import { auditedProfile, type AuditedProfile } from './audit-fixture';

const TRIGGERS = [
  'audit_log_append_only_update',
  'audit_log_append_only_delete',
  'audit_case_index_append_only_update',
  'audit_case_index_append_only_delete',
];

let p: AuditedProfile;
let caseId: string;
let db: StoreDatabase;
let rows: AuditRow[];

/** 1 profile created, 2 case created, 3–5 notes saved, 6 case opened. */
beforeEach(async () => {
  p = await auditedProfile();
  caseId = (await p.createCase('Amira Khan')).id;
  for (const body of ['First visit.', 'Second visit.', 'Third visit.']) {
    await p.call('saveNote', { id: uuidv7(), body, structure: { children: [{ caseId }] } });
  }
  await p.call('getCase', { caseId });
  db = await p.raw();
  rows = await p.rows();
  expect(rows.map((r) => r.action)).toEqual(['profile-created', 'case-created', 'note-created', 'note-created', 'note-created', 'case-opened']);
});

/** What an attacker with the key does first. */
const dropTriggers = () => {
  for (const name of TRIGGERS) db.exec(`DROP TRIGGER ${name}`);
};

const deleteEntry = (seq: number) => {
  db.prepare('DELETE FROM audit_case_index WHERE seq = ?').run(seq);
  db.prepare('DELETE FROM audit_log WHERE seq = ?').run(seq);
};

describe('audit log: append-only and tamper-evident', () => {
  it('an intact chain verifies: every entry counted, the head is the newest entry’s hash', async () => {
    expect(await p.verify()).toEqual({ intact: true, entries: 6, headHash: rows[5]!.hash, problem: null });
    const record = await p.accessRecord(caseId);
    expect(record).toMatchObject({ chainIntact: true, headHash: rows[5]!.hash });
    expect(record.entries.map((e) => e.seq)).toEqual([2, 3, 4, 5, 6]);
  });

  it('the triggers refuse every UPDATE and DELETE, on both tables', () => {
    const refused = /The audit log cannot be changed/u;
    expect(() => db.prepare("UPDATE audit_log SET detail_json = '{}' WHERE seq = 3").run()).toThrow(refused);
    expect(() => db.prepare('DELETE FROM audit_log WHERE seq = 6').run()).toThrow(refused);
    expect(() => db.prepare("UPDATE audit_case_index SET case_id = 'x' WHERE seq = 3").run()).toThrow(refused);
    expect(() => db.prepare('DELETE FROM audit_case_index WHERE seq = 3').run()).toThrow(refused);
    expect(() => db.prepare('DELETE FROM audit_log').run()).toThrow(refused);
    expect(db.prepare('SELECT count(*) FROM audit_log').pluck().get()).toBe(6);
  });

  it('(a) a changed detail: "modified" at that entry', async () => {
    dropTriggers();
    db.prepare(`UPDATE audit_log SET detail_json = '{"noteId":"${uuidv7()}"}' WHERE seq = 4`).run();
    expect(await p.verify()).toEqual({
      intact: false,
      entries: 3,
      headHash: rows[5]!.hash,
      problem: { seq: 4, kind: 'modified', message: 'Entry 4 was changed after it was written.' },
    });
    expect(await p.accessRecord(caseId)).toMatchObject({ chainIntact: false });
  });

  it('(a) a changed time, actor or action is "modified" too', async () => {
    dropTriggers();
    db.prepare("UPDATE audit_log SET at = '2020-01-01T00:00:00.000Z' WHERE seq = 2").run();
    expect((await p.verify()).problem).toMatchObject({ seq: 2, kind: 'modified' });
  });

  it('(b) a middle entry removed: "missing"', async () => {
    dropTriggers();
    deleteEntry(3);
    expect(await p.verify()).toMatchObject({
      intact: false,
      entries: 2,
      problem: { seq: 3, kind: 'missing', message: 'Entry 3 is missing from the log.' },
    });
    deleteEntry(4);
    expect((await p.verify()).problem).toEqual({ seq: 3, kind: 'missing', message: 'Entries 3 to 4 are missing from the log.' });
  });

  it('(c) two entries swapped, each keeping its number: "out-of-order"', async () => {
    dropTriggers();
    const swap = db.prepare('UPDATE audit_log SET at = @at, actor = @actor, action = @action, cases_json = @cases_json, detail_json = @detail_json, prev_hash = @prev_hash, hash = @hash WHERE seq = @seq');
    const [third, fourth] = [rows[2]!, rows[3]!];
    db.transaction(() => {
      swap.run({ ...fourth, seq: third.seq });
      swap.run({ ...third, seq: fourth.seq });
    })();
    expect((await p.verify()).problem).toMatchObject({ seq: 3, kind: 'out-of-order' });
  });

  it('(c) two entries’ contents swapped, hashes left as they were: detected at the first of them', async () => {
    dropTriggers();
    const [third, fourth] = [rows[2]!, rows[3]!];
    db.prepare('UPDATE audit_log SET detail_json = ? WHERE seq = ?').run(fourth.detail_json, third.seq);
    db.prepare('UPDATE audit_log SET detail_json = ? WHERE seq = ?').run(third.detail_json, fourth.seq);
    const problem = (await p.verify()).problem;
    expect(problem?.seq).toBe(3);
    expect(['modified', 'out-of-order']).toContain(problem?.kind);
  });

  it('(c) the whole chain rewritten from an entry on: locally consistent, but the head no longer matches one kept outside', async () => {
    const headBefore = (await p.verify()).headHash; // as written into an export's metadata
    dropTriggers();
    // Someone with the key who recomputes every later link (with the documented formula) leaves a
    // consistent log: only a head hash kept elsewhere, such as in an export, shows the rewrite.
    let prevHash = rows[1]!.hash;
    const rewrite = db.prepare('UPDATE audit_log SET detail_json = ?, prev_hash = ?, hash = ? WHERE seq = ?');
    for (const row of [rows[3]!, rows[2]!, rows[4]!, rows[5]!].map((r, i) => ({ ...r, seq: i + 3 }))) {
      const hash = auditRowHash({ seq: row.seq, at: row.at, actor: row.actor, action: row.action, casesJson: row.cases_json, detailJson: row.detail_json, prevHash });
      rewrite.run(row.detail_json, prevHash, hash, row.seq);
      prevHash = hash;
    }
    const after = await p.verify();
    expect(after).toMatchObject({ intact: true, entries: 6 });
    expect(after.headHash).not.toBe(headBefore);
  });

  it('(d) the newest entry removed: "newest-missing"; and an entry written after it shows the gap', async () => {
    dropTriggers();
    deleteEntry(6);
    expect(await p.verify()).toEqual({
      intact: false,
      entries: 5,
      headHash: rows[4]!.hash,
      problem: { seq: 6, kind: 'newest-missing', message: 'Entry 6 was removed from the end of the log.' },
    });
    deleteEntry(5);
    expect((await p.verify()).problem).toMatchObject({ seq: 5, kind: 'newest-missing', message: 'Entries 5 to 6 were removed from the end of the log.' });
    // The app keeps writing after the highest number ever used: the removed ones stay visibly missing.
    await p.call('saveNote', { id: uuidv7(), body: 'Fourth visit.', structure: { children: [{ caseId }] } });
    expect((await p.lastRow()).seq).toBe(7);
    expect((await p.verify()).problem).toMatchObject({ seq: 5, kind: 'missing', message: 'Entries 5 to 6 are missing from the log.' });
  });

  it('(e) a row removed from the case index (hiding an entry from a child’s record): "modified"', async () => {
    dropTriggers();
    db.prepare('DELETE FROM audit_case_index WHERE seq = 4').run();
    expect((await p.accessRecord(caseId)).entries.map((e) => e.seq)).toEqual([2, 3, 5, 6]);
    expect((await p.verify()).problem).toEqual({ seq: 4, kind: 'modified', message: 'Entry 4 was changed after it was written.' });
    expect(await p.accessRecord(caseId)).toMatchObject({ chainIntact: false });
  });

  it('(e) a row added to the case index (an entry put in another child’s record) is "modified" too', async () => {
    dropTriggers();
    db.prepare('INSERT INTO audit_case_index (case_id, seq) VALUES (?, 1)').run(caseId);
    expect((await p.verify()).problem).toMatchObject({ seq: 1, kind: 'modified' });
  });
});

describe('audit log: the record of access checks what is new; "Verify audit log" checks everything', () => {
  const newNote = () => p.call('saveNote', { id: uuidv7(), body: 'Another visit.', structure: { children: [{ caseId }] } });

  it('after an intact check, a change to an entry written since is still found by the record of access', async () => {
    expect(await p.accessRecord(caseId)).toMatchObject({ chainIntact: true }); // the session's first: every entry
    await newNote();
    dropTriggers();
    const newest = (await p.lastRow()).seq;
    db.prepare(`UPDATE audit_log SET detail_json = '{"noteId":"${uuidv7()}"}' WHERE seq = ?`).run(newest);
    expect(await p.accessRecord(caseId)).toMatchObject({ chainIntact: false });
  });

  it('a change to the entry it last checked up to sends it back to a full check', async () => {
    expect(await p.accessRecord(caseId)).toMatchObject({ chainIntact: true });
    dropTriggers();
    db.prepare("UPDATE audit_log SET at = '2020-01-01T00:00:00.000Z' WHERE seq = 6").run();
    expect(await p.accessRecord(caseId)).toMatchObject({ chainIntact: false });
  });

  it('"Verify audit log" finds a change to an older entry even after an intact check in the session', async () => {
    expect(await p.accessRecord(caseId)).toMatchObject({ chainIntact: true });
    await newNote();
    dropTriggers();
    db.prepare("UPDATE audit_log SET at = '2020-01-01T00:00:00.000Z' WHERE seq = 3").run();
    expect((await p.verify()).problem).toMatchObject({ seq: 3, kind: 'modified' });
    // ... and once a check has found it broken, the record of access checks everything again too.
    expect(await p.accessRecord(caseId)).toMatchObject({ chainIntact: false });
  });

  it('entries added after a check are counted: the answer is the same as a full check', async () => {
    await p.accessRecord(caseId);
    await newNote();
    await newNote();
    const record = await p.accessRecord(caseId);
    const full = await p.verify();
    expect(full).toMatchObject({ intact: true });
    expect(record).toMatchObject({ chainIntact: true, headHash: full.headHash });
  });
});
