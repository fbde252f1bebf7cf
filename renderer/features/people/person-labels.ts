/**
 * Plain-language lines for a person on the family panel: how they are related to each child of the
 * group ("Mother of Ava and Ben"), and yes / no / not known answers that may differ per child.
 */
import type { Person, PersonLink } from '../../../preload/contract/people';
import { RELATIONSHIP_LABELS, type Relationship } from '../../../preload/contract/relationships';
import { joinNames } from '../inbox/join-names';

export function yesNoUnknownText(value: boolean | null): string {
  if (value === null) return 'Not known';
  return value ? 'Yes' : 'No';
}

export const isProfessional = (person: Person): boolean =>
  person.links.length > 0 && person.links.every((link) => link.relationship === 'professional');

/** "Mother of Ava and Ben"; "Aunt or uncle of Ava; Kinship carer of Ben"; professionals work "with" a child. */
export function relationshipText(links: readonly PersonLink[]): string {
  if (links.length === 0) return 'Not linked to a child';
  const byRelationship = new Map<Relationship, string[]>();
  for (const link of links) {
    const names = byRelationship.get(link.relationship) ?? [];
    names.push(link.childName);
    byRelationship.set(link.relationship, names);
  }
  return [...byRelationship]
    .map(([relationship, names]) => {
      const joiner = relationship === 'professional' ? 'working with' : 'of';
      // "Sibling (no case of their own)" explains the choice in the form; on the panel "Sibling" says it.
      const label = relationship === 'sibling' ? 'Sibling' : RELATIONSHIP_LABELS[relationship];
      return `${label} ${joiner} ${joinNames(names)}`;
    })
    .join('; ');
}

/**
 * One answer across the person's children: "Yes" when it is the same for all of them,
 * otherwise per child ("Ava: Yes; Ben: Not known").
 */
export function perChildAnswer(links: readonly PersonLink[], pick: (link: PersonLink) => boolean | null): string {
  if (links.length === 0) return 'Not known';
  const answers = links.map(pick);
  if (answers.every((a) => a === answers[0])) return yesNoUnknownText(answers[0] ?? null);
  return links.map((link) => `${link.childName}: ${yesNoUnknownText(pick(link))}`).join('; ');
}

/** Professionals apart from family and carers, as the panel shows them. Unlinked people count as family. */
export function groupPeople(people: readonly Person[]): { family: Person[]; professionals: Person[] } {
  const family: Person[] = [];
  const professionals: Person[] = [];
  for (const person of people) (isProfessional(person) ? professionals : family).push(person);
  return { family, professionals };
}
