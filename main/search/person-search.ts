/** People by name, role or agency ("health" finds every health visitor; see name-search.ts). */
import type { Person } from '../../preload/contract';
import type { PersonRepository } from '../people/person-repository';
import type { StoreDatabase } from '../store/open-store';
import { NameSearch } from './name-search';
import type { QueryTerms } from './query-terms';

export class PersonSearch {
  private readonly names;

  constructor(
    db: StoreDatabase,
    private readonly people: PersonRepository,
  ) {
    this.names = new NameSearch(db, {
      table: 'people',
      fts: 'people_fts',
      nameColumn: 'full_name',
      otherColumns: ['role', 'agency'],
      versionColumn: 'people_version',
    });
  }

  search(terms: QueryTerms, limit: number): Person[] {
    return this.names.search(terms, limit).map((id) => this.people.get(id));
  }
}
