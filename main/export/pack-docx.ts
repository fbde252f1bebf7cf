/**
 * The pack as an editable Word document (the docx library): real headings (Heading 1 per child, each
 * on a new page; Heading 2 per section), real tables for details, contacts and the chronology (header
 * rows repeat across pages), and the marking, reference, page x of y, date and author in every page's
 * header and footer. Built from the already redacted pack. The file's properties carry the title,
 * author, marking and the audit chain's head only — no case text — and there are no comments or
 * tracked revisions, so nothing removed from the text can survive in a hidden layer.
 */
import {
  AlignmentType,
  Document,
  Footer,
  Header,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  convertMillimetersToTwip,
  type ISectionOptions,
} from 'docx';
import type { Pack, PackChild } from '../../preload/contract/packs';
import { numberedChronology } from './chronology-order';
import {
  AUDIENCE_WORDING,
  CONFERENCE_WORDING,
  dayAndTime,
  documentTitle,
  formatDay,
  formatProduced,
  producedLine,
  type ExportContext,
} from './export-context';
import { AUDIT_CHAIN_PROPERTY, auditHeadOf, auditKeyword, documentSubject } from './export-metadata';
import { paragraphsOf } from './text-blocks';

const FONT = 'Arial';
const BODY_SIZE = 22; // half-points: 11 pt, as the PDF
const TABLE_SIZE = 20; // 10 pt
const MARK_SIZE = 18; // 9 pt

type Block = Paragraph | Table;

export async function packDocx(pack: Pack, ctx: ExportContext): Promise<Buffer> {
  const section: ISectionOptions = {
    properties: {
      page: {
        size: { width: convertMillimetersToTwip(210), height: convertMillimetersToTwip(297) },
        margin: {
          top: convertMillimetersToTwip(25),
          bottom: convertMillimetersToTwip(25),
          left: convertMillimetersToTwip(18),
          right: convertMillimetersToTwip(18),
          header: convertMillimetersToTwip(10),
          footer: convertMillimetersToTwip(10),
        },
      },
    },
    headers: { default: header(ctx) },
    footers: { default: footer(ctx) },
    children: [...cover(pack, ctx), ...pack.children.flatMap(childBlocks)],
  };
  const doc = new Document({
    title: documentTitle(pack, ctx),
    creator: ctx.author,
    lastModifiedBy: ctx.author,
    // Fixed wording and a hash: the properties are visible in Explorer/Finder without opening the file.
    subject: documentSubject(ctx),
    description: `${ctx.marking}. ${AUDIENCE_WORDING[ctx.audience]}. Produced by Casework.`,
    // Tags in Word and Explorer; the custom property holds the bare hash for tools that read it.
    keywords: auditKeyword(ctx),
    customProperties: [{ name: AUDIT_CHAIN_PROPERTY, value: auditHeadOf(ctx) }],
    styles: {
      default: {
        document: { run: { font: FONT, size: BODY_SIZE }, paragraph: { spacing: { after: 120, line: 322 } } },
        heading1: { run: { font: FONT, size: 36, bold: true, color: '000000' }, paragraph: { spacing: { after: 160 } } },
        heading2: { run: { font: FONT, size: 27, bold: true, color: '000000' }, paragraph: { spacing: { before: 320, after: 120 }, keepNext: true } },
      },
    },
    features: { updateFields: false },
    sections: [section],
  });
  return Packer.toBuffer(doc);
}

function header(ctx: ExportContext): Header {
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({ text: ctx.marking, bold: true, size: MARK_SIZE }),
          new TextRun({ text: `  ·  ${ctx.reference}`, size: MARK_SIZE }),
        ],
      }),
    ],
  });
}

function footer(ctx: ExportContext): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({ text: ctx.marking, bold: true, size: MARK_SIZE }),
          new TextRun({ children: [' · Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES], size: MARK_SIZE }),
          new TextRun({ text: ` · ${ctx.reference} · ${producedLine(ctx)}`, size: MARK_SIZE }),
        ],
      }),
    ],
  });
}

function cover(pack: Pack, ctx: ExportContext): Block[] {
  const facts: Array<[string, string]> = [
    ['Conference', CONFERENCE_WORDING[pack.conferenceType]],
    ['Period', `${formatDay(pack.from)} to ${formatDay(pack.to)}`],
    ['Children', pack.children.map((c) => c.childName).join(', ')],
    ['Reference', ctx.reference],
    ['Produced', formatProduced(ctx.producedAt)],
    ['Author', ctx.author],
  ];
  return [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun({ text: 'Conference pack', font: FONT, size: 44, bold: true })] }),
    labelledTable(facts),
    new Paragraph({ spacing: { before: 240 }, children: [new TextRun({ text: AUDIENCE_WORDING[ctx.audience], bold: true })] }),
    new Paragraph({ text: `${ctx.marking}: handle, store and share this document securely.` }),
  ];
}

function childBlocks(child: PackChild): Block[] {
  const blocks: Block[] = [new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: true, text: child.childName })];
  if (child.details.length > 0) blocks.push(labelledTable(child.details.map((d) => [d.label, d.value])));
  blocks.push(heading2(`When ${child.childName} was seen`));
  blocks.push(
    child.seen.length === 0
      ? emptyNote('No contacts recorded in this period.')
      : grid(
          ['Date', 'Seen', 'Who was present / why not'],
          child.seen.map((s) => [dayAndTime(s.date, s.time), s.answer, s.detail]),
          [18, 14, 68],
        ),
  );
  for (const s of child.sections) {
    blocks.push(heading2(s.heading));
    const paragraphs = paragraphsOf(s.text);
    if (paragraphs.length === 0) blocks.push(emptyNote('Nothing written.'));
    for (const lines of paragraphs) blocks.push(new Paragraph({ children: linesToRuns(lines) }));
  }
  blocks.push(heading2('Chronology'));
  const entries = numberedChronology(child);
  blocks.push(
    entries.length === 0
      ? emptyNote('No chronology entries in this period.')
      : grid(
          ['No.', 'Date', 'Age', 'Event', 'Source', 'Analysis'],
          entries.map(({ no, row }) => [String(no), dayAndTime(row.date, row.time), row.age ?? '', row.event, row.source, row.analysis]),
          [6, 13, 12, 30, 14, 25],
        ),
  );
  return blocks;
}

function heading2(text: string): Paragraph {
  return new Paragraph({ heading: HeadingLevel.HEADING_2, text });
}

function emptyNote(text: string): Paragraph {
  return new Paragraph({ children: [new TextRun({ text, italics: true })] });
}

/** Each line of a paragraph as a run, with a line break before all but the first. */
function linesToRuns(lines: string[], size?: number, bold?: boolean): TextRun[] {
  return lines.map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : undefined, size, bold }));
}

function cell(text: string, options: { header?: boolean; widthPct?: number } = {}): TableCell {
  const paragraphs = paragraphsOf(text);
  return new TableCell({
    width: options.widthPct === undefined ? undefined : { size: options.widthPct, type: WidthType.PERCENTAGE },
    shading: options.header ? { fill: 'E8E8E8' } : undefined,
    children:
      paragraphs.length === 0
        ? [new Paragraph({})]
        : paragraphs.map((lines) => new Paragraph({ spacing: { after: 40 }, children: linesToRuns(lines, TABLE_SIZE, options.header) })),
  });
}

/** A table with a header row that Word repeats at the top of every page the table runs onto. */
function grid(headings: string[], rows: string[][], widths: number[]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: headings.map((h, i) => cell(h, { header: true, widthPct: widths[i] })) }),
      // Body rows may split: a long analysis can be taller than a page.
      ...rows.map((r) => new TableRow({ children: r.map((text, i) => cell(text, { widthPct: widths[i] })) })),
    ],
  });
}

/** Label | value rows (the cover's facts, a child's details). */
function labelledTable(rows: Array<[string, string]>): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: rows.map(([label, value]) => new TableRow({ cantSplit: true, children: [cell(label, { header: true, widthPct: 30 }), cell(value, { widthPct: 70 })] })),
  });
}
