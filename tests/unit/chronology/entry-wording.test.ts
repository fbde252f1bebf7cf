import { describe, expect, it } from 'vitest';
import { splitThirdParty } from '../../../preload/contract/third-party';
import { defaultEvent, defaultSource, MAX_DEFAULT_EVENT } from '../../../main/chronology/entry-wording';

describe("a note entry's default wording", () => {
  it('is the first sentence, without the quick-note structure tokens', () => {
    expect(defaultEvent('#visit ! Mum was not at home. Ava was with her aunt.')).toBe('Mum was not at home.');
    expect(defaultEvent('Ava said "I don\'t want to go home." Then she cried.')).toBe('Ava said "I don\'t want to go home."');
    expect(defaultEvent('Seen by Dr. Patel and PC J. Smith at the hospital. Discharged.')).toBe('Seen by Dr. Patel and PC J. Smith at the hospital.');
    expect(defaultEvent('First line without a stop\nSecond line.')).toBe('First line without a stop');
    expect(defaultEvent('  Spaces   and\ttabs are tidied.  ')).toBe('Spaces and tabs are tidied.');
    expect(defaultEvent('! #sig')).toBe('! #sig');
  });

  it('is cut at a word, with "…", when the first sentence is long', () => {
    const words = Array.from({ length: 80 }, (_, i) => `word${i}`).join(' ');
    const event = defaultEvent(`${words}.`);
    expect(event.length).toBeLessThanOrEqual(MAX_DEFAULT_EVENT + 1);
    expect(event).toMatch(/^word0 word1 .* word\d+…$/u);
  });

  it('never cuts a third-party passage open', () => {
    // A full stop inside a marked passage does not end the sentence.
    expect(defaultEvent('Mum said {{Mrs. Green at no. 4. She}} called the police. More.')).toBe('Mum said {{Mrs. Green at no. 4. She}} called the police.');
    // A long marked passage cut through is closed again, so it is still redacted.
    const long = `Report from {{${'the neighbour said '.repeat(20)}}} today.`;
    const event = defaultEvent(long);
    expect(event.endsWith('…}}')).toBe(true);
    expect(splitThirdParty(event).filter((p) => p.thirdParty)).toHaveLength(1);
    expect(splitThirdParty(event).map((p) => p.text).join('')).not.toContain('{{');
  });

  it('names the note and who wrote it as the source', () => {
    expect(defaultSource('Home visit', 'Sam Okafor')).toBe('Case note (Home visit), Sam Okafor');
    expect(defaultSource(null, 'Sam Okafor')).toBe('Case note, Sam Okafor');
    expect(defaultSource(null, null)).toBe('Case note');
  });
});
