import type { SearchCaseHit, SearchNoteHit, SearchResults } from '../../../preload/contract/channels';
import type { Person } from '../../../preload/contract/people';

/** One row of the results listbox: cases, people, then notes, in one sequence for the arrow keys. */
export type SearchOption = { kind: 'case'; hit: SearchCaseHit } | { kind: 'person'; hit: Person } | { kind: 'note'; hit: SearchNoteHit };

export function searchOptions(results: SearchResults | null): SearchOption[] {
  if (!results) return [];
  return [
    ...results.cases.map((hit): SearchOption => ({ kind: 'case', hit })),
    ...results.people.map((hit): SearchOption => ({ kind: 'person', hit })),
    ...results.notes.map((hit): SearchOption => ({ kind: 'note', hit })),
  ];
}

/** "4 results: 1 case, 1 person, 2 notes" (people only when there are some). */
export function resultsSummary(results: SearchResults): string {
  const total = results.cases.length + results.people.length + results.notes.length;
  if (total === 0) return 'No results';
  const plural = (n: number, word: string, words = `${word}s`) => `${n} ${n === 1 ? word : words}`;
  const people = results.people.length > 0 ? `${plural(results.people.length, 'person', 'people')}, ` : '';
  return `${plural(total, 'result')}: ${plural(results.cases.length, 'case')}, ${people}${plural(results.notes.length, 'note')}`;
}
