// The live quick-note parser: mentions, tags, contact type, significant, voice, dismissal, whole notes.
// Contact-date rules are in parse-contact-date.test.ts. Dates are compared as local moments, so the
// suite passes in any TZ.
import { describe, expect, it } from 'vitest';
import { chipKey, DEFAULT_CONTACT_TYPES, parseNote, type ParsedNote, type ParseNoteOptions } from '../../../renderer/features/capture/parse-note';

// Thursday 26 November 2026, 16:00 local.
const NOW = new Date(2026, 10, 26, 16, 0);

function parse(body: string, options: Partial<ParseNoteOptions> = {}): ParsedNote {
  return parseNote(body, { now: NOW, ...options });
}

describe('mentions', () => {
  it('finds @Name with its range and query', () => {
    const { mentions } = parse('@Amira seen at home');
    expect(mentions).toEqual([{ start: 0, end: 6, text: '@Amira', query: 'Amira', key: chipKey('mention', '@Amira', 0) }]);
  });

  it('accepts accented and decomposed letters, apostrophes and hyphens', () => {
    const queries = parse("@Zoë, @Siân, @José-María, @O'Brien, @D’Souza and @Zoe\u0308").mentions.map((m) => m.query);
    expect(queries).toEqual(['Zoë', 'Siân', 'José María', "O'Brien", 'D’Souza', 'Zoe\u0308']);
  });

  it('joins words only with - _ or . (which become spaces), never across a space', () => {
    expect(parse('@amira-khan').mentions[0]?.query).toBe('amira khan');
    expect(parse('@Amira_Khan').mentions[0]?.query).toBe('Amira Khan');
    expect(parse('@amira.khan.').mentions[0]).toMatchObject({ text: '@amira.khan', query: 'amira khan' });
    expect(parse('@Amira Khan').mentions[0]).toMatchObject({ text: '@Amira', query: 'Amira' });
  });

  it("leaves a possessive out of the name: @Amira's bedroom", () => {
    expect(parse("Saw @Amira's bedroom").mentions[0]).toMatchObject({ start: 4, end: 10, query: 'Amira' });
  });

  it('does not treat an email address as a mention', () => {
    expect(parse('Emailed sam@council.gov.uk').mentions).toEqual([]);
    expect(parse('cc sam.jones@council.gov.uk and @Leo').mentions.map((m) => m.query)).toEqual(['Leo']);
  });

  it('finds several mentions, after punctuation too', () => {
    const body = 'Family visit: @Amira, @Leo and (@mum-Sarah).';
    const { mentions } = parse(body);
    expect(mentions.map((m) => m.query)).toEqual(['Amira', 'Leo', 'mum Sarah']);
    for (const m of mentions) expect(body.slice(m.start, m.end)).toBe(m.text);
  });

  it('needs a letter after @: "@3pm" is a time, a lone @ is nothing', () => {
    const parsed = parse('HV @3pm, meet @ school');
    expect(parsed.mentions).toEqual([]);
    expect(parsed.contactDate).toMatchObject({ text: '3pm', hasTime: true });
  });
});

describe('contact type and tags', () => {
  it('matches tags case-insensitively, ignoring - and _, and accepts the type id', () => {
    expect(parse('#Visit mum at home').contactType).toMatchObject({ start: 0, end: 6, typeId: 'home-visit' });
    expect(parse('#HV').contactType?.typeId).toBe('home-visit');
    expect(parse('#home-visit').contactType?.typeId).toBe('home-visit');
    expect(parse('#Phone_Call').contactType?.typeId).toBe('phone-call');
    expect(parse('#CGM').contactType?.typeId).toBe('meeting');
  });

  it('takes the first matching tag; later type tags are neither the type nor unknown', () => {
    const parsed = parse('#call then #visit');
    expect(parsed.contactType?.typeId).toBe('phone-call');
    expect(parsed.unknownTags).toEqual([]);
  });

  it('lists other tags as unknown, lower-cased, without trailing - or _', () => {
    const parsed = parse('#visit #Neglect #housing- C# #1');
    expect(parsed.unknownTags.map((t) => [t.tag, t.text])).toEqual([['neglect', '#Neglect'], ['housing', '#housing']]);
  });

  it('uses the configured contact types', () => {
    const types = [...DEFAULT_CONTACT_TYPES, { id: 'video-call', label: 'Video call', tags: ['teams', 'video'] }];
    expect(parse('#Teams', { contactTypes: types }).contactType?.typeId).toBe('video-call');
    expect(parse('#Teams').unknownTags.map((t) => t.tag)).toEqual(['teams']);
  });
});

describe('significant', () => {
  it('is a standalone !', () => {
    expect(parse('! Disclosure of harm').significant).toMatchObject({ start: 0, end: 1, text: '!' });
    expect(parse('Disclosed injury !').significant?.text).toBe('!');
    expect(parse('Worried !! today').significant?.text).toBe('!!');
  });

  it('is not an exclamation ending a word', () => {
    expect(parse('Great! Amira loved it!').significant).toBeNull();
    expect(parse('Wow!!').significant).toBeNull();
  });

  it('is #sig or #significant, which are not unknown tags', () => {
    expect(parse('Police called #sig').significant?.text).toBe('#sig');
    const parsed = parse('#Significant event');
    expect(parsed.significant?.text).toBe('#Significant');
    expect(parsed.unknownTags).toEqual([]);
  });
});

describe('voice', () => {
  it('finds straight and curly quotes, excluding the marks', () => {
    const body = 'Amira said "I like school" and “I miss dad”.';
    const { voice } = parse(body);
    expect(voice.map((v) => v.text)).toEqual(['I like school', 'I miss dad']);
    expect(voice[0]).toMatchObject({ start: 12, end: 25 });
    for (const v of voice) expect(body.slice(v.start, v.end)).toBe(v.text);
  });

  it('accepts mixed quote ends and a quote over a single line break', () => {
    expect(parse('“ok then"').voice.map((v) => v.text)).toEqual(['ok then']);
    expect(parse('"first line\nsecond line"').voice).toHaveLength(1);
  });

  it('ignores single quotes, apostrophes and very short quotes', () => {
    expect(parse("She said 'no' and it's Amira's room").voice).toEqual([]);
    expect(parse('"a" and ""').voice).toEqual([]);
  });

  it('does not span a blank line, and a stray quote does not pair across paragraphs', () => {
    expect(parse('He said "start\n\nend" later').voice).toEqual([]);
    expect(parse('5" screen\n\nShe said "hello there"').voice.map((v) => v.text)).toEqual(['hello there']);
  });
});

describe('dismissed chips', () => {
  it('stay dismissed while text is appended after them', () => {
    const body = 'HV yesterday 3pm with @Amira #visit ! "I am fine"';
    const first = parse(body);
    const keys = [first.mentions[0], first.contactDate, first.contactType, first.significant, first.voice[0]].map((c) => c?.key ?? '');
    const dismissed = new Set(keys);
    const later = parse(`${body} and then we talked about school with @Leo`, { dismissed });
    expect(later.mentions.map((m) => m.query)).toEqual(['Leo']);
    expect(later.contactDate).toBeNull();
    expect(later.contactType).toBeNull();
    expect(later.significant).toBeNull();
    expect(later.voice).toEqual([]);
  });

  it('stay dismissed when text is typed before them (keys carry no offsets)', () => {
    const key = parse('Saw @Amira').mentions[0]?.key ?? '';
    expect(parse('Earlier today I saw @Amira', { dismissed: new Set([key]) }).mentions).toEqual([]);
  });

  it('are counted per occurrence: dismissing the first @Amira keeps the second', () => {
    const dismissed = new Set([chipKey('mention', '@Amira', 0)]);
    expect(parse('@Amira and later @Amira', { dismissed }).mentions).toMatchObject([{ start: 17 }]);
  });

  it('let the next candidate take a single-valued chip', () => {
    const first = parse('3/4 of the children seen yesterday #call #visit');
    expect(first.contactDate?.text).toBe('3/4'); // chrono reads "3/4 of" as a date: the user can remove it
    const dismissed = new Set([first.contactDate?.key ?? '', first.contactType?.key ?? '']);
    const next = parse('3/4 of the children seen yesterday #call #visit', { dismissed });
    expect(next.contactDate?.text).toBe('yesterday');
    expect(next.contactType?.typeId).toBe('home-visit');
  });

  it('a dismissed unknown tag goes, the others stay', () => {
    const dismissed = new Set([chipKey('tag', '#foo')]);
    expect(parse('#foo #bar', { dismissed }).unknownTags.map((t) => t.tag)).toEqual(['bar']);
  });
});

describe('whole notes', () => {
  const EMPTY = { mentions: [], contactDate: null, contactType: null, significant: null, voice: [], unknownTags: [] };

  it('empty string: nothing found', () => {
    expect(parse('')).toEqual(EMPTY);
  });

  it('a note with no structure at all: nothing found', () => {
    expect(parse("Mum was calm and engaged. Amira's room was tidy; she showed me her drawings. Great!")).toEqual(EMPTY);
  });

  it('a typical note', () => {
    const body = '#HV yesterday 3pm @Amira @leo-smith ! Amira said “I don’t like it when dad shouts”.\n\nActions: CGM by Friday #neglect';
    const parsed = parse(body);
    expect(parsed.contactType?.typeId).toBe('home-visit');
    expect(parsed.contactDate).toMatchObject({ text: 'yesterday 3pm', iso: new Date(2026, 10, 25, 15, 0).toISOString() });
    expect(parsed.mentions.map((m) => m.query)).toEqual(['Amira', 'leo smith']);
    expect(parsed.significant?.text).toBe('!');
    expect(parsed.voice.map((v) => v.text)).toEqual(['I don’t like it when dad shouts']);
    expect(parsed.unknownTags.map((t) => t.tag)).toEqual(['neglect']);
    for (const chip of [...parsed.mentions, ...parsed.voice, parsed.contactDate, parsed.contactType]) {
      expect(body.slice(chip?.start, chip?.end)).toBe(chip?.text);
    }
  });

  it('parses a 100 kB note without throwing', () => {
    const paragraph = 'HV yesterday 3pm with @Amira #visit ! She said "I am fine" 3/4 by Friday. ';
    const body = paragraph.repeat(Math.ceil(100_000 / paragraph.length));
    const parsed = parse(body);
    expect(parsed.contactDate?.text).toBe('yesterday 3pm');
    expect(parsed.mentions.length).toBeGreaterThan(1000);
    expect(() => parse('"'.repeat(100_000) + '@'.repeat(50_000) + '#'.repeat(50_000))).not.toThrow();
  });
});
