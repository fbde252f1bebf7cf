/**
 * The whole export as the pack channel will run it: build the chosen files for an audience, write them
 * where the destination says (an AES archive, or a folder), and record them in the register with the
 * SHA-256 of the bytes on disk.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from '@playwright/test';
import mammoth from 'mammoth';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildExportFiles, suggestedExportName } from '../../../main/export/build-export';
import { registerFiles, writeExport } from '../../../main/export/write-export';
import { CaseRepository } from '../../../main/cases/case-repository';
import { ExportRegister } from '../../../main/export/export-register';
import type { ExportDestination, PdfPrinter } from '../../../main/export/ports';
import { isAppError } from '../../../main/shared/app-error';
import { openEncryptedStore } from '../../../main/store/open-store';
import { REDACTED_THIRD_PARTY } from '../../../preload/contract/third-party';
import { launchPrinterBrowser, printerFor } from '../../support/chromium-pdf-printer';
import { tempDir } from '../support/temp-profiles';
import { FIXTURE_AUDIT_HEAD, fixtureContext, fixturePack, THIRD_PARTY } from './fixture-pack';
import { pdfSearchableBytes, readPdf, zipComment, zipEntries } from './readers';

let browser: Browser;
let printer: PdfPrinter;
beforeAll(async () => {
  browser = await launchPrinterBrowser();
  printer = printerFor(browser);
});
afterAll(async () => {
  await browser?.close();
});

function destinationAt(location: string | null) {
  const asked: Array<Parameters<ExportDestination['choose']>[0]> = [];
  const destination: ExportDestination = {
    async choose(suggestion) {
      asked.push(suggestion);
      return location;
    },
  };
  return { destination, asked };
}

const sha256 = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

async function build(audience: 'family' | 'professional', formats: Array<'pdf' | 'docx' | 'csv'> = ['pdf', 'docx', 'csv']) {
  const ctx = fixtureContext(audience);
  return { ctx, files: await buildExportFiles(fixturePack(), { formats, audience, ctx, printer }) };
}

describe('buildExportFiles', () => {
  it('names files by reference, date and audience only, in the order asked', async () => {
    const { files, ctx } = await build('family', ['csv', 'pdf']);
    expect(files.map((f) => f.name)).toEqual([
      'chronology-CR-1001_CR-1002-2026-03-05-family.csv',
      'conference-pack-CR-1001_CR-1002-2026-03-05-family.pdf',
    ]);
    expect(suggestedExportName(ctx)).toBe('conference-pack-CR-1001_CR-1002-2026-03-05-family');
  });

  it('redacts the raw pack itself for families: every file is free of third-party information', async () => {
    const { files } = await build('family');
    const [pdf, docx, csv] = files.map((f) => f.data);
    const pdfText = (await readPdf(pdf!)).pages.join(' ');
    const docxText = (await mammoth.extractRawText({ buffer: docx! })).value;
    const docxXml = [...(await zipEntries(docx!)).values()].map((b) => b.toString('utf8')).join('\n');
    for (const passage of THIRD_PARTY) {
      for (const text of [pdfText, pdfSearchableBytes(pdf!), docxText, docxXml, csv!.toString('utf8')]) expect(text).not.toContain(passage);
    }
    expect(pdfText).toContain(REDACTED_THIRD_PARTY);
    expect(docxText).toContain(REDACTED_THIRD_PARTY);
    for (const file of files) for (const name of ['Amira', 'Leo', 'Khan', 'Green']) expect(file.name).not.toContain(name);
  });

  it('keeps third-party information for professionals', async () => {
    const { files } = await build('professional', ['docx', 'csv']);
    const docxText = (await mammoth.extractRawText({ buffer: files[0]!.data })).value;
    for (const passage of THIRD_PARTY) expect(docxText).toContain(passage);
    expect(files[1]!.data.toString('utf8')).toContain('her cousin Dean Walsh');
  });

  it('refuses a context without a well-formed audit chain head, before printing anything', async () => {
    for (const auditHead of ['', 'A1'.repeat(32), 'a1'.repeat(31), `${'a1'.repeat(31)})>`]) {
      const ctx = { ...fixtureContext('family'), auditHead };
      await expect(buildExportFiles(fixturePack(), { formats: ['pdf'], audience: 'family', ctx, printer })).rejects.toThrow(/SHA-256/u);
    }
  });

  it('refuses a context built for the other audience', async () => {
    await expect(
      buildExportFiles(fixturePack(), { formats: ['csv'], audience: 'family', ctx: fixtureContext('professional'), printer }),
    ).rejects.toThrow(/another audience/u);
  });
});

describe('writeExport', () => {
  it('encrypted: one AES archive at the chosen path, owner-only, that opens with the passphrase; hashes match the disk and the register', async () => {
    const { files, ctx } = await build('family');
    const dir = tempDir();
    const target = path.join(dir, 'pack.zip');
    const { destination, asked } = destinationAt(target);
    const written = await writeExport(files, { encrypt: true, destination, suggestedName: suggestedExportName(ctx) });

    expect(asked).toEqual([{ name: 'conference-pack-CR-1001_CR-1002-2026-03-05-family.zip', kind: 'archive' }]);
    expect(written.location).toBe(target);
    expect(fs.readdirSync(dir)).toEqual(['pack.zip']); // nothing else, no temp file left behind
    if (process.platform !== 'win32') expect(fs.statSync(target).mode & 0o777).toBe(0o600);
    expect(written.passphrase).toMatch(/^[0-9a-z]{5}(-[0-9a-z]{5}){4}$/u);
    expect(written.archive).toEqual({ name: 'pack.zip', sha256: sha256(target), bytes: fs.statSync(target).size });

    const inside = await zipEntries(fs.readFileSync(target), written.passphrase!);
    expect(written.files.map((f) => f.name)).toEqual([...inside.keys()]);
    for (const f of written.files) {
      const data = inside.get(f.name)!;
      expect(f.sha256).toBe(crypto.createHash('sha256').update(data).digest('hex'));
      expect(f.bytes).toBe(data.length);
    }
    await expect(zipEntries(fs.readFileSync(target))).rejects.toThrow();

    // The audit chain head: on the archive's outside, and inside the PDF and Word files whose hashes
    // the register holds (so the register's hashes are of the files as completed, not as printed).
    expect(await zipComment(fs.readFileSync(target))).toBe(`Casework export - OFFICIAL-SENSITIVE - audit-chain:${FIXTURE_AUDIT_HEAD}`);
    const [pdfName, docxName] = written.files.map((f) => f.name);
    expect((await readPdf(inside.get(pdfName!)!)).info).toMatchObject({ Custom: { CaseworkAuditChain: FIXTURE_AUDIT_HEAD } });
    const core = (await zipEntries(inside.get(docxName!)!)).get('docProps/core.xml')!.toString('utf8');
    expect(core).toContain(`audit-chain:${FIXTURE_AUDIT_HEAD}`);

    // The register row carries the same hashes as the bytes on disk.
    const db = openEncryptedStore(path.join(tempDir(), 'store.db'), crypto.randomBytes(32), { create: true });
    try {
      const cases = new CaseRepository(db);
      const pack = fixturePack();
      const ids = pack.children.map((c) => cases.create({ childName: c.childName, dateOfBirth: null, caseReference: null }, new Date()).id);
      const register = new ExportRegister(db);
      register.record({
        id: 'export-1',
        createdAt: ctx.producedAt.toISOString(),
        author: ctx.author,
        packId: null,
        conferenceType: pack.conferenceType,
        from: pack.from,
        to: pack.to,
        formats: ['pdf', 'docx', 'csv'],
        audience: 'family',
        recipient: 'Ms Khan (mother)',
        purpose: 'Report to parents before the review conference',
        encrypted: true,
        files: registerFiles(written),
        children: pack.children.map((c, i) => ({ caseId: ids[i]!, childName: c.childName })),
      });
      const [record] = register.listForCase(ids[0]!);
      const archive = record!.files.find((f) => f.name === 'pack.zip');
      expect(archive!.sha256).toBe(sha256(target));
      expect(record!.files).toHaveLength(4);
    } finally {
      db.close();
    }
  });

  it('not encrypted: the files in the chosen folder (created), owner-only, hashes equal to the bytes on disk, readable', async () => {
    const { files, ctx } = await build('professional');
    const folder = path.join(tempDir(), 'exports', 'review pack');
    const { destination, asked } = destinationAt(folder);
    const written = await writeExport(files, { encrypt: false, destination, suggestedName: suggestedExportName(ctx) });

    expect(asked).toEqual([{ name: 'conference-pack-CR-1001_CR-1002-2026-03-05-professional', kind: 'folder' }]);
    expect(written).toMatchObject({ location: folder, archive: null, passphrase: null });
    expect(fs.readdirSync(folder).sort()).toEqual(files.map((f) => f.name).sort());
    for (const f of written.files) {
      const file = path.join(folder, f.name);
      expect(f.sha256).toBe(sha256(file));
      expect(f.bytes).toBe(fs.statSync(file).size);
      if (process.platform !== 'win32') expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    }
    const csv = parse(fs.readFileSync(path.join(folder, files[2]!.name)), { bom: true }) as string[][];
    expect(csv).toHaveLength(6);
    expect(registerFiles(written)).toEqual(written.files);
  });

  it('cancelled: throws CANCELLED and writes nothing', async () => {
    const { files, ctx } = await build('family', ['csv']);
    const dir = tempDir();
    for (const encrypt of [true, false]) {
      const { destination } = destinationAt(null);
      const error = await writeExport(files, { encrypt, destination, suggestedName: suggestedExportName(ctx) }).catch((e: unknown) => e);
      expect(isAppError(error) && error.code).toBe('CANCELLED');
      expect((error as Error).message).toBe('Export cancelled: nothing was written.');
    }
    expect(fs.readdirSync(dir)).toEqual([]);
  });
});
