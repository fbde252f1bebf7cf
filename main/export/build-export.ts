/**
 * The export, end to end, for the pack channel: build the chosen documents from the pack (redacted for
 * the audience first), then write them where the practitioner chooses — one AES-256 archive by default,
 * or separate files in a folder when they turned encryption off for this export. Nothing is ever built
 * from renderer-supplied HTML or paths, and nothing is written anywhere until the destination is chosen.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Audience, ExportedFile, ExportFormat, Pack } from '../../preload/contract/packs';
import { AppError } from '../shared/app-error';
import { encryptedArchive, generateArchivePassphrase, type ArchiveFile } from './archive';
import { chronologyCsv } from './chronology-csv';
import { fileDate, type ExportContext } from './export-context';
import { archiveComment } from './export-metadata';
import { packDocx } from './pack-docx';
import { packPdf } from './pack-pdf';
import type { ExportDestination, PdfPrinter } from './ports';
import { packFor, textFor } from './redaction';
import { sha256Hex } from './sha256';
import { writeExportFile } from './write-export-file';

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

export interface WriteOptions {
  encrypt: boolean;
  destination: ExportDestination;
  /** From suggestedExportName(ctx). */
  suggestedName: string;
}

export interface WrittenExport {
  /** The archive or folder written, as chosen. */
  location: string;
  /** The documents (inside the archive when encrypted). */
  files: ExportedFile[];
  archive: ExportedFile | null;
  /** Shown once to the practitioner, never stored. */
  passphrase: string | null;
}

export async function writeExport(files: ExportFiles, options: WriteOptions): Promise<WrittenExport> {
  const documents = files.map(describe);
  if (options.encrypt) {
    const location = await options.destination.choose({ name: `${options.suggestedName}.zip`, kind: 'archive' });
    if (location === null) throw cancelled();
    const passphrase = generateArchivePassphrase();
    const archive = await encryptedArchive(files, passphrase, files.archiveComment);
    await writeExportFile(location, archive);
    return { location, files: documents, archive: describe({ name: path.basename(location), data: archive }), passphrase };
  }
  const location = await options.destination.choose({ name: options.suggestedName, kind: 'folder' });
  if (location === null) throw cancelled();
  await fs.mkdir(location, { recursive: true, mode: 0o700 });
  for (const file of files) await writeExportFile(path.join(location, file.name), file.data);
  return { location, files: documents, archive: null, passphrase: null };
}

/** Every file written, for the register: the documents and, when encrypted, the archive they are in. */
export function registerFiles(written: WrittenExport): ExportedFile[] {
  return written.archive ? [...written.files, written.archive] : written.files;
}

function describe(file: ArchiveFile): ExportedFile {
  return { name: file.name, sha256: sha256Hex(file.data), bytes: file.data.byteLength };
}

function cancelled(): AppError {
  return new AppError('CANCELLED', 'Export cancelled: nothing was written.');
}
