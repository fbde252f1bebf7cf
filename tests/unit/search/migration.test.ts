import crypto from 'node:crypto';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { NoteRepository } from '../../../main/notes/note-repository';
import { SearchRepository } from '../../../main/search/search-repository';
import { PersonRepository } from '../../../main/people/person-repository';
import { schemaVersion } from '../../../main/store/migrate';
import { LATEST_SCHEMA_VERSION } from '../../../main/store/migrations';
import { openEncryptedStore } from '../../../main/store/open-store';
import { NoteStructure } from '../../../preload/contract';
import { SNIPPET_MARK_END as E, SNIPPET_MARK_START as S } from '../../../preload/contract/limits';
import { openStoreAtVersion, versionTwoWriter } from '../support/old-stores';
import { tempDir } from '../support/temp-profiles';

describe('migration 0003 (search)', () => {
  it('indexes a version 2 store: its notes, amendments, inbox and cases are found, in step with the record', () => {
    const file = path.join(tempDir(), 'store.db');
    const key = crypto.randomBytes(32);
    // A store as version 2 of the app left it.
    const v2 = openStoreAtVersion(file, key, 2);
    expect(schemaVersion(v2)).toBe(2);
    const write = versionTwoWriter(v2);
    const amira = { id: '01900000-0000-7000-8000-0000000000a1' };
    write.addCase(amira.id, 'Amira Khan', 'CP-2291', '2025-01-01T09:00:00.000Z');
    write.saveNote('01900000-0000-7000-8000-000000000001', 'First visit, the garden was tidy.', [amira.id], '2025-01-02T10:00:00.000Z', 'home-visit');
    write.saveNote('01900000-0000-7000-8000-000000000002', 'Phone call about the dentist.', [amira.id], '2025-01-03T10:00:00.000Z');
    write.amendNote('01900000-0000-7000-8000-000000000002', 'Phone call about the optician.', 'Wrong appointment', '2025-01-04T10:00:00.000Z');
    write.saveNote('01900000-0000-7000-8000-000000000003', 'Inbox: call the health visitor.', [], '2025-01-05T10:00:00.000Z');
    // Two notes in one second: they need distinct keys.
    write.saveNote('01900000-0000-7000-8000-000000000004', 'Same second one.', [amira.id], '2025-01-06T10:00:00.100Z');
    write.saveNote('01900000-0000-7000-8000-000000000005', 'Same second two.', [amira.id], '2025-01-06T10:00:00.900Z');
    v2.close();

    const db = openEncryptedStore(file, key);
    try {
      expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
      const search = new SearchRepository(db, new PersonRepository(db));
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
      new NoteRepository(db).save('01900000-0000-7000-8000-000000000006', 'After the upgrade: trampoline.', NoteStructure.parse({ children: [{ caseId: amira.id }] }), new Date());
      expect(ids('trampoline', { caseId: amira.id })).toEqual(['6']);
      db.exec("INSERT INTO notes_fts (notes_fts, rank) VALUES ('integrity-check', 1)");
    } finally {
      db.close();
    }
  });
});
