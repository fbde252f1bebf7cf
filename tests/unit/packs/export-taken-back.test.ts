/**
 * Every export is recorded, so one that cannot be is taken back: when the store locks while the files
 * are being written (the idle lock, Ctrl+L) the files are removed and the practitioner told; a folder
 * export that fails part-way leaves none of its files behind. (A full disk: store/disk-full-export.)
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AuditVerification, ExportRecord, Pack, ProfileSummary } from '../../../preload/contract';
import { PASSPHRASE } from '../support/temp-profiles';
import { draftRequest, packFamily } from './pack-fixture';

/** Word and CSV only: no PDF is printed, so no browser is needed. */
const NO_PRINTER = { print: () => Promise.reject(new Error('no PDF in this test')) };
const files = (dir: string): string[] => fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort();

/** A family with a drafted pack, exporting (Word and CSV) to a temp folder through `choose`. */
async function exportingFamily(choose: (name: string, exportsDir: string) => Promise<string>) {
  const exportsDir = fs.mkdtempSync(path.join(fs.realpathSync(process.env.TMPDIR ?? '/tmp'), 'casework-taken-back-'));
  const f = await packFamily({ core: { pdfPrinter: NO_PRINTER, exportDestination: { choose: ({ name }) => choose(name, exportsDir) } } });
  const pack = await f.call<Pack>('draftPack', draftRequest(f));
  const request = (encrypt: boolean) => ({ packId: pack.id, formats: ['docx', 'csv'], audience: 'professional', recipient: 'Conference chair', purpose: 'Review', encrypt });
  return { ...f, exportsDir, request };
}

describe('an export that cannot be recorded is taken back', () => {
  it('the store locks while the archive is written: LOCKED, the archive removed, nothing recorded', async () => {
    let lockDuringExport = true;
    const f = await exportingFamily(async (name, exportsDir) => {
      // The practitioner's laptop locks while the save dialog is open.
      if (lockDuringExport) await f.core.dispatch('lock', {});
      return path.join(exportsDir, name);
    });
    const request = f.request(true);
    const refused = await f.core.dispatch('exportPack', request);
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'LOCKED', message: 'Casework locked while saving, so this could not be recorded, and the files were removed. Unlock and try again.' },
    });
    expect(files(f.exportsDir)).toEqual([]);

    const [profile] = await f.call<ProfileSummary[]>('listProfiles');
    await f.call('unlock', { profileId: profile!.id, passphrase: PASSPHRASE });
    expect(await f.call<ExportRecord[]>('listExports', { caseId: f.ava.id })).toEqual([]);
    lockDuringExport = false;
    await f.call('exportPack', request);
    expect(files(f.exportsDir)).toHaveLength(1);
    expect(await f.call<ExportRecord[]>('listExports', { caseId: f.ava.id })).toHaveLength(1);
    expect((await f.call<AuditVerification>('verifyAuditLog')).intact).toBe(true);
  });

  it('a folder export whose second file cannot be written leaves no first file behind, and records nothing', async () => {
    const f = await exportingFamily(async (name, exportsDir) => {
      // Something already in the folder where the CSV must go: its write fails after the Word file's.
      const folder = path.join(exportsDir, name);
      fs.mkdirSync(path.join(folder, `chronology-${name.replace(/^conference-pack-/u, '')}.csv`, 'in-the-way'), { recursive: true });
      return folder;
    });
    const refused = await f.core.dispatch('exportPack', f.request(false));
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'UNAVAILABLE', message: 'Casework could not save files where you chose (EISDIR), so nothing was saved there. Choose another place, then try again.' },
    });
    expect(files(f.exportsDir).filter((name) => name.endsWith('.docx') || name.endsWith('.part'))).toEqual([]);
    expect(await f.call<ExportRecord[]>('listExports', { caseId: f.ava.id })).toEqual([]);
  });
});
