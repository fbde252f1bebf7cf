/**
 * Exporting a pack when the store's disk is full: the files are built and written first, then the
 * export is recorded (register + audit entry, one transaction), and that record is what needs space.
 * What must hold: the answer is DISK_FULL and says the files were removed (an export that is not
 * recorded must not be left on disk), the register and the audit log hold nothing half-written, and
 * the same export once space is freed is written and recorded exactly once.
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { AuditVerification, ExportRecord, Pack } from '../../../preload/contract';
import { draftRequest, packFamily } from '../packs/pack-fixture';
import { fullDisk, integrityOf, useUpSpace } from './full-disk';

/** CSV only: no PDF is printed, so no browser is needed. */
const NO_PRINTER = { print: () => Promise.reject(new Error('no PDF in this test')) };

describe('a full disk during an export', () => {
  it('answers DISK_FULL, records nothing half-way, and records the export once after space is freed', async () => {
    const disk = fullDisk();
    const f = await packFamily({ core: { onStoreOpened: disk.onStoreOpened, pdfPrinter: NO_PRINTER } });
    const pack = await f.call<Pack>('draftPack', draftRequest(f));
    const request = { packId: pack.id, formats: ['csv'], audience: 'professional', recipient: 'Conference chair', purpose: 'Review conference', encrypt: true };
    disk.fill();
    await useUpSpace(f, f.ava.id);

    const refused = await f.core.dispatch('exportPack', request);
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'DISK_FULL', message: 'There was no space left on this computer to record this, and the files were removed. Free some space, then try again.' },
    });
    // Every export is recorded: the one that could not be is not left on disk.
    expect(fs.readdirSync(f.exportsDir)).toEqual([]);
    expect(await f.call<ExportRecord[]>('listExports', { caseId: f.ava.id })).toEqual([]);
    const audit = await f.call<AuditVerification>('verifyAuditLog');
    expect(audit.intact).toBe(true);
    expect(integrityOf(disk.db())).toBe('ok');

    disk.free();
    await f.call('exportPack', request);
    expect(fs.readdirSync(f.exportsDir)).toHaveLength(1);
    expect(await f.call<ExportRecord[]>('listExports', { caseId: f.ava.id })).toHaveLength(1);
    expect(await f.call<AuditVerification>('verifyAuditLog')).toMatchObject({ intact: true, entries: audit.entries + 1 });
  });
});
