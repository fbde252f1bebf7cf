/**
 * A pack built from the demo/training profile (the invented Hartley family: three children on a child
 * protection plan), as a trainer would show it: every child has a section, visits with seen answers,
 * their own words where they talk, a chronology from the meetings flagged significant; the family
 * export carries the marking on every page and opens only with its passphrase.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseSummary, ExportResult, Pack } from '../../../preload/contract';
import { seedDemoProfile } from '../../../main/demo/seed-profile';
import { launchPrinterBrowser, printerFor } from '../../support/chromium-pdf-printer';
import { readPdf, zipEntries } from '../export/readers';
import { FAST_KDF, tempDir, testCore } from '../support/temp-profiles';

const NOW = new Date('2026-10-30T17:00:00Z');
const PASSPHRASE = 'demo course passphrase here';

let browser: Browser;
beforeAll(async () => {
  browser = await launchPrinterBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('a conference pack from the demo profile', () => {
  it('drafts each Hartley child from the records and exports a marked, encrypted pack for the family', async () => {
    const root = tempDir('casework-demo-pack-');
    const out = tempDir('casework-demo-out-');
    const seeded = await seedDemoProfile({ profilesRoot: root, passphrase: PASSPHRASE, now: NOW, kdf: FAST_KDF });
    const { call } = testCore({
      profilesRoot: root,
      clock: { now: () => NOW.getTime() },
      pdfPrinter: printerFor(browser),
      exportDestination: { choose: async ({ name }) => path.join(out, name) },
    });
    await call('unlock', { profileId: seeded.profileId, passphrase: PASSPHRASE });
    const cases = await call<CaseSummary[]>('listCases');
    const hartleys = cases.filter((c) => c.childName.endsWith('Hartley'));
    expect(hartleys).toHaveLength(3);

    const pack = await call<Pack>('draftPack', {
      caseId: hartleys[0]!.id,
      childIds: hartleys.map((c) => c.id),
      from: '2025-04-30',
      to: '2026-10-30',
      conferenceType: 'review',
    });
    expect(pack.children.map((c) => c.childName).sort()).toEqual(['Alfie Hartley', 'Poppy Hartley', 'Tyler Hartley']);
    for (const child of pack.children) {
      expect(child.seen.length).toBeGreaterThan(0);
      expect(child.details.find((d) => d.label === 'Legal status')?.value).toBe('Child protection plan (neglect)');
    }
    const tyler = pack.children.find((c) => c.childName === 'Tyler Hartley')!;
    expect(tyler.seen.some((row) => row.answer === 'Seen alone')).toBe(true);
    expect(tyler.sections[0]!.text).toMatch(/“.+” \(\d{1,2} \w+ \d{4}\)/u); // his words, with their dates
    expect(pack.children.reduce((n, c) => n + c.chronology.length, 0)).toBeGreaterThan(0);

    const result = await call<ExportResult>('exportPack', {
      packId: pack.id,
      formats: ['pdf', 'docx', 'csv'],
      audience: 'family',
      recipient: 'Kelly and Dean Hartley',
      purpose: 'Report shared before the review conference (training)',
      encrypt: true,
    });
    const entries = await zipEntries(fs.readFileSync(result.location), result.passphrase!);
    const pdfName = [...entries.keys()].find((name) => name.endsWith('.pdf'))!;
    const pdf = await readPdf(entries.get(pdfName)!);
    for (const page of pdf.pages) expect(page).toContain('OFFICIAL-SENSITIVE');
    for (const name of ['Tyler Hartley', 'Poppy Hartley', 'Alfie Hartley']) expect(pdf.pages.join(' ')).toContain(name);
    await expect(zipEntries(fs.readFileSync(result.location))).rejects.toThrow();
  }, 60_000);
});
