/** The Word document as Word-reading software sees it: mammoth for text and structure, the zip's XML parts. */
import mammoth from 'mammoth';
import { beforeAll, describe, expect, it } from 'vitest';
import { packDocx } from '../../../main/export/pack-docx';
import { packFor } from '../../../main/export/redaction';
import { REDACTED_THIRD_PARTY } from '../../../preload/contract/third-party';
import { AMIRA_EVENTS_IN_ORDER, FIXTURE_AUDIT_HEAD, fixtureContext, fixturePack, THIRD_PARTY } from './fixture-pack';
import { zipEntries } from './readers';

interface DocxRead {
  bytes: Buffer;
  text: string;
  html: string;
  parts: Map<string, Buffer>;
}

const docs = {} as Record<'family' | 'professional', DocxRead>;

beforeAll(async () => {
  for (const audience of ['family', 'professional'] as const) {
    const bytes = await packDocx(packFor(fixturePack(), audience), fixtureContext(audience));
    const [{ value: text }, { value: html }] = await Promise.all([
      mammoth.extractRawText({ buffer: bytes }),
      mammoth.convertToHtml({ buffer: bytes }),
    ]);
    docs[audience] = { bytes, text, html, parts: await zipEntries(bytes) };
  }
});

const partNames = (doc: DocxRead, pattern: RegExp) => [...doc.parts.keys()].filter((n) => pattern.test(n));
const xml = (doc: DocxRead, name: string) => doc.parts.get(name)!.toString('utf8');

describe('conference pack Word document', () => {
  it('has real headings: Heading 1 per child (each on a new page), Heading 2 per section', () => {
    const { html } = docs.professional;
    expect(html).toContain('<h1>Amira Khan</h1>');
    expect(html).toContain('<h1>Leo Khan</h1>');
    for (const heading of ['When Amira Khan was seen', "Amira's views", "Parents' views", 'What are we worried about?', 'Recommendation', 'Chronology']) {
      expect(html).toContain(`<h2>${heading}</h2>`);
    }
    const body = xml(docs.professional, 'word/document.xml');
    expect(body.match(/<w:pStyle w:val="Heading1"\/>/gu)).toHaveLength(2);
    expect(body.match(/<w:pageBreakBefore\/>/gu)).toHaveLength(2);
  });

  it('has tables for details, contacts and the chronology, with repeating header rows, numbered in date order', () => {
    const { html, text } = docs.professional;
    // cover facts + per child: details, seen, chronology
    expect(html.match(/<table>/gu)).toHaveLength(7);
    // The header row is a real table header (mammoth reads <w:tblHeader/> as <thead>).
    expect(html.match(/<thead><tr><th><p><strong>No\.<\/strong><\/p><\/th><th><p><strong>Date<\/strong>/gu)).toHaveLength(2);
    const body = xml(docs.professional, 'word/document.xml');
    expect(body.match(/<w:tblHeader\/>/gu)).toHaveLength(4); // two seen tables, two chronologies
    const at = AMIRA_EVENTS_IN_ORDER.map((e) => text.indexOf(e));
    expect(at.every((i) => i > 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(text).toMatch(/\n1\n+15 Sept? 2025\n+8 years 4 months\n+=HYPERLINK/u);
    expect(text).toMatch(/\n3\n+1 Dec 2025 10:30\n+8 years 6 months\n+Strategy discussion/u);
  });

  it('is A4, with the marking, reference, page x of y, date and author in the header and footer of every page', () => {
    const doc = docs.family;
    const body = xml(doc, 'word/document.xml');
    expect(body).toMatch(/<w:pgSz w:w="1190[56]" w:h="1683[78]"/u);
    expect(body).toMatch(/<w:headerReference w:type="default"/u);
    expect(body).toMatch(/<w:footerReference w:type="default"/u);
    expect(body).not.toContain('<w:titlePg'); // no different first page: the default header is on every page
    const headers = partNames(doc, /^word\/header\d*\.xml$/u).map((n) => xml(doc, n));
    const footers = partNames(doc, /^word\/footer\d*\.xml$/u).map((n) => xml(doc, n));
    expect(headers.length).toBeGreaterThan(0);
    expect(footers.length).toBeGreaterThan(0);
    for (const part of headers) {
      expect(part).toContain('OFFICIAL-SENSITIVE');
      expect(part).toContain('CR-1001, CR-1002');
    }
    for (const part of footers) {
      expect(part).toContain('OFFICIAL-SENSITIVE');
      expect(part).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/u);
      expect(part).toMatch(/<w:instrText[^>]*>\s*NUMPAGES\s*<\/w:instrText>/u);
      expect(part).toContain('by Sam Patel');
    }
  });

  it('its properties carry the title and author, and no case text', () => {
    const core = xml(docs.professional, 'docProps/core.xml');
    expect(core).toContain('<dc:title>Conference pack — Review child protection conference — CR-1001, CR-1002</dc:title>');
    expect(core).toContain('<dc:creator>Sam Patel</dc:creator>');
    for (const caseText of ['Amira', 'Leo', 'Khan', 'school', 'Strategy', 'nursery', ...THIRD_PARTY]) expect(core).not.toContain(caseText);
  });

  it('carries the audit chain head: as keywords (Tags) and as the custom property CaseworkAuditChain', () => {
    for (const doc of Object.values(docs)) {
      const core = xml(doc, 'docProps/core.xml');
      expect(core).toContain(`<cp:keywords>audit-chain:${FIXTURE_AUDIT_HEAD}</cp:keywords>`);
      expect(core).toContain('<dc:subject>OFFICIAL-SENSITIVE — case conference pack</dc:subject>');
      // The custom part is declared where Word looks for it: the package relationships and content types.
      expect(xml(doc, '_rels/.rels')).toMatch(/relationships\/custom-properties" Target="docProps\/custom\.xml"/u);
      expect(xml(doc, '[Content_Types].xml')).toContain('PartName="/docProps/custom.xml"');
      const custom = xml(doc, 'docProps/custom.xml');
      const property = /<property [^>]*name="CaseworkAuditChain"[^>]*><vt:lpwstr>([^<]*)<\/vt:lpwstr><\/property>/u.exec(custom);
      expect(property?.[1]).toBe(FIXTURE_AUDIT_HEAD);
    }
  });

  it('has no comments and no tracked revisions', () => {
    for (const doc of Object.values(docs)) {
      expect(partNames(doc, /comments/iu)).toEqual([]);
      const all = [...doc.parts.values()].map((b) => b.toString('utf8')).join('\n');
      expect(all).not.toMatch(/<w:(ins|del|moveFrom|moveTo|trackRevisions)\b/u);
    }
  });

  it('family: third-party information is absent from every part; professional: present', () => {
    const family = docs.family;
    for (const [name, data] of family.parts) {
      for (const passage of THIRD_PARTY) expect(data.toString('utf8'), name).not.toContain(passage);
    }
    for (const passage of THIRD_PARTY) {
      expect(family.text).not.toContain(passage);
      expect(docs.professional.text).toContain(passage);
    }
    expect(family.text).toContain(REDACTED_THIRD_PARTY);
    expect(docs.professional.text).not.toContain(REDACTED_THIRD_PARTY);
  });
});
