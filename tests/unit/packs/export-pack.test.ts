/**
 * exportPack end to end through the real core: the saved pack is built into PDF (real Chromium), Word
 * and CSV, redacted for families, written to a temp folder (an AES archive by default), and recorded
 * in the export register with SHA-256 hashes that match the bytes on disk.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from '@playwright/test';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditVerification, CaseAccessRecord, ExportRecord, ExportResult, Pack } from '../../../preload/contract';
import { REDACTED_THIRD_PARTY } from '../../../preload/contract/third-party';
import type { PdfPrinter } from '../../../main/export/ports';
import { launchPrinterBrowser, printerFor } from '../../support/chromium-pdf-printer';
import { readPdf, zipComment, zipEntries } from '../export/readers';
import { draftRequest, packFamily, UNCLE, type PackFixtureOptions } from './pack-fixture';

let browser: Browser;
let printer: PdfPrinter;
beforeAll(async () => {
  browser = await launchPrinterBrowser();
  printer = printerFor(browser);
});
afterAll(async () => {
  await browser?.close();
});

const NEIGHBOUR = 'Mrs Green from next door';
const sha256 = (data: Uint8Array) => crypto.createHash('sha256').update(data).digest('hex');

/** A drafted pack with a worry about a neighbour marked as third party in the builder, saved. */
async function savedPack(options: PackFixtureOptions = {}) {
  const f = await packFamily({ ...options, core: { pdfPrinter: printer, ...options.core } });
  const pack = await f.call<Pack>('draftPack', draftRequest(f));
  const [ava, ben] = pack.children;
  const sections = ava!.sections.map((s) => (s.key === 'heading-0' ? { ...s, text: `Mum said {{${NEIGHBOUR}}} called the police.` } : s));
  await f.call<Pack>('savePack', { packId: pack.id, children: [{ ...ava!, sections }, ben!] });
  return { ...f, pack };
}

const request = (packId: string, extra: Record<string, unknown> = {}) => ({
  packId,
  formats: ['pdf', 'docx', 'csv'],
  audience: 'family',
  recipient: 'Priya Jones (mother)',
  purpose: 'Report to parents before the review conference',
  encrypt: true,
  ...extra,
});

/** The words of each document: PDF text by pdfjs, Word text by mammoth, the CSV as it is. */
async function textOf(name: string, data: Buffer): Promise<string> {
  if (name.endsWith('.pdf')) return (await readPdf(data)).pages.join(' ');
  if (name.endsWith('.docx')) return (await mammoth.extractRawText({ buffer: data })).value;
  return data.toString('utf8');
}

describe('exportPack', () => {
  it('for the family, encrypted: one archive and a passphrase; third-party information gone from every file; recorded with matching hashes', async () => {
    const f = await savedPack();
    const result = await f.call<ExportResult>('exportPack', request(f.pack.id));

    expect(f.asked).toEqual(['conference-pack-CR-1001-2026-06-02-family.zip']);
    expect(result.location).toBe(path.join(f.exportsDir, 'conference-pack-CR-1001-2026-06-02-family.zip'));
    expect(fs.readdirSync(f.exportsDir)).toEqual(['conference-pack-CR-1001-2026-06-02-family.zip']);
    expect(result.passphrase).toMatch(/^[0-9a-z]{5}(-[0-9a-z]{5}){4}$/u);
    const onDisk = fs.readFileSync(result.location);
    expect(result.archive).toEqual({ name: path.basename(result.location), sha256: sha256(onDisk), bytes: onDisk.length });

    const inside = await zipEntries(onDisk, result.passphrase!);
    expect(result.files.map((file) => file.name)).toEqual([
      'conference-pack-CR-1001-2026-06-02-family.pdf',
      'conference-pack-CR-1001-2026-06-02-family.docx',
      'chronology-CR-1001-2026-06-02-family.csv',
    ]);
    for (const file of result.files) {
      const data = inside.get(file.name)!;
      expect(file).toEqual({ name: file.name, sha256: sha256(data), bytes: data.length });
      const text = await textOf(file.name, data);
      expect(text, file.name).not.toContain(UNCLE);
      expect(text, file.name).not.toContain('Mrs Green');
      expect(text, file.name).not.toContain('{{');
      expect(text, file.name).toContain(REDACTED_THIRD_PARTY);
    }
    const pdfText = await textOf('a.pdf', inside.get(result.files[0]!.name)!);
    expect(pdfText).toContain('OFFICIAL-SENSITIVE');
    expect(pdfText).toContain('I want to stay with mum');

    // The register, seen from either child's case: everything about the export, and every file's hash.
    const expected: Omit<ExportRecord, 'createdAt'> = {
      id: result.exportId,
      author: 'Sam Okafor',
      children: [
        { caseId: f.ava.id, childName: 'Ava Jones' },
        { caseId: f.ben.id, childName: 'Ben Jones' },
      ],
      from: '2026-01-01',
      to: '2026-05-31',
      conferenceType: 'review',
      formats: ['pdf', 'docx', 'csv'],
      audience: 'family',
      recipient: 'Priya Jones (mother)',
      purpose: 'Report to parents before the review conference',
      encrypted: true,
      files: [...result.files, result.archive!],
    };
    for (const caseId of [f.ava.id, f.ben.id]) {
      const [record, ...more] = await f.call<ExportRecord[]>('listExports', { caseId });
      expect(more).toEqual([]);
      expect(record).toMatchObject(expected);
      expect(record!.createdAt.startsWith('2026-06-02T09:')).toBe(true);
    }
    expect(await f.call<ExportRecord[]>('listExports', { caseId: f.cara.id })).toEqual([]);
  });

  it('writes the audit chain head taken just before the export into the PDF, the Word file and the archive comment', async () => {
    const f = await savedPack();
    const before = await f.call<AuditVerification>('verifyAuditLog');
    expect(before).toMatchObject({ intact: true, problem: null });
    expect(before.entries).toBeGreaterThan(0);
    expect(before.headHash).toMatch(/^[0-9a-f]{64}$/u);
    expect(before.headHash).not.toBe('0'.repeat(64));

    const result = await f.call<ExportResult>('exportPack', request(f.pack.id, { audience: 'professional' }));
    const onDisk = fs.readFileSync(result.location);
    expect(await zipComment(onDisk)).toBe(`Casework export - OFFICIAL-SENSITIVE - audit-chain:${before.headHash}`);
    const inside = await zipEntries(onDisk, result.passphrase!);
    const [pdf, docx] = result.files.map((file) => inside.get(file.name)!);
    const { info } = await readPdf(pdf!);
    expect(info).toMatchObject({ Keywords: `audit-chain:${before.headHash}`, Custom: { CaseworkAuditChain: before.headHash }, Author: 'Sam Okafor' });
    const word = await zipEntries(docx!);
    expect(word.get('docProps/core.xml')!.toString('utf8')).toContain(`<cp:keywords>audit-chain:${before.headHash}</cp:keywords>`);
    expect(word.get('docProps/custom.xml')!.toString('utf8')).toContain(`<vt:lpwstr>${before.headHash}</vt:lpwstr>`);

    // The export's own entry comes after the head it wrote: the chain moved on by exactly that entry.
    const after = await f.call<AuditVerification>('verifyAuditLog');
    expect(after).toMatchObject({ intact: true, entries: before.entries + 1 });
    expect(after.headHash).not.toBe(before.headHash);
    const record = await f.call<CaseAccessRecord>('getCaseAccessRecord', { caseId: f.ava.id });
    expect(record.entries.at(-1)).toMatchObject({ seq: before.entries + 1, action: 'export' });
  });

  it('for professionals: third-party information kept (markers removed)', async () => {
    const f = await savedPack();
    const result = await f.call<ExportResult>('exportPack', request(f.pack.id, { audience: 'professional', formats: ['docx', 'pdf'] }));
    const inside = await zipEntries(fs.readFileSync(result.location), result.passphrase!);
    for (const file of result.files) {
      const text = await textOf(file.name, inside.get(file.name)!);
      expect(text, file.name).toContain(UNCLE);
      expect(text, file.name).toContain(NEIGHBOUR);
      expect(text, file.name).not.toContain('{{');
      expect(text, file.name).not.toContain(REDACTED_THIRD_PARTY);
    }
    const [record] = await f.call<ExportRecord[]>('listExports', { caseId: f.ava.id });
    expect(record).toMatchObject({ audience: 'professional', formats: ['docx', 'pdf'] });
  });

  it('unencrypted by explicit choice: separate files in a folder, no passphrase, recorded as not encrypted', async () => {
    const f = await savedPack();
    const result = await f.call<ExportResult>('exportPack', request(f.pack.id, { encrypt: false, formats: ['csv', 'docx'] }));
    expect(result.archive).toBeNull();
    expect(result.passphrase).toBeNull();
    expect(result.location).toBe(path.join(f.exportsDir, 'conference-pack-CR-1001-2026-06-02-family'));
    for (const file of result.files) {
      const data = fs.readFileSync(path.join(result.location, file.name));
      expect(file.sha256).toBe(sha256(data));
    }
    const csv = fs.readFileSync(path.join(result.location, 'chronology-CR-1001-2026-06-02-family.csv'), 'utf8');
    expect(csv).not.toContain(UNCLE);
    const [record] = await f.call<ExportRecord[]>('listExports', { caseId: f.ava.id });
    expect(record).toMatchObject({ encrypted: false, files: result.files, formats: ['csv', 'docx'] });
  });

  it('cancelled at the destination: CANCELLED, nothing written, nothing recorded', async () => {
    const f = await savedPack({ destination: 'cancel' });
    expect(await f.core.dispatch('exportPack', request(f.pack.id, { formats: ['csv'] }))).toEqual({
      ok: false,
      error: { code: 'CANCELLED', message: 'Export cancelled: nothing was written.' },
    });
    expect(fs.readdirSync(f.exportsDir)).toEqual([]);
    expect(await f.call<ExportRecord[]>('listExports', { caseId: f.ava.id })).toEqual([]);
  });

  it('UNAVAILABLE where this window cannot print or choose a destination; nothing recorded', async () => {
    for (const core of [{ pdfPrinter: undefined }, { exportDestination: undefined }]) {
      const f = await savedPack({ core });
      expect(await f.core.dispatch('exportPack', request(f.pack.id))).toEqual({
        ok: false,
        error: { code: 'UNAVAILABLE', message: 'Export is not available in this window.' },
      });
      expect(await f.call<ExportRecord[]>('listExports', { caseId: f.ava.id })).toEqual([]);
    }
  });

  it('refuses an incomplete request with a specific message, and an unknown pack', async () => {
    const f = await savedPack();
    const cases: Array<[Record<string, unknown>, Record<string, unknown>]> = [
      [{ recipient: '  ' }, { field: 'recipient', message: 'Who it is for is required.' }],
      [{ purpose: '' }, { field: 'purpose', message: 'Purpose is required.' }],
      [{ formats: [] }, { field: 'formats', message: 'Choose at least one format.' }],
      [{ formats: ['pdf', 'pdf'] }, { field: 'formats', message: 'Each format once.' }],
      [{ formats: ['html'] }, { message: 'Formats are pdf, docx and csv.' }],
      [{ audience: 'public' }, { field: 'audience', message: 'Choose who the pack is for.' }],
      [{ encrypt: 'yes' }, { field: 'encrypt', message: 'Say whether to encrypt.' }],
    ];
    for (const [change, error] of cases) {
      expect(await f.core.dispatch('exportPack', request(f.pack.id, change))).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST', ...error } });
    }
    expect(await f.core.dispatch('exportPack', request('01890000-0000-7000-8000-000000000000'))).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(fs.readdirSync(f.exportsDir)).toEqual([]);
    expect(await f.call<ExportRecord[]>('listExports', { caseId: f.ava.id })).toEqual([]);
  });
});
