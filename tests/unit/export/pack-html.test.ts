import { describe, expect, it } from 'vitest';
import { packPage } from '../../../main/export/pack-html';
import { packFor } from '../../../main/export/redaction';
import { escapeHtml } from '../../../main/export/escape-html';
import { REDACTED_THIRD_PARTY } from '../../../preload/contract/third-party';
import { fixtureContext, fixturePack, THIRD_PARTY } from './fixture-pack';

function page(audience: 'family' | 'professional') {
  return packPage(packFor(fixturePack(), audience), fixtureContext(audience));
}

describe('the printable page (HTML built in main from data)', () => {
  it('is self-contained: no scripts, no external resources, a CSP that allows only inline styles', () => {
    const { html } = page('professional');
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="en-GB">/u);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|<object|\bsrc=|\bhref=|url\(|@import/iu);
    expect(html).toContain('<title>Conference pack — Review child protection conference — CR-1001, CR-1002</title>');
  });

  it('escapes case text: markup typed in a note stays words', () => {
    const { html } = page('professional');
    expect(html).toContain('school lateness &lt;often&gt;');
    expect(html).toContain('Missed health appointments, &amp; school');
    expect(html).not.toContain('<often>');
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });

  it('has a section per child starting on a new page, with the headings, the seen table and the chronology', () => {
    const { html } = page('professional');
    const sections = html.split('<section class="child">').slice(1);
    expect(sections).toHaveLength(2);
    expect(sections[0]).toContain('<h1>Amira Khan</h1>');
    expect(sections[0]).toContain('<h2>When Amira Khan was seen</h2>');
    expect(sections[0]).toContain('<h2>Amira&#39;s views</h2>');
    expect(sections[0]).toContain('<h2>What are we worried about?</h2>');
    expect(sections[0]).toContain('Amira said &quot;I like my school&quot;.<br>She wants to see Dad more.');
    expect(sections[1]).toContain('<h1>Leo Khan</h1>');
    for (const heading of ['No.', 'Date', 'Age', 'Event', 'Source', 'Analysis']) expect(sections[0]).toContain(`<th scope="col">${heading}</th>`);
    expect(html).toContain('section.child { break-before: page; }');
    expect(html).toContain('font-size: 11pt; line-height: 1.4');
  });

  it('header and footer templates carry the marking, page x of y, reference, date and author, with their own font size', () => {
    const { headerTemplate, footerTemplate } = page('family');
    expect(headerTemplate).toContain('OFFICIAL-SENSITIVE');
    expect(headerTemplate).toContain('CR-1001, CR-1002');
    expect(footerTemplate).toContain('OFFICIAL-SENSITIVE');
    expect(footerTemplate).toContain('Page <span class="pageNumber"></span> of <span class="totalPages"></span>');
    expect(footerTemplate).toContain('by Sam Patel');
    expect(headerTemplate).toContain('font-size: 9px');
    expect(footerTemplate).toContain('font-size: 9px');
  });

  it('the family page holds no third-party passage; the professional page holds them all', () => {
    const family = page('family');
    const professional = page('professional');
    for (const passage of THIRD_PARTY) {
      expect(family.html + family.headerTemplate + family.footerTemplate).not.toContain(passage);
      expect(professional.html).toContain(passage);
    }
    expect(family.html).toContain(REDACTED_THIRD_PARTY);
    expect(family.html).toContain('For the family — third-party information removed');
    expect(professional.html).toContain('For professionals — contains third-party information');
    expect(professional.html).not.toContain('{{');
  });
});
