import crypto from 'node:crypto';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { CaseRepository } from '../../../main/cases/case-repository';
import { NoteRepository } from '../../../main/notes/note-repository';
import { SearchRepository } from '../../../main/search/search-repository';
import { CIPHER_PRAGMAS, rawKeyPragma } from '../../../main/store/cipher-settings';
import { CONNECTION_PRAGMAS } from '../../../main/store/connection-pragmas';
import { migrate, schemaVersion } from '../../../main/store/migrate';
import { MIGRATIONS } from '../../../main/store/migrations';
import { openEncryptedStore } from '../../../main/store/open-store';
import { NoteStructure } from '../../../preload/contract';
import { SNIPPET_MARK_END as E, SNIPPET_MARK_START as S } from '../../../preload/contract/limits';
import { tempDir } from '../support/temp-profiles';

describe('migration 0003 (search)', () => {
  it('indexes a version 2 store: its notes, amendments, inbox and cases are found, in step with the record', () => {
    const file = path.join(tempDir(), 'store.db');
    const key = crypto.randomBytes(32);
    // A store as version 2 of the app left it, written by the same repositories.
    const v2 = new Database(file);
    for (const pragma of CIPHER_PRAGMAS) v2.pragma(pragma);
    v2.pragma(rawKeyPragma(key));
    for (const pragma of CONNECTION_PRAGMAS) v2.pragma(pragma);
    migrate(v2, MIGRATIONS.slice(0, 2));
    expect(schemaVersion(v2)).toBe(2);
    const cases = new CaseRepository(v2);
    const notes = new NoteRepository(v2);
    const amira = cases.create({ childName: 'Amira Khan', dateOfBirth: null, caseReference: 'CP-2291' }, new Date('2025-01-01T09:00:00Z'));
    const structure = (caseIds: string[], extra: object = {}) => NoteStructure.parse({ children: caseIds.map((caseId) => ({ caseId })), ...extra });
    notes.save('01900000-0000-7000-8000-000000000001', 'First visit, the garden was tidy.', structure([amira.id], { contactType: 'home-visit' }), new Date('2025-01-02T10:00:00Z'));
    notes.save('01900000-0000-7000-8000-000000000002', 'Phone call about the dentist.', structure([amira.id]), new Date('2025-01-03T10:00:00Z'));
    notes.amend('01900000-0000-7000-8000-000000000002', 'Phone call about the optician.', 'Wrong appointment', structure([amira.id]), new Date('2025-01-04T10:00:00Z'));
    notes.save('01900000-0000-7000-8000-000000000003', 'Inbox: call the health visitor.', structure([]), new Date('2025-01-05T10:00:00Z'));
    // Two notes in one second: they need distinct keys.
    notes.save('01900000-0000-7000-8000-000000000004', 'Same second one.', structure([amira.id]), new Date('2025-01-06T10:00:00.100Z'));
    notes.save('01900000-0000-7000-8000-000000000005', 'Same second two.', structure([amira.id]), new Date('2025-01-06T10:00:00.900Z'));
    v2.close();

    const db = openEncryptedStore(file, key);
    try {
      expect(schemaVersion(db)).toBe(3);
      const search = new SearchRepository(db);
      const ids = (query: string, filter: object = {}) => search.search({ query, ...filter }).notes.map((n) => n.noteId.slice(-1));
      expect(ids('garden')).toEqual(['1']);
      expect(ids('garden', { caseId: amira.id, contactType: 'home-visit', from: '2025-01-02', to: '2025-01-02' })).toEqual(['1']);
      expect(ids('dentist')).toEqual([]);
      expect(ids('optician')).toEqual(['2']);
      expect(ids('health')).toEqual(['3']);
      expect(ids('second').sort()).toEqual(['4', '5']);
      expect(ids('opt')).toEqual(['2']); // the word list was filled from the index
      expect(search.search({ query: 'garden' }).notes[0]?.snippet).toContain(`${S}garden${E}`);
      expect(search.search({ query: 'mira' }).cases.map((c) => c.caseId)).toEqual([amira.id]);
      db.exec("INSERT INTO notes_fts (notes_fts, rank) VALUES ('integrity-check', 1)");
      db.exec("INSERT INTO cases_fts (cases_fts, rank) VALUES ('integrity-check', 1)");
      // Written after the upgrade, through the triggers.
      new NoteRepository(db).save('01900000-0000-7000-8000-000000000006', 'After the upgrade: trampoline.', structure([amira.id]), new Date());
      expect(ids('trampoline', { caseId: amira.id })).toEqual(['6']);
      db.exec("INSERT INTO notes_fts (notes_fts, rank) VALUES ('integrity-check', 1)");
    } finally {
      db.close();
    }
  });
});
