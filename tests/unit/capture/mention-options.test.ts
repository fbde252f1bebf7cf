import { describe, expect, it } from 'vitest';
import { exactMention, mentionOptions } from '../../../renderer/features/capture/mention-options';

const CHILDREN = [
  { caseId: 'a', childName: 'Ava Jones' },
  { caseId: 'b', childName: 'Ben Jones' },
];
const PEOPLE = [
  { personId: 's', fullName: 'Sarah Jones', detail: 'Mother of Ava Jones' },
  { personId: 'p', fullName: 'Priya Patel', detail: 'Health visitor' },
  { personId: 'x', fullName: 'Sara Khan', detail: '' },
];

const labels = (query: string) => mentionOptions(CHILDREN, PEOPLE, query).map((o) => `${o.kind}:${o.name}`);

describe('what an @mention offers', () => {
  it('children first, then people, then adding whoever was typed if nobody has that name', () => {
    expect(labels('jones')).toEqual(['child:Ava Jones', 'child:Ben Jones', 'person:Sarah Jones', 'new-person:jones']);
    expect(labels('sar')).toEqual(['person:Sara Khan', 'person:Sarah Jones', 'new-person:sar']);
    expect(labels('Priya')).toEqual(['person:Priya Patel', 'new-person:Priya']);
    expect(labels('priya patel')).toEqual(['person:Priya Patel']); // exactly her: nothing to add
    expect(labels('Dr')).toEqual(['new-person:Dr']);
  });

  it('does not offer to add a person for a bare @ or a single letter', () => {
    expect(labels('')).toHaveLength(5);
    expect(labels('')).not.toContain('new-person:');
    expect(labels('z')).toEqual([]);
  });

  it('a finished mention links on its own only when exactly one child or person has that name', () => {
    expect(exactMention(CHILDREN, PEOPLE, 'Priya')).toMatchObject({ kind: 'person', personId: 'p' });
    expect(exactMention(CHILDREN, PEOPLE, 'Ava')).toMatchObject({ kind: 'child', caseId: 'a' });
    expect(exactMention(CHILDREN, PEOPLE, 'Jones')).toBeNull(); // two children and a mother
    expect(exactMention(CHILDREN, PEOPLE, 'Sar')).toBeNull(); // a fragment: pick from the list
  });
});
