/** A store opened directly (no core), for tests that need the database itself (integrity checks). */
import crypto from 'node:crypto';
import path from 'node:path';
import { v7 as uuidv7 } from 'uuid';
import { CaseRepository } from '../../../main/cases/case-repository';
import { DraftRepository } from '../../../main/notes/draft-repository';
import { NoteRepository } from '../../../main/notes/note-repository';
import { SearchRepository } from '../../../main/search/search-repository';
import { PersonRepository } from '../../../main/people/person-repository';
import { openEncryptedStore, type StoreDatabase } from '../../../main/store/open-store';
import { NoteStructure, type NoteStructureInput } from '../../../preload/contract';
import { tempDir } from '../support/temp-profiles';

export interface SearchStore {
  db: StoreDatabase;
  cases: CaseRepository;
  notes: NoteRepository;
  drafts: DraftRepository;
  search: SearchRepository;
  /** Saves a note about these cases (none: the inbox), written at `at` (default: a fixed clock). */
  save(body: string, caseIds: string[], structure?: Partial<NoteStructureInput>, at?: string): string;
  /** FTS5's own check of notes_fts and cases_fts against their content tables; throws if out of step. */
  checkIndexes(): void;
  close(): void;
}

export function openSearchStore(): SearchStore {
  const db = openEncryptedStore(path.join(tempDir(), 'store.db'), crypto.randomBytes(32), { create: true });
  const notes = new NoteRepository(db);
  let clock = Date.parse('2026-01-05T09:00:00Z');
  return {
    db,
    cases: new CaseRepository(db),
    notes,
    drafts: new DraftRepository(db),
    search: new SearchRepository(db, new PersonRepository(db)),
    save(body, caseIds, structure = {}, at) {
      const id = uuidv7();
      const now = new Date(at ?? (clock += 60_000));
      notes.save(id, body, NoteStructure.parse({ children: caseIds.map((caseId) => ({ caseId })), ...structure }), now);
      return id;
    },
    checkIndexes() {
      db.exec("INSERT INTO notes_fts (notes_fts, rank) VALUES ('integrity-check', 1)");
      db.exec("INSERT INTO cases_fts (cases_fts, rank) VALUES ('integrity-check', 1)");
    },
    close: () => db.close(),
  };
}

export function newCase(store: SearchStore, childName: string, caseReference: string | null = null): string {
  return store.cases.create({ childName, dateOfBirth: null, caseReference }, new Date('2026-01-01T00:00:00Z')).id;
}
