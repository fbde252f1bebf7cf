/** Pure renderer helpers behind the timeline, amendment history and search dialog (no DOM needed). */
import { describe, expect, it } from 'vitest';
import { wordDiff, wordTokens } from '../../../renderer/features/amend/word-diff';
import { snippetParts } from '../../../renderer/features/search/snippet-parts';
import { voiceSegments } from '../../../renderer/features/timeline/voice-segments';
import { SNIPPET_MARK_END as E, SNIPPET_MARK_START as S } from '../../../preload/contract/limits';

const joined = (parts: ReturnType<typeof wordDiff>, kinds: string[]) => parts.filter((p) => kinds.includes(p.kind)).map((p) => p.text).join('');

describe('word diff', () => {
  it('marks the words changed, keeping the words around them', () => {
    expect(wordDiff('Visited on Tuesday. Mum was upset.', 'Visited on Wednesday. Mum was upset.')).toEqual([
      { kind: 'same', text: 'Visited on ' },
      { kind: 'removed', text: 'Tuesday. ' },
      { kind: 'added', text: 'Wednesday. ' },
      { kind: 'same', text: 'Mum was upset.' },
    ]);
  });

  it('finds the longest common run of words, not just a common start and end', () => {
    const parts = wordDiff('a b c d e f', 'a x c d y f');
    expect(parts.map((p) => [p.kind, p.text.trim()])).toEqual([
      ['same', 'a'],
      ['removed', 'b'],
      ['added', 'x'],
      ['same', 'c d'],
      ['removed', 'e'],
      ['added', 'y'],
      ['same', 'f'],
    ]);
  });

  it('gives back the new text from the unchanged and added parts, whatever changed', () => {
    const cases: Array<[string, string]> = [
      ['', 'New text.'],
      ['Old text.', ''],
      ['Same.', 'Same.'],
      ['One two three', 'Zero one two three four'],
      ['Line one.\nLine two.', 'Line one.\n\nLine two, longer.'],
      ['  leading space', 'leading space'],
    ];
    for (const [before, after] of cases) {
      const parts = wordDiff(before, after);
      expect(joined(parts, ['same', 'added'])).toBe(after);
      expect(joined(parts, ['same', 'removed']).replace(/\s+/gu, ' ').trim()).toBe(before.replace(/\s+/gu, ' ').trim());
    }
  });

  it('treats a change of spacing after a word as no change to the word', () => {
    expect(wordDiff('a b', 'a\nb')).toEqual([{ kind: 'same', text: 'a\nb' }]);
  });

  it('stays quick on long notes with a small change', () => {
    const long = Array.from({ length: 20_000 }, (_, i) => `word${i}`).join(' ');
    const started = performance.now();
    const parts = wordDiff(long, long.replace('word10000 ', 'changed '));
    expect(performance.now() - started).toBeLessThan(500);
    expect(parts.filter((p) => p.kind !== 'same').map((p) => p.text)).toEqual(['word10000 ', 'changed ']);
  });

  it('tokens keep their whitespace', () => {
    expect(wordTokens(' a  b\n')).toEqual([' ', 'a  ', 'b\n']);
  });
});

describe('snippet marks', () => {
  it('split into marked and plain parts, never parsed as markup', () => {
    expect(snippetParts(`…said ${S}<b>school</b>${E} and ${S}bus${E}.`)).toEqual([
      { marked: false, text: '…said ' },
      { marked: true, text: '<b>school</b>' },
      { marked: false, text: ' and ' },
      { marked: true, text: 'bus' },
      { marked: false, text: '.' },
    ]);
    expect(snippetParts('no marks')).toEqual([{ marked: false, text: 'no marks' }]);
    expect(snippetParts(`${S}unclosed`)).toEqual([{ marked: true, text: 'unclosed' }]);
  });
});

describe("the child's words", () => {
  it('are found in the text in order, and any not found are listed apart', () => {
    const { segments, unplaced } = voiceSegments('She said "I like it" and "I like it".', ['I like it', 'I like it', 'gone']);
    expect(segments).toEqual([
      { voice: false, text: 'She said "' },
      { voice: true, text: 'I like it' },
      { voice: false, text: '" and "' },
      { voice: true, text: 'I like it' },
      { voice: false, text: '".' },
    ]);
    expect(unplaced).toEqual(['gone']);
  });
});
