/**
 * The pack as PDF: the page built in main (pack-html.ts) printed by Chromium, then its document
 * information completed (pdf-info.ts) with the subject, author and the audit chain's head, which
 * printToPDF cannot set. The bytes returned are the final ones: the register hashes exactly these.
 */
import type { Pack } from '../../preload/contract/packs';
import type { ExportContext } from './export-context';
import { pdfDocumentInfo } from './export-metadata';
import { packPage } from './pack-html';
import { withDocumentInfo } from './pdf-info';
import type { PdfPrinter } from './ports';

/** `pack` is the audience's copy (packFor), as for every builder. */
export async function packPdf(pack: Pack, ctx: ExportContext, printer: PdfPrinter): Promise<Buffer> {
  // Checked before printing: a malformed audit head fails the export without waiting for Chromium.
  const info = pdfDocumentInfo(ctx);
  return withDocumentInfo(await printer.print(packPage(pack, ctx)), info);
}
