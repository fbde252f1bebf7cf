/**
 * The PDF as a recipient's reader sees it: printed by Chromium (the engine Electron's printToPDF uses),
 * its document information completed as every export's is (packPdf), and read back with pdfjs-dist
 * (and checked with qpdf where it is installed).
 */
import type { Browser } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packPdf } from '../../../main/export/pack-pdf';
import type { PdfPrinter } from '../../../main/export/ports';
import { packFor } from '../../../main/export/redaction';
import { REDACTED_THIRD_PARTY } from '../../../preload/contract/third-party';
import { launchPrinterBrowser, printerFor } from '../../support/chromium-pdf-printer';
import { AMIRA_EVENTS_IN_ORDER, FIXTURE_AUDIT_HEAD, fixtureContext, fixturePack, THIRD_PARTY } from './fixture-pack';
import { pdfSearchableBytes, QPDF, qpdfCheck, readPdf, type PdfRead } from './readers';

let browser: Browser;
const pdfs: Record<'family' | 'professional', { bytes: Buffer; read: PdfRead }> = {} as never;
/** Chromium's own output for each version, as the printer returned it to packPdf. */
const printed = {} as Record<'family' | 'professional', Buffer>;

beforeAll(async () => {
  browser = await launchPrinterBrowser();
  const chromium = printerFor(browser);
  for (const audience of ['family', 'professional'] as const) {
    const recording: PdfPrinter = { print: async (page) => (printed[audience] = await chromium.print(page)) };
    const bytes = await packPdf(packFor(fixturePack(), audience), fixtureContext(audience), recording);
    pdfs[audience] = { bytes, read: await readPdf(bytes) };
  }
});
afterAll(async () => {
  await browser?.close();
});

/** Surnames and distinctive words of the third-party passages: none may survive even split over lines. */
const THIRD_PARTY_WORDS = ['Mrs Green', 'Dean Walsh', 'Mr Pike', 'Rosa Delgado', 'lodger', 'number 4'];

describe('conference pack PDF', () => {
  it('has the cover, then each child on its own page with their heading and sections', () => {
    const { pages } = pdfs.professional.read;
    expect(pages[0]).toContain('Conference pack');
    expect(pages[0]).toContain('Period 1 Sept 2025 to 28 Feb 2026');
    expect(pages[0]).toContain('For professionals — contains third-party information');
    const amira = pages.findIndex((p) => p.startsWith('Amira Khan'));
    const leo = pages.findIndex((p) => p.startsWith('Leo Khan'));
    expect(amira).toBeGreaterThan(0);
    expect(leo).toBeGreaterThan(amira);
    const amiraText = pages.slice(amira, leo).join(' ');
    for (const heading of ['When Amira Khan was seen', "Amira's views", "Parents' views", 'What are we worried about?', 'Recommendation', 'Chronology']) {
      expect(amiraText).toContain(heading);
    }
    expect(pages.slice(leo).join(' ')).toContain("Leo's views");
  });

  it('numbers the chronology in date order', () => {
    const { pages } = pdfs.professional.read;
    const text = pages.join(' ');
    const at = AMIRA_EVENTS_IN_ORDER.map((event) => text.indexOf(event));
    expect(at.every((i) => i > 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(text).toMatch(/No\. Date Age Event Source Analysis 1 15 Sept? 2025 8 years 4 months =HYPERLINK/u);
    expect(text).toMatch(/ 2 20 Oct 2025 09:00 8 years 5 months School reported/u);
    expect(text).toMatch(/ 3 1 Dec 2025 10:30 8 years 6 months Strategy discussion/u);
  });

  it('carries OFFICIAL-SENSITIVE, the reference and "Page n of N" on every page', () => {
    for (const { read } of Object.values(pdfs)) {
      const total = read.pages.length;
      expect(total).toBeGreaterThanOrEqual(3);
      read.pages.forEach((text, i) => {
        expect(text.match(/OFFICIAL-SENSITIVE/gu)?.length ?? 0).toBeGreaterThanOrEqual(2); // header and footer
        expect(text).toContain(`Page ${i + 1} of ${total}`);
        expect(text).toContain('CR-1001, CR-1002');
        expect(text).toContain('by Sam Patel');
      });
    }
  });

  it('is titled from the reference, in English, tagged', () => {
    const { info, tagged } = pdfs.family.read;
    expect(info.Title).toBe('Conference pack — Review child protection conference — CR-1001, CR-1002');
    expect(info.Language).toBe('en-GB');
    expect(tagged).toBe(true);
  });

  it('carries the audit chain head, the marking and the author in its document information', () => {
    for (const { read } of Object.values(pdfs)) {
      expect(read.info).toMatchObject({
        Title: 'Conference pack — Review child protection conference — CR-1001, CR-1002',
        Subject: 'OFFICIAL-SENSITIVE — case conference pack',
        Author: 'Sam Patel',
        Keywords: `audit-chain:${FIXTURE_AUDIT_HEAD}`,
        Custom: { CaseworkAuditChain: FIXTURE_AUDIT_HEAD },
      });
    }
  });

  it("adds it by appending to Chromium's bytes (an incremental update): what was printed, tagging included, is unchanged", async () => {
    for (const audience of ['family', 'professional'] as const) {
      const { bytes, read } = pdfs[audience];
      const chromium = printed[audience];
      expect(bytes.length).toBeGreaterThan(chromium.length);
      expect(bytes.subarray(0, chromium.length).equals(chromium)).toBe(true);
      const trailers = bytes.toString('latin1').match(/trailer\s*<<[^]*?>>\s*startxref/gu) ?? [];
      expect(trailers).toHaveLength(2); // Chromium's, then the update's pointing back to it
      expect(trailers[1]).toMatch(/\/Prev \d+/u);
      const before = await readPdf(chromium);
      expect(read.pages).toEqual(before.pages);
      expect(before.info.Keywords).toBeUndefined(); // printToPDF alone cannot set it
      expect(before.tagged && read.tagged).toBe(true);
    }
  });

  it.skipIf(!QPDF)(`passes qpdf --check without a warning${QPDF ? '' : ' (skipped: qpdf not installed)'}`, () => {
    for (const { bytes } of Object.values(pdfs)) {
      const check = qpdfCheck(bytes);
      expect(check.output).not.toMatch(/warning|error:/iu);
      expect(check.status).toBe(0);
    }
  });

  it('family: third-party information is absent from the text, the metadata and every (inflated) byte', () => {
    const { bytes, read } = pdfs.family;
    const text = read.pages.join(' ');
    const metadata = JSON.stringify(read.info) + (read.xmp ?? '');
    const searchable = pdfSearchableBytes(bytes);
    for (const needle of [...THIRD_PARTY, ...THIRD_PARTY_WORDS]) {
      expect(text).not.toContain(needle);
      expect(metadata).not.toContain(needle);
      expect(searchable).not.toContain(needle);
    }
    expect(text.split(REDACTED_THIRD_PARTY).length - 1).toBe(4);
  });

  it('professional: third-party information is kept', () => {
    // The byte search sees the PDF's own strings (title, outline): it is not searching blind.
    const searchable = pdfSearchableBytes(pdfs.professional.bytes);
    expect(searchable).toContain('Conference pack — Review child protection conference');
    expect(searchable).toContain('Amira Khan');
    const text = pdfs.professional.read.pages.join(' ');
    for (const passage of THIRD_PARTY) expect(text).toContain(passage);
    expect(text).not.toContain(REDACTED_THIRD_PARTY);
  });
});
