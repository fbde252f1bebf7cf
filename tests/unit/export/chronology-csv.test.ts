import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { CHRONOLOGY_CSV_HEADER, chronologyCsv, chronologyCsvRows } from '../../../main/export/chronology-csv';
import { csvBytes, csvField, neutraliseFormula } from '../../../main/export/csv';
import { packFor } from '../../../main/export/redaction';
import { REDACTED_THIRD_PARTY } from '../../../preload/contract/third-party';
import { fixtureContext, fixturePack, INJECTIONS, THIRD_PARTY } from './fixture-pack';

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

function csvFor(audience: 'family' | 'professional'): Buffer {
  return chronologyCsv(packFor(fixturePack(), audience), fixtureContext(audience));
}

function parsed(bytes: Buffer): string[][] {
  return parse(bytes, { bom: true, relax_column_count: false }) as string[][];
}

describe('the CSV writer (RFC 4180)', () => {
  it('quotes only fields with a comma, quote, CR or LF, doubling quotes; CRLF between records; BOM first', () => {
    expect(csvField('plain text')).toBe('plain text');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('one\ntwo')).toBe('"one\ntwo"');
    expect(csvField('one\r\ntwo')).toBe('"one\r\ntwo"');
    const bytes = csvBytes([['h1', 'h2'], ['a', 'b,c']]);
    expect(bytes.subarray(0, 3)).toEqual(BOM);
    expect(bytes.subarray(3).toString('utf8')).toBe('h1,h2\r\na,"b,c"\r\n');
  });

  it('neutralises spreadsheet formulas: = + - @ tab and CR leads get an apostrophe', () => {
    for (const lead of ['=', '+', '-', '@', '\t', '\r']) expect(neutraliseFormula(`${lead}1+1`)).toBe(`'${lead}1+1`);
    expect(neutraliseFormula('1+1')).toBe('1+1');
    expect(neutraliseFormula("it's =fine")).toBe("it's =fine");
    expect(csvField('=HYPERLINK("x","y")')).toBe(`"'=HYPERLINK(""x"",""y"")"`);
    expect(csvField('\rline')).toBe(`"'\rline"`);
  });
});

describe('chronology CSV', () => {
  it('starts with a UTF-8 BOM, ends records with CRLF, and has no bare LF outside quoted fields', () => {
    const bytes = csvFor('professional');
    expect(bytes.subarray(0, 3)).toEqual(BOM);
    const text = bytes.subarray(3).toString('utf8');
    expect(text.startsWith('Child,No.,Date,Time,Age,Event,Source,Analysis\r\n')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    // The one multi-line field ("Pattern continues,\nsecond line.") is quoted; outside quotes every LF follows CR.
    const outsideQuotes = text.replace(/"(?:[^"]|"")*"/gu, '""');
    expect(outsideQuotes).not.toMatch(/[^\r]\n/u);
    expect(text).toContain('"Pattern continues,\nsecond line."');
  });

  it('parsed back by csv-parse, it is one row per entry across children, numbered in date order, injections neutralised', () => {
    const rows = parsed(csvFor('professional'));
    expect(rows[0]).toEqual([...CHRONOLOGY_CSV_HEADER]);
    const data = rows.slice(1);
    expect(data.map((r) => [r[0], r[1], r[2]])).toEqual([
      ['Amira Khan', '1', '2025-09-15'],
      ['Amira Khan', '2', '2025-10-20'],
      ['Amira Khan', '3', '2025-12-01'],
      ['Leo Khan', '1', '2025-09-20'],
      ['Leo Khan', '2', '2026-01-10'],
    ]);
    // Parsed fields equal the rows with each formula lead neutralised, and nothing else changed.
    const expected = chronologyCsvRows(packFor(fixturePack(), 'professional')).map((r) => r.map(neutraliseFormula));
    expect(data).toEqual(expected);
    const first = data[0]!;
    expect(first[5]).toBe(`'${INJECTIONS.hyperlink}`);
    expect(first[6]).toBe(`'${INJECTIONS.phone}`);
    expect(first[7]).toBe(`'${INJECTIONS.minus}`);
    expect(data[1]![6]).toBe(`'${INJECTIONS.at}`);
    expect(data[1]![5]).toBe('School reported lateness, "again", on 3 days, with a note');
    expect(data[2]![3]).toBe('10:30');
    // No field a spreadsheet would evaluate.
    for (const row of data) for (const field of row) expect(field).not.toMatch(/^[=+\-@\t\r]/u);
  });

  it('family: third-party information is absent from the bytes; professional: present', () => {
    const family = csvFor('family').toString('utf8');
    const professional = csvFor('professional').toString('utf8');
    expect(family).not.toContain('Dean Walsh');
    expect(family).toContain(`Strategy discussion after ${REDACTED_THIRD_PARTY} reported an injury.`);
    expect(professional).toContain('her cousin Dean Walsh');
    for (const passage of THIRD_PARTY) expect(family).not.toContain(passage);
  });
});
