/**
 * Building an export for the pack channel: the chosen documents from the pack (redacted for the
 * audience first), named from references and dates. Nothing is ever built from renderer-supplied HTML
 * or paths. Writing them is write-export.ts.
 */
import type { Audience, ExportFormat, Pack } from '../../preload/contract/packs';
import type { ArchiveFile } from './archive';
import { chronologyCsv } from './chronology-csv';
import { fileDate, type ExportContext } from './export-context';
import { archiveComment } from './export-metadata';
import { packDocx } from './pack-docx';
import { packPdf } from './pack-pdf';
import type { PdfPrinter } from './ports';
import { packFor, textFor } from './redaction';

export interface BuildOptions {
  formats: readonly ExportFormat[];
  audience: Audience;
  ctx: ExportContext;
  printer: PdfPrinter;
}

/** "<reference>-<yyyy-mm-dd>-<family|professional>": references and dates only, never a name. */
export function exportStem(ctx: ExportContext): string {
  return `${ctx.fileReference}-${fileDate(ctx.producedAt)}-${ctx.audience}`;
}

/** What the save dialog suggests: the archive (without .zip) or the folder name. */
export function suggestedExportName(ctx: ExportContext): string {
  return `conference-pack-${exportStem(ctx)}`;
}

/**
 * The documents of one export, plus what the archive carrying them says on its outside (its comment:
 * the marking and the audit chain's head, since a CSV has nowhere of its own to hold them). An array,
 * so the documents read as a list wherever they are used; writeExport asks for this type, so the
 * comment cannot be dropped on the way.
 */
export type ExportFiles = readonly ArchiveFile[] & { readonly archiveComment: string };

/** The documents, in the order asked for (pdf, docx, csv), each built only from packFor(pack, audience). */
export async function buildExportFiles(pack: Pack, options: BuildOptions): Promise<ExportFiles> {
  if (options.ctx.audience !== options.audience) throw new Error('The export context is for another audience.');
  const shown = packFor(pack, options.audience);
  // The context's own words go through the same audience rule, whoever built it.
  const clean = textFor(options.audience);
  const ctx: ExportContext = { ...options.ctx, reference: clean(options.ctx.reference), author: clean(options.ctx.author) };
  const stem = exportStem(ctx);
  const build = async (format: ExportFormat): Promise<ArchiveFile> => {
    if (format === 'pdf') return { name: `conference-pack-${stem}.pdf`, data: await packPdf(shown, ctx, options.printer) };
    if (format === 'docx') return { name: `conference-pack-${stem}.docx`, data: await packDocx(shown, ctx) };
    return { name: `chronology-${stem}.csv`, data: chronologyCsv(shown, ctx) };
  };
  // Started together: Chromium lays out and prints the PDF in its own process while Word and CSV are
  // built here, so the export takes about as long as the PDF alone. Order is kept as asked.
  const comment = archiveComment(ctx);
  const files = await Promise.all([...new Set(options.formats)].map(build));
  return Object.assign(files, { archiveComment: comment });
}
