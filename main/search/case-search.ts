/** Children's cases by name or case reference (see name-search.ts for how names match). */
import type { SearchCaseHit } from '../../preload/contract';
import type { StoreDatabase } from '../store/open-store';
import { NameSearch } from './name-search';
import type { QueryTerms } from './query-terms';

interface CaseRow {
  id: string;
  child_name: string;
  case_reference: string | null;
  date_of_birth: string | null;
}

export class CaseSearch {
  private readonly names;
  private readonly byId;

  constructor(db: StoreDatabase) {
    this.names = new NameSearch(db, {
      table: 'cases',
      fts: 'cases_fts',
      nameColumn: 'child_name',
      otherColumns: ['case_reference'],
      versionColumn: 'cases_version',
    });
    this.byId = db.prepare<[string], CaseRow>('SELECT id, child_name, case_reference, date_of_birth FROM cases WHERE id = ?');
  }

  search(terms: QueryTerms, limit: number): SearchCaseHit[] {
    return this.names.search(terms, limit).map((id) => {
      const row = this.byId.get(id)!;
      return { caseId: row.id, childName: row.child_name, caseReference: row.case_reference, dateOfBirth: row.date_of_birth };
    });
  }
}
