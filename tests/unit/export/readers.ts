/**
 * Independent readers for the export tests: pdfjs-dist for PDF text and metadata, zip.js for the parts
 * of a .docx or an archive, zlib for the PDF's compressed streams. None of them shares code with the
 * builders, so a test reads what a recipient's software would read.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { Uint8ArrayReader, Uint8ArrayWriter, ZipReader, type FileEntry } from '@zip.js/zip.js';
// pdfjs v5 in Node: the legacy build runs its worker in-process ("fake worker"), loading
// pdf.worker.mjs next to it by itself; no GlobalWorkerOptions.workerSrc is needed.
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfRead {
  /** Each page's text, items joined with spaces and whitespace collapsed. */
  pages: string[];
  /** The document information dictionary (Title, Author, Creator, Producer…). */
  info: Record<string, unknown>;
  /** The XMP metadata, if any, as raw XML. */
  xmp: string | null;
  /** Tagged: the catalog's MarkInfo says Marked, and every page has a structure tree. */
  tagged: boolean;
}

export function collapse(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

export async function readPdf(pdf: Uint8Array): Promise<PdfRead> {
  const doc = await getDocument({ data: new Uint8Array(pdf), isEvalSupported: false }).promise;
  try {
    const pages: string[] = [];
    let structured = true;
    for (let i = 1; i <= doc.numPages; i++) {
      const page = await doc.getPage(i);
      const content = await page.getTextContent();
      pages.push(collapse(content.items.map((item) => ('str' in item ? item.str : '')).join(' ')));
      structured &&= (await page.getStructTree()) !== null;
    }
    const meta = await doc.getMetadata();
    const tagged = (await doc.getMarkInfo())?.Marked === true && structured;
    return { pages, info: meta.info as Record<string, unknown>, xmp: meta.metadata ? meta.metadata.getRaw() : null, tagged };
  } finally {
    await doc.destroy();
  }
}

/**
 * Every byte of the PDF as text a search can see: the file itself, plus each stream inflated (content,
 * ToUnicode maps, the structure tree, XMP), read as Latin-1 and as UTF-16BE, plus every hex string
 * decoded. (Page text itself is glyph ids, which is why the tests read the text with pdfjs as well.)
 */
export function pdfSearchableBytes(pdf: Buffer): string {
  const parts = [pdf.toString('latin1')];
  const raw = pdf.toString('latin1');
  const stream = /stream\r?\n/gu;
  for (let m = stream.exec(raw); m; m = stream.exec(raw)) {
    const start = m.index + m[0].length;
    const end = raw.indexOf('endstream', start);
    if (end < 0) break;
    try {
      const inflated = zlib.inflateSync(pdf.subarray(start, end));
      parts.push(inflated.toString('latin1'), utf16be(inflated));
    } catch {
      // Not a Flate stream (or a truncated one): its raw bytes are already in parts[0].
    }
    stream.lastIndex = end;
  }
  // PDF hex strings (<FEFF0043…>: titles, outline entries, structure-tree text) decoded too.
  const decoded = parts.flatMap((part) => Array.from(part.matchAll(/<([0-9A-Fa-f\s]{4,})>/gu), (m) => hexString(m[1]!)));
  return [...parts, ...decoded].join('\n');
}

function hexString(hex: string): string {
  const bytes = Buffer.from(hex.replace(/\s/gu, ''), 'hex');
  return bytes[0] === 0xfe && bytes[1] === 0xff ? utf16be(bytes.subarray(2)) : bytes.toString('latin1');
}

function utf16be(bytes: Buffer): string {
  const even = bytes.subarray(0, bytes.length - (bytes.length % 2));
  return Buffer.from(even).swap16().toString('utf16le');
}

/** The entries of a zip (a .docx, or an archive opened with its password) by name. */
export async function zipEntries(zip: Uint8Array, password?: string): Promise<Map<string, Buffer>> {
  const reader = new ZipReader(new Uint8ArrayReader(zip), { useWebWorkers: false });
  try {
    const out = new Map<string, Buffer>();
    for (const entry of await reader.getEntries()) {
      if (entry.directory) continue;
      const data = await (entry as FileEntry).getData(new Uint8ArrayWriter(), { password });
      out.set(entry.filename, Buffer.from(data));
    }
    return out;
  } finally {
    await reader.close();
  }
}

/** Debian's qpdf, when installed: a second, strict PDF reader for the structure of the file itself. */
export const QPDF = spawnSync('sh', ['-c', 'command -v qpdf']).status === 0 ? 'qpdf' : null;

/** `qpdf --check`: exit status 0 (no errors, no warnings) and what it printed. */
export function qpdfCheck(pdf: Uint8Array): { status: number | null; output: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'casework-qpdf-'));
  try {
    const file = path.join(dir, 'check.pdf');
    fs.writeFileSync(file, pdf);
    const run = spawnSync(QPDF ?? 'qpdf', ['--check', file], { encoding: 'utf8' });
    return { status: run.status, output: `${run.stdout}${run.stderr}` };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** A zip's own comment (readable without the passphrase), decoded as UTF-8. */
export async function zipComment(zip: Uint8Array): Promise<string> {
  const reader = new ZipReader(new Uint8ArrayReader(zip), { useWebWorkers: false });
  try {
    await reader.getEntries();
    return new TextDecoder().decode(reader.comment);
  } finally {
    await reader.close();
  }
}
