/**
 * Search across the practitioner's store: children's cases by name or reference, people by name, role
 * or agency, and notes by their
 * current wording (amended notes are found by what they say now; drafts are never indexed). Nothing
 * here logs: query text is case data.
 */
import type { SearchResults } from '../../preload/contract';
import type { StoreDatabase } from '../store/open-store';
import type { PersonRepository } from '../people/person-repository';
import { CaseSearch } from './case-search';
import { NoteSearch, type NoteFilter } from './note-search';
import { PersonSearch } from './person-search';
import { queryTerms } from './query-terms';

export const DEFAULT_SEARCH_LIMIT = 20;

export interface SearchRequest extends NoteFilter {
  query: string;
  limit?: number;
}

export class SearchRepository {
  private readonly notes: NoteSearch;
  private readonly cases: CaseSearch;
  private readonly people: PersonSearch;

  constructor(db: StoreDatabase, people: PersonRepository) {
    this.notes = new NoteSearch(db);
    this.cases = new CaseSearch(db);
    this.people = new PersonSearch(db, people);
  }

  search({ query, limit = DEFAULT_SEARCH_LIMIT, ...filter }: SearchRequest): SearchResults {
    const terms = queryTerms(query);
    // Filters narrow notes (a case's record, a kind of contact, a period); a case or a person is not
    // "from a date" or "a home visit", so a filtered search answers notes only.
    const filtered = Boolean(filter.caseId || filter.contactType || filter.from || filter.to);
    return {
      cases: filtered ? [] : this.cases.search(terms, limit),
      people: filtered ? [] : this.people.search(terms, limit),
      notes: this.notes.search(terms, filter, limit),
    };
  }
}
