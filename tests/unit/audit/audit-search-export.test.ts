/**
 * The audit entries that carry detail: a search (that it happened, its filters and result count, never
 * its words; one entry per burst of typing), an export (the SHA-256 of every file, the same as the
 * export register's), and the changes to settings and keys.
 */
import { v7 as uuidv7 } from 'uuid';
import { describe, expect, it } from 'vitest';
import type { ContactType, ExportRecord, ExportResult, Pack } from '../../../preload/contract';
import { PASSPHRASE } from '../support/temp-profiles';
import { draftRequest, packFamily } from '../packs/pack-fixture';
import { openProfileStore } from '../support/profile-store';
import { auditedProfile, casesOf, detailOf } from './audit-fixture';

const SECOND = 1000;
/** Words that are in a note and are searched for: they must not reach the audit log. */
const WORDS = ['trampoline', 'zebra'];

describe('audit: search', () => {
  it('records that a search happened, its filters and result count, never its words; one entry per 30 seconds of typing', async () => {
    const p = await auditedProfile();
    const amira = await p.createCase('Amira Khan');
    await p.call('saveNote', { id: uuidv7(), body: 'Amira showed me the trampoline and her zebra.', structure: { children: [{ caseId: amira.id }] } });
    const before = (await p.rows()).length;

    // Typing "trampoline zebra": each pause searches; the burst is one entry.
    for (const query of ['tr', 'tramp', 'trampoline', 'trampoline zeb', 'trampoline zebra']) {
      await p.call('search', { query });
      p.advance(2 * SECOND);
    }
    // Narrowed to Amira (and a contact type): a different search, recorded against her case.
    await p.call('search', { query: 'trampoline zebra', caseId: amira.id });
    await p.call('search', { query: 'trampoline zebra', caseId: amira.id, contactType: 'home-visit' });
    p.advance(31 * SECOND);
    await p.call('search', { query: 'trampoline zebra', caseId: amira.id, contactType: 'home-visit' });

    const searches = (await p.rows()).slice(before);
    expect(searches.map((r) => [r.action, casesOf(r), detailOf(r)])).toEqual([
      // The burst's first search is the one recorded ("tr" is too short to find anything).
      ['search', [], { results: 0, filters: [] }],
      ['search', [amira.id], { results: 1, filters: ['caseId'] }],
      ['search', [amira.id], { results: 0, filters: ['caseId', 'contactType'] }],
      ['search', [amira.id], { results: 0, filters: ['caseId', 'contactType'] }],
    ]);
    expect((await p.accessLines(amira.id)).filter(([action]) => action === 'search')).toEqual([
      ['search', 'Searched with filters (child): 1 result'],
      ['search', 'Searched with filters (child, contact type): 0 results'],
      ['search', 'Searched with filters (child, contact type): 0 results'],
    ]);

    // Not in any column of any row of either table, in any case.
    const db = await p.raw();
    for (const table of ['audit_log', 'audit_case_index']) {
      const cells = db.prepare(`SELECT * FROM ${table}`).raw().all().flat().map(String).join('\n').toLowerCase();
      for (const word of [...WORDS, 'tramp', 'zeb', 'home-visit']) expect(cells, `${word} in ${table}`).not.toContain(word);
    }
  });
});

describe('audit: export', () => {
  it('records each export against every child in it, with the same file hashes as the export register', async () => {
    const unusedPrinter = { print: () => Promise.reject(new Error('No PDF was asked for')) };
    const f = await packFamily({ core: { pdfPrinter: unusedPrinter } });
    const pack = await f.call<Pack>('draftPack', draftRequest(f));
    const result = await f.call<ExportResult>('exportPack', {
      packId: pack.id,
      formats: ['docx', 'csv'],
      audience: 'family',
      recipient: 'Priya Jones (mother)',
      purpose: 'Report to parents before the review conference',
      encrypt: true,
    });
    const [register] = await f.call<ExportRecord[]>('listExports', { caseId: f.ava.id });

    const profileId = (await f.call<{ profile: { id: string } }>('getSession')).profile.id;
    const db = await openProfileStore(f.root, profileId);
    const row = db.prepare<[], { cases_json: string; detail_json: string }>("SELECT * FROM audit_log WHERE action = 'export'").get()!;
    const detail = JSON.parse(row.detail_json) as { files: Array<{ name: string; sha256: string }> };
    expect(JSON.parse(row.cases_json)).toEqual([f.ava.id, f.ben.id].sort());
    expect(detail).toEqual({
      exportId: result.exportId,
      kind: 'pack',
      formats: ['docx', 'csv'],
      audience: 'family',
      encrypted: true,
      files: register!.files.map(({ name, sha256 }) => ({ name, sha256 })),
    });
    // The documents inside the archive and the archive itself.
    expect(detail.files.map((file) => file.name)).toEqual([...result.files, result.archive!].map((file) => file.name));
    // Who it went to and why are the practitioner's own words: the register keeps them, the audit log does not.
    const cells = JSON.stringify(db.prepare('SELECT * FROM audit_log').all());
    expect(cells).not.toContain('Priya');
    expect(cells).not.toContain('review conference');

    const description = 'Exported a conference pack (Word, CSV) for the family (third-party information removed), encrypted; 3 files with SHA-256 recorded';
    for (const child of [f.ava, f.ben]) {
      const record = await f.call<{ entries: Array<{ action: string; description: string }> }>('getCaseAccessRecord', { caseId: child.id });
      expect(record.entries.filter((e) => e.action === 'export').map((e) => e.description)).toEqual([description]);
    }
    expect((await f.call<{ entries: Array<{ action: string }> }>('getCaseAccessRecord', { caseId: f.cara.id })).entries.map((e) => e.action)).not.toContain('export');
    expect(await f.call('verifyAuditLog')).toMatchObject({ intact: true, problem: null });
  });
});

describe('audit: settings and keys', () => {
  it('records settings changed (which, not their values), the passphrase changed and the recovery key replaced; a refused change records nothing', async () => {
    const p = await auditedProfile();
    await p.raw(); // opened with the passphrase before it changes
    await p.call('updateSettings', { autoLockMinutes: 15 });
    await p.call('updateSettings', { autoLockMinutes: 15 }); // unchanged: nothing to record
    const types = await p.call<ContactType[]>('listContactTypes');
    await p.call('saveContactTypes', { types: types.filter((t) => !t.retired).map(({ id, label, tags }) => ({ id, label, tags })) });
    const newPassphrase = 'a brand new passphrase for sam';
    expect(await p.core.dispatch('changePassphrase', { currentPassphrase: 'not the passphrase at all', newPassphrase })).toMatchObject({
      ok: false,
      error: { code: 'WRONG_PASSPHRASE' },
    });
    await p.call('changePassphrase', { currentPassphrase: PASSPHRASE, newPassphrase });
    await p.call('replaceRecoveryKey', { currentPassphrase: newPassphrase });

    const rows = (await p.rows()).slice(1);
    expect(rows.map((r) => [r.action, casesOf(r), detailOf(r)])).toEqual([
      ['settings-changed', [], { changed: ['auto-lock time'] }],
      ['settings-changed', [], { changed: ['contact types'] }],
      ['passphrase-changed', [], {}],
      ['recovery-key-replaced', [], {}],
    ]);
    expect(await p.verify()).toMatchObject({ intact: true, entries: 5, headHash: rows.at(-1)!.hash });
  });
});
