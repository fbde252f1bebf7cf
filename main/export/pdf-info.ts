/**
 * Completes a printed PDF's document information dictionary (Subject, Author, Keywords, custom keys)
 * by an incremental update (ISO 32000-1, 7.5.6): a new Info object, a cross-reference section for it
 * and a trailer pointing back to the printed one (/Prev) are appended, and not one printed byte
 * changes. The tagged structure (PDF/UA), the outline and the fonts stay exactly as Chromium wrote
 * them. Needed because Chromium's printToPDF sets only the Title (from <title>).
 *
 * Chromium prints through Skia's PDF backend, which writes one classic cross-reference table and
 * trailer (PDF 1.4, no object or cross-reference streams; checked with Chromium 156). The update is
 * written in the same classic form. A file whose last section is a cross-reference stream, or which is
 * encrypted, is refused: an export fails loudly rather than go out without its audit hash or with an
 * update its readers could misread.
 */
import {
  keywordAt,
  pdfName,
  pdfTextString,
  PdfSyntaxError,
  readDictionary,
  readInteger,
  referencedObject,
  skipSpace,
} from './pdf-syntax';

/** The printed bytes with `fields` set in the Info dictionary (other entries, e.g. Title, kept). Pure. */
export function withDocumentInfo(pdf: Uint8Array, fields: Readonly<Record<string, string>>): Buffer {
  const printed = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength);
  const text = printed.toString('latin1');
  const lastXref = lastStartxref(text);
  const sections = crossReferenceSections(text, lastXref);
  const trailer = sections[0]!.trailer;
  if (trailer.has('Encrypt')) throw new PdfSyntaxError('An encrypted PDF cannot be given document information here.');
  const root = trailer.get('Root');
  const size = Number(trailer.get('Size'));
  if (!root || !Number.isInteger(size) || size < 1) throw new PdfSyntaxError('The PDF trailer has no /Root or /Size.');

  const info = new Map<string, string>();
  const oldInfo = trailer.get('Info');
  if (oldInfo) for (const [key, raw] of readObjectDictionary(text, sections, referencedObject(oldInfo)).entries) info.set(key, raw);
  for (const [key, value] of Object.entries(fields)) {
    info.delete(key); // replaced, never duplicated (a repeated key is an error for strict readers)
    info.set(key, pdfTextString(value));
  }

  // The new Info takes the next free object number; the update is one object, one section, one trailer.
  const objectNumber = size;
  const lead = /[\r\n]$/u.test(text) ? '' : '\n';
  const objectOffset = printed.length + Buffer.byteLength(lead, 'latin1');
  const body = [...info].map(([key, raw]) => `${pdfName(key)} ${raw}`).join('\n');
  const object = `${objectNumber} 0 obj\n<<${body}>>\nendobj\n`;
  const xrefOffset = objectOffset + Buffer.byteLength(object, 'latin1');
  const newTrailer = [`/Size ${size + 1}`, `/Root ${root}`, `/Info ${objectNumber} 0 R`, `/Prev ${lastXref}`];
  // The file identifier, where there is one, stays the same document's (7.5.5).
  const id = trailer.get('ID');
  if (id) newTrailer.push(`/ID ${id}`);
  const update =
    `${lead}${object}` +
    // One subsection of one entry: exactly 20 bytes, "offset generation n" then space and line feed.
    `xref\n${objectNumber} 1\n${String(objectOffset).padStart(10, '0')} 00000 n \n` +
    `trailer\n<<${newTrailer.join('\n')}>>\nstartxref\n${xrefOffset}\n%%EOF\n`;
  return Buffer.concat([printed, Buffer.from(update, 'latin1')]);
}

interface Section {
  /** Byte offset of each object this section defines ("n" entries). */
  offsets: Map<number, number>;
  trailer: Map<string, string>;
}

/** The offset after the last "startxref" (7.5.5: it is in the file's last 1024 bytes). */
function lastStartxref(text: string): number {
  const at = text.lastIndexOf('startxref', text.length);
  if (at < 0 || at < text.length - 1024) throw new PdfSyntaxError('No startxref at the end of the PDF.');
  const { value } = readInteger(text, at + 'startxref'.length);
  if (value >= text.length) throw new PdfSyntaxError('startxref points past the end of the PDF.');
  return value;
}

/** The sections from the newest back through /Prev, each read once. */
function crossReferenceSections(text: string, newest: number): Section[] {
  const sections: Section[] = [];
  const seen = new Set<number>();
  for (let at: number | null = newest; at !== null; ) {
    if (seen.has(at)) throw new PdfSyntaxError('The PDF cross-reference sections loop.');
    seen.add(at);
    const section = classicSection(text, at);
    sections.push(section);
    const prev = section.trailer.get('Prev');
    at = prev === undefined ? null : Number(prev);
    if (at !== null && !(Number.isInteger(at) && at >= 0 && at < text.length)) throw new PdfSyntaxError('A /Prev offset is out of range.');
  }
  return sections;
}

function classicSection(text: string, at: number): Section {
  if (!keywordAt(text, at, 'xref')) {
    const stream = /^\d+\s+\d+\s+obj\b/u.test(text.slice(at, at + 40));
    throw new PdfSyntaxError(
      stream
        ? 'This PDF uses a cross-reference stream; only classic cross-reference tables (as Chromium prints) are supported.'
        : `No cross-reference table at byte ${at}.`,
    );
  }
  const offsets = new Map<number, number>();
  let i = at + 'xref'.length;
  for (;;) {
    i = skipSpace(text, i);
    if (keywordAt(text, i, 'trailer')) break;
    const first = readInteger(text, i);
    const count = readInteger(text, first.end);
    i = count.end;
    for (let n = 0; n < count.value; n++) {
      i = skipSpace(text, i);
      const entry = /^(\d{10}) (\d{5}) ([nf])/u.exec(text.slice(i, i + 18));
      if (!entry) throw new PdfSyntaxError(`Malformed cross-reference entry at byte ${i}.`);
      if (entry[3] === 'n') offsets.set(first.value + n, Number(entry[1]));
      i += 18;
    }
  }
  return { offsets, trailer: readDictionary(text, i + 'trailer'.length).entries };
}

/** The dictionary of object `number`, found through the newest section that defines it. */
function readObjectDictionary(text: string, sections: readonly Section[], number: number) {
  const offset = sections.find((s) => s.offsets.has(number))?.offsets.get(number);
  if (offset === undefined) throw new PdfSyntaxError(`Object ${number} is not in the cross-reference table.`);
  const header = /^(\d+)\s+(\d+)\s+obj\b/u.exec(text.slice(offset, offset + 40));
  if (!header || Number(header[1]) !== number) throw new PdfSyntaxError(`Object ${number} is not where the table says.`);
  return readDictionary(text, offset + header[0].length);
}
