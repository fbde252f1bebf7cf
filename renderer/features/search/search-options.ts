import type { SearchCaseHit, SearchNoteHit, SearchResults } from '../../../preload/contract/channels';

/** One row of the results listbox: cases first, then notes, in one sequence for the arrow keys. */
export type SearchOption = { kind: 'case'; hit: SearchCaseHit } | { kind: 'note'; hit: SearchNoteHit };

export function searchOptions(results: SearchResults | null): SearchOption[] {
  if (!results) return [];
  return [
    ...results.cases.map((hit): SearchOption => ({ kind: 'case', hit })),
    ...results.notes.map((hit): SearchOption => ({ kind: 'note', hit })),
  ];
}

/** "3 results: 1 case, 2 notes". */
export function resultsSummary(results: SearchResults): string {
  const total = results.cases.length + results.notes.length;
  if (total === 0) return 'No results';
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `${plural(total, 'result')}: ${plural(results.cases.length, 'case')}, ${plural(results.notes.length, 'note')}`;
}
