/**
 * What an @mention can link: a child (a case: the note joins their timeline, with visit answers), a
 * person already known (a parent, a professional: named on the note), or a new person, added there
 * and then from what was typed. Children come first: they are what a note is mostly about.
 */
import { exactByName, filterByName, isExactName, type ChildRef } from './mention-match';

export interface PersonRef {
  personId: string;
  fullName: string;
  /** Who they are, for telling two people apart in the list ("Mother of Ava Jones", "Health visitor"). */
  detail: string;
}

export type MentionOption =
  | { kind: 'child'; key: string; name: string; caseId: string }
  | { kind: 'person'; key: string; name: string; personId: string; detail: string }
  | { kind: 'new-person'; key: string; name: string };

const MAX_OPTIONS = 8;
// "@a" is too little to name someone new; two letters of a name is the least worth offering.
const MIN_NEW_NAME = 2;

const childOption = (c: ChildRef): MentionOption => ({ kind: 'child', key: `child-${c.caseId}`, name: c.childName, caseId: c.caseId });
const personOption = (p: PersonRef): MentionOption => ({ kind: 'person', key: `person-${p.personId}`, name: p.fullName, personId: p.personId, detail: p.detail });

/** Matching children, then people, then (if nobody has exactly this name) "add as a new person". */
export function mentionOptions(children: readonly ChildRef[], people: readonly PersonRef[], query: string): MentionOption[] {
  const kids = filterByName(children, (c) => c.childName, query, MAX_OPTIONS).map(childOption);
  const adults = filterByName(people, (p) => p.fullName, query, MAX_OPTIONS - kids.length).map(personOption);
  const options = [...kids, ...adults];
  const typed = query.trim();
  if (typed.replace(/[^\p{L}]/gu, '').length >= MIN_NEW_NAME && !options.some((o) => isExactName(o.name, typed))) {
    options.push({ kind: 'new-person', key: 'new-person', name: typed });
  }
  return options;
}

/** The one child or person a finished mention names ("@Leo ", "@Priya,"), or null if none or several. */
export function exactMention(children: readonly ChildRef[], people: readonly PersonRef[], query: string): MentionOption | null {
  const found = [
    ...exactByName(children, (c) => c.childName, query).map(childOption),
    ...exactByName(people, (p) => p.fullName, query).map(personOption),
  ];
  return found.length === 1 ? (found[0] ?? null) : null;
}
