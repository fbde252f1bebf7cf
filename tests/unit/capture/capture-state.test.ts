/** The composer's pure rules: matching @mentions to children, per-child answers, and what a save sends. */
import { describe, expect, it } from 'vitest';
import { exactChild, filterChildren, normaliseName } from '../../../renderer/features/capture/mention-match';
import {
  answerWords,
  blankAnswer,
  childToAnswer,
  withBedroomToggled,
  withChild,
  withReason,
  withSeen,
  withoutChild,
} from '../../../renderer/features/capture/child-answers';
import { insertName, removeAt } from '../../../renderer/features/capture/mention-edit';
import { noteStructure } from '../../../renderer/features/capture/note-structure';
import { parseNote } from '../../../renderer/features/capture/parse-note';

const CHILDREN = [
  { caseId: 'a', childName: 'Amira Khan' },
  { caseId: 'l', childName: 'Leo Khan' },
  { caseId: 'z', childName: 'Zoë Anne-Marie Price' },
  { caseId: 'r', childName: 'Ruby Patel' },
];

describe('@mention matching', () => {
  it('ignores case, accents and joiners', () => {
    expect(normaliseName('  Zoë  Anne-Marie_Price ')).toBe('zoe anne marie price');
  });

  it('autocompletes on word prefixes, first-name matches first', () => {
    expect(filterChildren(CHILDREN, 'am kh').map((c) => c.childName)).toEqual(['Amira Khan']);
    expect(filterChildren(CHILDREN, 'kh').map((c) => c.childName)).toEqual(['Amira Khan', 'Leo Khan']);
    expect(filterChildren(CHILDREN, 'zoe').map((c) => c.caseId)).toEqual(['z']);
    expect(filterChildren(CHILDREN, '')).toHaveLength(4);
    expect(filterChildren(CHILDREN, 'nobody')).toEqual([]);
  });

  it('links without a pick only when exactly one child has that whole name or word', () => {
    expect(exactChild(CHILDREN, 'Leo')?.caseId).toBe('l');
    expect(exactChild(CHILDREN, 'amira khan')?.caseId).toBe('a');
    expect(exactChild(CHILDREN, 'Le')).toBeNull(); // a fragment: pick from the list instead
    expect(exactChild(CHILDREN, 'Khan')).toBeNull(); // two children: ambiguous
    expect(exactChild(CHILDREN, '')).toBeNull();
  });

  it('edits around a mention keep the caret where the practitioner expects', () => {
    expect(insertName('Saw @Le today', 4, 7, 'Leo Khan')).toEqual({ body: 'Saw Leo Khan today', caret: 12 });
    expect(insertName('Saw @Le', 4, 7, 'Leo Khan')).toEqual({ body: 'Saw Leo Khan ', caret: 13 });
    expect(insertName('Saw @Le, then', 4, 7, 'Leo Khan')).toEqual({ body: 'Saw Leo Khan, then', caret: 12 });
    expect(removeAt('Saw @Leo ', 4, 9)).toEqual({ body: 'Saw Leo ', caret: 8 });
  });
});

describe('per-child answers', () => {
  it('a repeated key clears the answer; the reason belongs to "not seen" only', () => {
    let kids = withChild(withChild([], 'a'), 'l');
    kids = withSeen(kids, 'a', 'not-seen');
    kids = withReason(kids, 'a', 'At nursery');
    expect(kids[0]).toEqual({ caseId: 'a', seen: 'not-seen', notSeenReason: 'At nursery', bedroomSeen: null });
    kids = withSeen(kids, 'a', 'seen-alone');
    expect(kids[0]).toMatchObject({ seen: 'seen-alone', notSeenReason: null });
    kids = withSeen(kids, 'a', 'seen-alone');
    expect(kids[0]!.seen).toBeNull();
  });

  it('bedroom seen is recorded only when it was; answers read in words', () => {
    let kids = withBedroomToggled(withSeen([blankAnswer('a')], 'a', 'seen-alone'), 'a');
    expect(answerWords(kids[0]!)).toBe('seen alone, bedroom seen');
    kids = withBedroomToggled(kids, 'a');
    expect(kids[0]!.bedroomSeen).toBeNull();
    expect(answerWords(blankAnswer('x'))).toBe('not answered');
  });

  it('Alt+S/A/N go to the first unanswered child, then nowhere when all are answered', () => {
    let kids = withChild(withChild([], 'a'), 'l');
    expect(childToAnswer(kids)).toBe('a');
    kids = withSeen(kids, 'a', 'seen');
    expect(childToAnswer(kids)).toBe('l');
    kids = withSeen(kids, 'l', 'seen');
    expect(childToAnswer(kids)).toBeNull();
    expect(childToAnswer(withSeen([blankAnswer('a')], 'a', 'seen'))).toBe('a'); // one child: change in place
    expect(withChild(kids, 'a')).toHaveLength(2); // linking twice links once
    expect(withoutChild(kids, 'a').map((c) => c.caseId)).toEqual(['l']);
  });
});

describe('what a save sends', () => {
  it('exactly what the chips show, and nothing when nothing was said', () => {
    const now = new Date(2026, 10, 26, 16, 0);
    const parsed = parseNote('Home #visit yesterday at 3pm ! She said "I like my room".', { now });
    const structure = noteStructure(parsed, [{ caseId: 'a', seen: 'seen', notSeenReason: 'stale', bedroomSeen: null }], ['p1']);
    expect(structure).toMatchObject({
      children: [{ caseId: 'a', seen: 'seen', notSeenReason: null, bedroomSeen: null }],
      people: ['p1'],
      contactHasTime: true,
      contactType: 'home-visit',
      significant: true,
      voice: ['I like my room'],
    });
    expect(new Date(structure.contactAt!).getDate()).toBe(25);
    expect(noteStructure(parseNote('Plain words.', { now }), [])).toEqual({
      children: [],
      contactAt: null,
      contactHasTime: false,
      contactType: null,
      significant: false,
      voice: [],
      people: [],
      template: null,
    });
  });
});
