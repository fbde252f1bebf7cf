/**
 * The incremental update that completes a PDF's document information, on small hand-written PDFs
 * (the shapes a printer can produce), read back with pdfjs and checked with qpdf where installed.
 * The real Chromium output is covered in pack-pdf.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { withDocumentInfo } from '../../../main/export/pdf-info';
import { QPDF, qpdfCheck, readPdf } from './readers';

const HEAD = 'c0ffee'.repeat(10) + 'c0ff';

interface MiniPdfOptions {
  /** The raw Info dictionary body, or null for a file without one. */
  info?: string | null;
  /** Extra trailer entries, raw. */
  trailer?: string;
}

/** A one-page PDF 1.4 (Info, when there is one, is object 5) with a classic cross-reference table, offsets computed as a printer would. */
function miniPdf({ info = '/Title (Printed \\(draft\\) title)\n/Producer (Test)', trailer = '' }: MiniPdfOptions = {}): Buffer {
  const objects = [
    '<</Type /Catalog /Pages 2 0 R>>',
    '<</Type /Pages /Kids [3 0 R] /Count 1>>',
    // A drawn square, no text: no font for pdfjs to go looking for.
    '<</Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R /Resources <<>>>>',
    '<</Length 18>>\nstream\n10 10 100 100 re S\nendstream',
    ...(info === null ? [] : [`<<${info}>>`]),
  ];
  let text = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(text.length);
    text += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = text.length;
  text += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) text += `${String(offset).padStart(10, '0')} 00000 n \n`;
  const infoRef = info === null ? '' : ` /Info ${objects.length} 0 R`;
  text += `trailer\n<</Size ${objects.length + 1} /Root 1 0 R${infoRef}${trailer}>>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(text, 'latin1');
}

const FIELDS = {
  Subject: 'OFFICIAL-SENSITIVE — case conference pack',
  Author: 'Zoë Ó Briain (team 2)',
  Keywords: `audit-chain:${HEAD}`,
  CaseworkAuditChain: HEAD,
};

describe('withDocumentInfo', () => {
  it('appends only: the printed bytes are untouched, the new Info is read by pdfjs, the printed entries are kept', async () => {
    const printed = miniPdf();
    const updated = withDocumentInfo(printed, FIELDS);
    expect(updated.subarray(0, printed.length).equals(printed)).toBe(true);
    expect(updated.length).toBeGreaterThan(printed.length);
    const { info, pages } = await readPdf(updated);
    expect(pages).toEqual(['']);
    expect(info).toMatchObject({
      Title: 'Printed (draft) title',
      Producer: 'Test',
      Subject: FIELDS.Subject,
      Author: FIELDS.Author,
      Keywords: FIELDS.Keywords,
      Custom: { CaseworkAuditChain: HEAD },
    });
  });

  it('replaces an entry the printer already wrote instead of repeating the key', () => {
    const printed = miniPdf({ info: '/Title (T) /Author (Chromium) /Extra [(odd) <</A 1>> 5 0 R]' });
    const updated = withDocumentInfo(printed, { Author: 'Sam Patel' });
    const appended = updated.subarray(printed.length).toString('latin1');
    expect(appended.match(/\/Author/gu)).toHaveLength(1);
    expect(appended).toContain('/Author (Sam Patel)');
    expect(appended).toContain('/Title (T)');
    expect(appended).toContain('/Extra [(odd) <</A 1>> 5 0 R]'); // copied as written, not interpreted
  });

  it('adds an Info dictionary to a file that has none, and keeps the file identifier', async () => {
    const id = '/ID [<0123456789ABCDEF0123456789ABCDEF> <0123456789ABCDEF0123456789ABCDEF>]';
    const updated = withDocumentInfo(miniPdf({ info: null, trailer: ` ${id}` }), FIELDS);
    expect(updated.toString('latin1').split('trailer').at(-1)).toContain(id);
    expect((await readPdf(updated)).info).toMatchObject({ Keywords: FIELDS.Keywords, Custom: { CaseworkAuditChain: HEAD } });
  });

  it('can be applied again: the second update reads the Info the first one wrote (through /Prev)', async () => {
    const twice = withDocumentInfo(withDocumentInfo(miniPdf(), FIELDS), { Keywords: 'audit-chain:later' });
    const { info } = await readPdf(twice);
    expect(info).toMatchObject({ Title: 'Printed (draft) title', Author: FIELDS.Author, Keywords: 'audit-chain:later', Custom: { CaseworkAuditChain: HEAD } });
    expect(twice.toString('latin1').match(/\/Prev \d+/gu)).toHaveLength(2);
  });

  it.skipIf(!QPDF)(`passes qpdf --check without a warning${QPDF ? '' : ' (skipped: qpdf not installed)'}`, () => {
    for (const pdf of [miniPdf(), withDocumentInfo(miniPdf(), FIELDS), withDocumentInfo(miniPdf({ info: null }), FIELDS)]) {
      const check = qpdfCheck(pdf);
      expect(check.output).not.toMatch(/warning|error:/iu);
      expect(check.status).toBe(0);
    }
  });

  it('refuses what it cannot update safely: a cross-reference stream, an encrypted file, no trailer', () => {
    const printed = miniPdf().toString('latin1');
    const xref = Number(/startxref\n(\d+)/u.exec(printed)![1]);
    // The last section as a cross-reference stream object (PDF 1.5): refused, not half-handled.
    const streamed = `${printed.slice(0, xref)}6 0 obj\n<</Type /XRef /Size 7 /Root 1 0 R /W [1 4 2]>>\nstream\n\nendstream\nendobj\nstartxref\n${xref}\n%%EOF\n`;
    expect(() => withDocumentInfo(Buffer.from(streamed, 'latin1'), FIELDS)).toThrow(/cross-reference stream/u);
    expect(() => withDocumentInfo(miniPdf({ trailer: ' /Encrypt 9 0 R' }), FIELDS)).toThrow(/encrypted/u);
    expect(() => withDocumentInfo(Buffer.from('%PDF-1.4\nnot a pdf\n'), FIELDS)).toThrow(/startxref/u);
    expect(() => withDocumentInfo(miniPdf(), { 'Bad Key': 'x' })).toThrow(/plain PDF name/u);
  });
});
