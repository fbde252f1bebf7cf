/**
 * A full disk (simulated with PRAGMA max_page_count: full-disk.ts) through the real core: a note that
 * cannot be saved is refused with DISK_FULL and plain words, the draft typed before stays, nothing is
 * damaged, and the same save succeeds once, after space is freed. A disk that fills during unlock still
 * lets the practitioner in (records come first; the unlock is simply not in the audit log).
 */
import { describe, expect, it } from 'vitest';
import { v7 as uuidv7 } from 'uuid';
import type { AuditVerification, CaseAccessRecord, CaseSummary, CreatedProfile, Draft, Note } from '../../../preload/contract';
import { PASSPHRASE, testCore } from '../support/temp-profiles';
import { fullDisk, integrityOf, useUpSpace } from './full-disk';

/** A long visit write-up (about 3,000 words): it needs new pages wherever it goes. */
const LONG_NOTE = 'Visit to Amira at home; mum present, kitchen clean, Amira showed me her room. '.repeat(260);
const DISK_FULL_WORDS = /disk is full.*not saved.*text is kept/isu;

async function profileWithCase(disk = fullDisk()) {
  const t = testCore({ onStoreOpened: disk.onStoreOpened });
  const { profile } = await t.call<CreatedProfile>('createProfile', { displayName: 'Sam', passphrase: PASSPHRASE });
  const kase = await t.call<CaseSummary>('createCase', { childName: 'Amira Khan' });
  return { t, disk, profile, kase };
}

describe('a full disk', () => {
  it('refuses the note with DISK_FULL, keeps the draft and the store intact; the same save succeeds once after space is freed', async () => {
    const { t, disk, profile, kase } = await profileWithCase();
    const id = uuidv7();
    await t.call('saveDraft', { id, caseId: kase.id, body: LONG_NOTE });
    disk.fill();
    const draftRefused = await useUpSpace(t, kase.id);
    expect(draftRefused).toMatchObject({ ok: false, error: { code: 'DISK_FULL', message: expect.stringMatching(DISK_FULL_WORDS) } });

    const save = { id, body: LONG_NOTE, structure: { children: [{ caseId: kase.id }] } };
    const refused = await t.core.dispatch('saveNote', save);
    expect(refused).toMatchObject({ ok: false, error: { code: 'DISK_FULL', message: expect.stringMatching(DISK_FULL_WORDS) } });
    expect(await t.call<Note[]>('listNotes', { caseId: kase.id })).toEqual([]);
    expect((await t.call<Draft[]>('listDrafts', { caseId: kase.id })).find((d) => d.id === id)?.body).toBe(LONG_NOTE);
    expect(integrityOf(disk.db())).toBe('ok');
    expect(await t.call<AuditVerification>('verifyAuditLog')).toMatchObject({ intact: true });

    // Closing and reopening on the full disk: the page check passes, the draft is still there.
    await t.call('lock');
    await t.call('unlock', { profileId: profile.id, passphrase: PASSPHRASE });
    expect((await t.call<Draft[]>('listDrafts', { caseId: kase.id })).find((d) => d.id === id)?.body).toBe(LONG_NOTE);
    expect(await t.core.dispatch('saveNote', save)).toMatchObject({ ok: false, error: { code: 'DISK_FULL' } });

    disk.free();
    const saved = await t.call<Note>('saveNote', save);
    expect(saved).toMatchObject({ id, body: LONG_NOTE });
    // The practitioner presses save again (the first answer was lost): still one note, one audit entry.
    expect(await t.call<Note>('saveNote', save)).toEqual(saved);
    expect((await t.call<Note[]>('listNotes', { caseId: kase.id })).map((n) => n.id)).toEqual([id]);
    expect((await t.call<Draft[]>('listDrafts', { caseId: kase.id })).some((d) => d.id === id)).toBe(false);
    const record = await t.call<CaseAccessRecord>('getCaseAccessRecord', { caseId: kase.id });
    expect(record.entries.filter((e) => e.action === 'note-finalised' || e.action === 'note-created')).toHaveLength(1);
    expect(record.chainIntact).toBe(true);
    expect(integrityOf(disk.db())).toBe('ok');
  });

  it('that fills during unlock still opens the records; the unlock is not recorded and the chain stays intact', async () => {
    const { t, disk, profile, kase } = await profileWithCase();
    await t.call('saveDraft', { id: uuidv7(), caseId: kase.id, body: 'Typed before the disk filled.' });
    disk.fill();
    await useUpSpace(t, kase.id);
    // Unlock until an unlock's own audit entry no longer fits: from then on, every unlock is refused a page.
    const entries = async () => (await t.call<AuditVerification>('verifyAuditLog')).entries;
    let before = await entries();
    for (let unlocks = 0; ; unlocks += 1) {
      expect(unlocks, 'the audit log never filled up').toBeLessThan(200);
      await t.call('lock');
      await t.call('unlock', { profileId: profile.id, passphrase: PASSPHRASE });
      const after = await entries();
      if (after === before) break;
      before = after;
    }
    expect(await entries()).toBe(before);
    expect(await t.call<AuditVerification>('verifyAuditLog')).toMatchObject({ intact: true });
    expect((await t.call<Draft[]>('listDrafts', { caseId: kase.id })).some((d) => d.body === 'Typed before the disk filled.')).toBe(true);
    expect(integrityOf(disk.db())).toBe('ok');

    disk.free();
    await t.call('lock');
    await t.call('unlock', { profileId: profile.id, passphrase: PASSPHRASE });
    expect(await entries()).toBe(before + 1);
  });
});
