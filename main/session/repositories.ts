/**
 * The repositories an unlocked session hands to the handlers, all on the one open store. Built on
 * unlock and dropped on lock with the connection, so nothing that can read case data outlives a lock.
 */
import { AuditLog } from '../audit/audit-log';
import { CaseRepository } from '../cases/case-repository';
import { ChronologyRepository } from '../chronology/chronology-repository';
import { ContactTypeRepository } from '../contact-types/contact-type-repository';
import { DraftRepository } from '../notes/draft-repository';
import { ExportRegister } from '../export/export-register';
import { NoteRepository } from '../notes/note-repository';
import { PackRepository } from '../packs/pack-repository';
import { FamilyRepository } from '../people/family-repository';
import { PersonRepository } from '../people/person-repository';
import { SearchRepository } from '../search/search-repository';
import { TemplateRepository } from '../templates/template-repository';
import { TimescaleRepository } from '../timescales/timescale-repository';
import type { StoreDatabase } from '../store/open-store';

export interface Repositories {
  cases: CaseRepository;
  notes: NoteRepository;
  drafts: DraftRepository;
  search: SearchRepository;
  people: PersonRepository;
  family: FamilyRepository;
  contactTypes: ContactTypeRepository;
  chronology: ChronologyRepository;
  exports: ExportRegister;
  packs: PackRepository;
  templates: TemplateRepository;
  timescales: TimescaleRepository;
  audit: AuditLog;
  /** Runs fn in one transaction: a change and its audit entry land together or not at all. */
  atomically<T>(fn: () => T): T;
}

export function repositoriesFor(db: StoreDatabase, actor: string, now: () => Date): Repositories {
  const people = new PersonRepository(db);
  return {
    audit: new AuditLog(db, actor, now),
    atomically: (fn) => db.transaction(fn)(),
    cases: new CaseRepository(db),
    notes: new NoteRepository(db),
    drafts: new DraftRepository(db),
    search: new SearchRepository(db, people),
    people,
    family: new FamilyRepository(db, people),
    contactTypes: new ContactTypeRepository(db),
    chronology: new ChronologyRepository(db),
    exports: new ExportRegister(db),
    packs: new PackRepository(db),
    templates: new TemplateRepository(db),
    timescales: new TimescaleRepository(db, now),
  };
}
