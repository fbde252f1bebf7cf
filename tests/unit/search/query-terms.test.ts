import { describe, expect, it } from 'vitest';
import { fold, metaToken, queryTerms } from '../../../main/search/query-terms';
import { allowedSlips, withinEditDistance } from '../../../main/search/edit-distance';
import { occurrences, scores } from '../../../main/search/relevance';
import { buildSnippet } from '../../../main/search/snippet';
import { SNIPPET_MARK_END as E, SNIPPET_MARK_START as S } from '../../../preload/contract/limits';

describe('query words', () => {
  it('are split like the index splits text, folded, deduplicated, and the last one is a prefix from three letters', () => {
    expect(queryTerms('Home-visit: "Zoë" NEAR( school*')).toEqual({ words: ['home', 'visit', 'zoe', 'near', 'school'], prefixLast: true });
    expect(queryTerms('mum at')).toEqual({ words: ['mum', 'at'], prefixLast: false });
    expect(queryTerms('visit mum visit')).toEqual({ words: ['mum', 'visit'], prefixLast: true });
    expect(queryTerms('"*:-()')).toEqual({ words: [], prefixLast: false });
    expect(queryTerms('a b c d e f g h i j').words).toEqual(['c', 'd', 'e', 'f', 'g', 'h', 'i', 'j']);
  });

  it('filter tokens are one hex word each, as the migration writes them', () => {
    expect(metaToken('type', 'home-visit')).toBe('t686f6d652d7669736974');
    expect(metaToken('case', 'c1')).toBe('c6331');
  });

  it('fold matches the index: lower case, accents removed', () => {
    expect(fold('ZOË Nowák')).toBe('zoe nowak');
  });
});

describe('ranking helpers', () => {
  it('count whole words, or word starts for the word being typed', () => {
    expect(occurrences('school schools preschool school.', 'school', false)).toBe(2);
    expect(occurrences('school schools preschool school.', 'school', true)).toBe(3);
    expect(occurrences("child's child", 'child', false)).toBe(2);
  });

  it('score more occurrences in a shorter text higher', () => {
    const [short, long, none] = scores(['damp damp flat', 'damp flat with a long description of other things', 'nothing'], [{ word: 'damp', prefix: false, idf: 1 }]);
    expect(short!).toBeGreaterThan(long!);
    expect(none).toBe(0);
  });

  it('edit distance allows swaps, and more slips for longer words', () => {
    expect(withinEditDistance('amria', 'amira', 1)).toBe(true);
    expect(withinEditDistance('amra', 'amira', 1)).toBe(true);
    expect(withinEditDistance('amxyz', 'amira', 1)).toBe(false);
    expect(allowedSlips('abc')).toBe(0);
    expect(allowedSlips('abcd')).toBe(1);
    expect(allowedSlips('abcdefg')).toBe(2);
  });
});

describe('snippets', () => {
  it('show the window with the most of the words, marked, with ellipses where text is cut', () => {
    const text = `${'Filler words here. '.repeat(20)}Mum said the damp in the bedroom is worse.\n${'More filler text. '.repeat(20)}`;
    const snippet = buildSnippet(text, [{ word: 'damp', prefix: false }, { word: 'bed', prefix: true }], 12);
    expect(snippet).toBe(`…here. Mum said the ${S}damp${E} in the ${S}bedroom${E} is worse. More filler…`); // the line break is a space
  });

  it('keep a short note whole, accents and case as written', () => {
    expect(buildSnippet('Zoë was happy.', [{ word: 'zoe', prefix: false }])).toBe(`${S}Zoë${E} was happy.`);
  });
});
