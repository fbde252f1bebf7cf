/**
 * The pack as one self-contained HTML page for Chromium to print to an A4 PDF. Built in main from the
 * (already redacted) pack: no scripts, no external resources, every text escaped. The header and footer
 * templates carry the marking, page x of y, the reference, the date and the author onto every page;
 * Chromium renders them in their own context, so they carry their own inline font size.
 */
import type { Pack, PackChild } from '../../preload/contract/packs';
import { numberedChronology } from './chronology-order';
import { escapeHtml, escapeLines } from './escape-html';
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
import type { PrintablePage } from './ports';
import { paragraphsOf } from './text-blocks';

const CSS = `
@page { size: A4; }
html { font-family: "Liberation Sans", Arial, Helvetica, sans-serif; font-size: 11pt; line-height: 1.4; color: #000; }
body { margin: 0; }
h1 { font-size: 18pt; margin: 0 0 8pt; }
h2 { font-size: 13.5pt; margin: 16pt 0 6pt; break-after: avoid; }
p { margin: 0 0 6pt; }
.cover h1 { font-size: 22pt; }
.cover dl { display: grid; grid-template-columns: max-content 1fr; gap: 4pt 16pt; margin: 12pt 0; }
.cover dt { font-weight: bold; }
.cover dd { margin: 0; }
.audience { border: 1.5pt solid #000; padding: 6pt 8pt; font-weight: bold; margin-top: 12pt; }
section.child { break-before: page; }
table { width: 100%; border-collapse: collapse; margin: 4pt 0 10pt; font-size: 10pt; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
th, td { border: 0.75pt solid #555; padding: 3pt 5pt; text-align: left; vertical-align: top; }
th { background: #e8e8e8; }
table.details th { width: 30%; background: none; }
table.grid { table-layout: fixed; }
td { overflow-wrap: anywhere; }
.empty { font-style: italic; }
`;

// A print-only page: nothing may load or run.
const CSP = `default-src 'none'; style-src 'unsafe-inline'`;

export function packPage(pack: Pack, ctx: ExportContext): PrintablePage {
  const title = documentTitle(pack, ctx);
  const html = `<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<title>${escapeHtml(title)}</title>
<style>${CSS}</style>
</head>
<body>
${cover(pack, ctx)}
${pack.children.map(childSection).join('\n')}
</body>
</html>`;
  return { html, headerTemplate: headerTemplate(ctx), footerTemplate: footerTemplate(ctx) };
}

const TEMPLATE_STYLE = "font-family: Arial, Helvetica, sans-serif; font-size: 9px; width: 100%; padding: 0 18mm; box-sizing: border-box;";

function headerTemplate(ctx: ExportContext): string {
  return `<div style="${TEMPLATE_STYLE} display: flex; justify-content: space-between;"><strong>${escapeHtml(ctx.marking)}</strong><span>${escapeHtml(ctx.reference)}</span></div>`;
}

function footerTemplate(ctx: ExportContext): string {
  return (
    `<div style="${TEMPLATE_STYLE} text-align: center;"><strong>${escapeHtml(ctx.marking)}</strong>` +
    ` · Page <span class="pageNumber"></span> of <span class="totalPages"></span>` +
    ` · ${escapeHtml(ctx.reference)} · ${escapeHtml(producedLine(ctx))}</div>`
  );
}

function cover(pack: Pack, ctx: ExportContext): string {
  const rows: Array<[string, string]> = [
    ['Conference', CONFERENCE_WORDING[pack.conferenceType]],
    ['Period', `${formatDay(pack.from)} to ${formatDay(pack.to)}`],
    ['Children', pack.children.map((c) => c.childName).join(', ')],
    ['Reference', ctx.reference],
    ['Produced', formatProduced(ctx.producedAt)],
    ['Author', ctx.author],
  ];
  return `<header class="cover">
<h1>Conference pack</h1>
<dl>${rows.map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${escapeHtml(v)}</dd>`).join('')}</dl>
<p class="audience">${escapeHtml(AUDIENCE_WORDING[ctx.audience])}</p>
<p>${escapeHtml(ctx.marking)}: handle, store and share this document securely.</p>
</header>`;
}

function childSection(child: PackChild): string {
  const name = escapeHtml(child.childName);
  return `<section class="child">
<h1>${name}</h1>
${details(child)}
<h2>When ${name} was seen</h2>
${seenTable(child)}
${child.sections.map((s) => `<h2>${escapeHtml(s.heading)}</h2>\n${paragraphs(s.text)}`).join('\n')}
<h2>Chronology</h2>
${chronologyTable(child)}
</section>`;
}

function details(child: PackChild): string {
  if (child.details.length === 0) return '';
  const rows = child.details.map((d) => `<tr><th scope="row">${escapeHtml(d.label)}</th><td>${escapeLines(d.value)}</td></tr>`);
  return `<table class="details" aria-label="Details"><tbody>${rows.join('')}</tbody></table>`;
}

function seenTable(child: PackChild): string {
  if (child.seen.length === 0) return '<p class="empty">No contacts recorded in this period.</p>';
  const rows = child.seen.map(
    (s) =>
      `<tr><td>${escapeHtml(dayAndTime(s.date, s.time))}</td><td>${escapeHtml(s.answer)}</td><td>${escapeLines(s.detail)}</td></tr>`,
  );
  return table(['Date', 'Seen', 'Who was present / why not'], [18, 14, 68], rows);
}

function chronologyTable(child: PackChild): string {
  const entries = numberedChronology(child);
  if (entries.length === 0) return '<p class="empty">No chronology entries in this period.</p>';
  const rows = entries.map(
    ({ no, row }) =>
      `<tr><td>${no}</td><td>${escapeHtml(dayAndTime(row.date, row.time))}</td>` +
      `<td>${escapeHtml(row.age ?? '')}</td><td>${escapeLines(row.event)}</td><td>${escapeLines(row.source)}</td>` +
      `<td>${escapeLines(row.analysis)}</td></tr>`,
  );
  return table(['No.', 'Date', 'Age', 'Event', 'Source', 'Analysis'], [5, 12, 11, 32, 13, 27], rows);
}

/** widths: percentages per column (fixed layout, so a long event cannot squeeze the date to one word a line). */
function table(headings: string[], widths: number[], rows: string[]): string {
  const cols = widths.map((w) => `<col style="width:${w}%">`).join('');
  const head = headings.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('');
  return `<table class="grid"><colgroup>${cols}</colgroup><thead><tr>${head}</tr></thead><tbody>${rows.join('\n')}</tbody></table>`;
}

function paragraphs(text: string): string {
  const blocks = paragraphsOf(text);
  if (blocks.length === 0) return '<p class="empty">Nothing written.</p>';
  return blocks.map((lines) => `<p>${lines.map(escapeHtml).join('<br>')}</p>`).join('\n');
}
