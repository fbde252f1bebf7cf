/**
 * What lands in the audit log, through the real core and the real encrypted store: how the store was
 * opened, cases created and opened, notes saved, finalised, amended and filed, drafts discarded. Each
 * entry lands with its change or not at all, and a retry records nothing new.
 */
import { v7 as uuidv7 } from 'uuid';
import { describe, expect, it } from 'vitest';
import type { Note } from '../../../preload/contract';
import { PASSPHRASE } from '../support/temp-profiles';
import { auditedProfile, casesOf, detailOf, PRACTITIONER, START } from './audit-fixture';

const MINUTE = 60_000;
const about = (...caseIds: string[]) => ({ children: caseIds.map((caseId) => ({ caseId })) });

describe('audit: opening the store', () => {
  it('records the profile being created, then each unlock, with the wrong passphrases before it', async () => {
    const p = await auditedProfile();
    await p.call('lock');
    await p.call('unlock', { profileId: p.profileId, passphrase: PASSPHRASE });
    await p.call('lock');
    for (let i = 0; i < 3; i += 1) {
      p.advance(2 * MINUTE); // past the backoff
      const refused = await p.core.dispatch('unlock', { profileId: p.profileId, passphrase: 'not my passphrase at all' });
      expect(refused).toMatchObject({ ok: false, error: { code: 'WRONG_PASSPHRASE' } });
    }
    p.advance(2 * MINUTE);
    await p.call('unlock', { profileId: p.profileId, passphrase: PASSPHRASE });

    const rows = await p.rows();
    expect(rows.map((r) => [r.seq, r.action, r.actor, casesOf(r), detailOf(r)])).toEqual([
      [1, 'profile-created', PRACTITIONER, [], {}],
      [2, 'unlocked', PRACTITIONER, [], {}],
      [3, 'unlocked', PRACTITIONER, [], { failedAttempts: 3 }],
    ]);
    expect(rows[0]!.at).toBe(new Date(START).toISOString());
    expect(rows[2]!.at).toBe(new Date(START + 8 * MINUTE).toISOString());
    // A wrong passphrase opens nothing, so it cannot write to the log; the next unlock says how many there were.
    expect(await p.verify()).toMatchObject({ intact: true, entries: 3 });
  });
});

describe('audit: cases', () => {
  it('a case created, and opened at most once per 10 minutes (getCase or its timeline); again after a new unlock', async () => {
    const p = await auditedProfile();
    const amira = await p.createCase('Amira Khan');
    await p.call('getCase', { caseId: amira.id });
    p.advance(5 * MINUTE);
    await p.call('getCase', { caseId: amira.id });
    await p.call('listNotes', { caseId: amira.id });
    p.advance(6 * MINUTE); // 11 minutes after the first open
    // Opened from the case list, the page has the summary already: its timeline loading is the opening.
    await p.call('listNotes', { caseId: amira.id });
    await p.call('getCase', { caseId: amira.id });
    await p.call('lock');
    await p.call('unlock', { profileId: p.profileId, passphrase: PASSPHRASE });
    await p.call('getCase', { caseId: amira.id });

    const record = await p.accessRecord(amira.id);
    expect(record).toMatchObject({ caseId: amira.id, childName: 'Amira Khan', chainIntact: true });
    expect(record.entries.map((e) => [e.action, e.description, e.actor, e.caseId])).toEqual([
      ['case-created', 'Case created', PRACTITIONER, amira.id],
      ['case-opened', 'Case opened', PRACTITIONER, amira.id],
      ['case-opened', 'Case opened', PRACTITIONER, amira.id],
      ['case-opened', 'Case opened', PRACTITIONER, amira.id],
    ]);
    expect(record.entries.map((e) => e.at)).toEqual([
      new Date(START).toISOString(),
      new Date(START).toISOString(),
      new Date(START + 11 * MINUTE).toISOString(),
      new Date(START + 11 * MINUTE).toISOString(),
    ]);
    expect(record.entries.map((e) => e.seq)).toEqual([...record.entries.map((e) => e.seq)].sort((a, b) => a - b));
    expect(record.headHash).toBe((await p.lastRow()).hash);
  });

  it('a read whose entry cannot be written (a full disk) still answers, and the next read records it', async () => {
    const p = await auditedProfile();
    const amira = await p.createCase('Amira Khan');
    const db = await p.raw();
    // Stands in for SQLITE_FULL: every new audit row is refused while this trigger exists.
    db.exec("CREATE TRIGGER refuse_audit BEFORE INSERT ON audit_log BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END");
    expect(await p.call('listNotes', { caseId: amira.id })).toEqual([]);
    expect(await p.call('getCase', { caseId: amira.id })).toMatchObject({ childName: 'Amira Khan' });
    expect(await p.call('search', { query: 'amira' })).toMatchObject({ cases: [{ caseId: amira.id }] });
    expect(await p.actions()).toEqual(['profile-created', 'case-created']);
    db.exec('DROP TRIGGER refuse_audit');
    await p.call('listNotes', { caseId: amira.id });
    await p.call('search', { query: 'amira' });
    expect(await p.actions()).toEqual(['profile-created', 'case-created', 'case-opened', 'search']);
    expect(await p.verify()).toMatchObject({ intact: true, entries: 4 });
  });

  it('an unknown case opens nothing and records nothing; editing the summary is recorded', async () => {
    const p = await auditedProfile();
    const amira = await p.createCase('Amira Khan');
    expect(await p.core.dispatch('getCase', { caseId: uuidv7() })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await p.core.dispatch('getCaseAccessRecord', { caseId: uuidv7() })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    await p.call('updateCase', { caseId: amira.id, childName: 'Amira Khan', dateOfBirth: null, caseReference: null, legalStatus: 'Child in need', allocatedWorker: null });
    expect(await p.actions()).toEqual(['profile-created', 'case-created', 'case-updated']);
  });
});

describe('audit: notes and drafts', () => {
  it('a note saved; a draft saved as a note; a retried save adds nothing; a refused save adds nothing', async () => {
    const p = await auditedProfile();
    const amira = await p.createCase('Amira Khan');
    const typed = uuidv7();
    await p.call('saveNote', { id: typed, body: 'Phone call with school.', structure: about(amira.id) });
    const drafted = uuidv7();
    await p.call('saveDraft', { id: drafted, caseId: amira.id, body: 'Home visit, half writ' });
    await p.call('saveNote', { id: drafted, body: 'Home visit, written up.', structure: about(amira.id) });
    const before = (await p.rows()).length;
    // The renderer retries a save whose answer it did not get: same id, same text.
    await p.call('saveNote', { id: drafted, body: 'Home visit, written up.', structure: about(amira.id) });
    const conflict = await p.core.dispatch('saveNote', { id: typed, body: 'Something else entirely.', structure: about(amira.id) });
    expect(conflict).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect((await p.rows()).length).toBe(before);

    expect(await p.accessLines(amira.id)).toEqual([
      ['case-created', 'Case created'],
      ['note-created', 'Note saved'],
      ['note-finalised', 'Draft saved as a note'],
    ]);
    const rows = await p.rows();
    expect(rows.filter((r) => r.action.startsWith('note-')).map(detailOf)).toEqual([{ noteId: typed }, { noteId: drafted }]);
  });

  it('a family visit is in each child’s record; an amendment is in the old and the new children’s records', async () => {
    const p = await auditedProfile();
    const ava = await p.createCase('Ava Jones');
    const ben = await p.createCase('Ben Jones');
    const cara = await p.createCase('Cara Smith');
    const visit = await p.call<Note>('saveNote', { id: uuidv7(), body: 'Home visit, both at home.', structure: about(ava.id, ben.id) });
    // The note was about the wrong child: Ben's part moves to Cara.
    await p.call('amendNote', { noteId: visit.id, body: 'Home visit, both at home.', reason: 'Wrong child linked', structure: about(ava.id, cara.id) });

    expect(await p.accessLines(ava.id)).toEqual([
      ['case-created', 'Case created'],
      ['note-created', 'Note saved (for 2 children)'],
      ['note-amended', 'Note amended'],
    ]);
    expect((await p.accessLines(ben.id)).map(([action]) => action)).toEqual(['case-created', 'note-created', 'note-amended']);
    expect((await p.accessLines(cara.id)).map(([action]) => action)).toEqual(['case-created', 'note-amended']);
    const amended = await p.lastRow();
    expect(casesOf(amended)).toEqual([ava.id, ben.id, cara.id].sort());
    expect(detailOf(amended)).toEqual({ noteId: visit.id });
  });

  it('a quick note about nobody, then filed to a child; no note text is ever recorded', async () => {
    const p = await auditedProfile();
    const amira = await p.createCase('Amira Khan');
    const quick = await p.call<Note>('saveNote', { id: uuidv7(), body: 'Mum rang about the dentist on Tuesday.' });
    await p.call('fileNote', { noteId: quick.id, caseIds: [amira.id] });

    expect(await p.accessLines(amira.id)).toEqual([
      ['case-created', 'Case created'],
      ['note-filed', 'Note filed to a case'],
    ]);
    const saved = (await p.rows()).find((r) => r.action === 'note-created')!;
    expect(casesOf(saved)).toEqual([]);
    const everything = JSON.stringify(await p.rows());
    expect(everything).not.toMatch(/dentist|Tuesday|Amira/iu);
  });

  it('discarding a draft is recorded against its case; discarding one that is gone records nothing', async () => {
    const p = await auditedProfile();
    const amira = await p.createCase('Amira Khan');
    const draft = uuidv7();
    await p.call('saveDraft', { id: draft, caseId: amira.id, body: 'Started a note' });
    await p.call('discardDraft', { id: draft });
    await p.call('discardDraft', { id: draft });
    await p.call('discardDraft', { id: uuidv7() });
    const quick = uuidv7();
    await p.call('saveDraft', { id: quick, caseId: null, body: 'A quick thought' });
    await p.call('discardDraft', { id: quick });

    expect(await p.accessLines(amira.id)).toEqual([
      ['case-created', 'Case created'],
      ['draft-discarded', 'Draft discarded'],
    ]);
    const discarded = (await p.rows()).filter((r) => r.action === 'draft-discarded');
    expect(discarded.map((r) => [casesOf(r), detailOf(r)])).toEqual([
      [[amira.id], { draftId: draft }],
      [[], { draftId: quick }],
    ]);
    expect(await p.verify()).toMatchObject({ intact: true, entries: 4 });
  });
});
