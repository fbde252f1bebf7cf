import crypto from 'node:crypto';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CaseRepository } from '../../../main/cases/case-repository';
import { NoteRepository } from '../../../main/notes/note-repository';
import { FamilyRepository } from '../../../main/people/family-repository';
import { PersonRepository } from '../../../main/people/person-repository';
import { openEncryptedStore } from '../../../main/store/open-store';
import { openStoreAtVersion, versionTwoWriter } from '../support/old-stores';
import { tempDir } from '../support/temp-profiles';

describe('migration 0004 (people and family groups)', () => {
  it('upgrades a version 3 store: cases and notes as they were, no one linked yet, people can be added', () => {
    const file = path.join(tempDir(), 'store.db');
    const key = crypto.randomBytes(32);
    const v3 = openStoreAtVersion(file, key, 3);
    const write = versionTwoWriter(v3);
    write.addCase('01900000-0000-7000-8000-0000000000a1', 'Amira Khan', 'CP-2291', '2025-01-01T09:00:00.000Z');
    write.saveNote('01900000-0000-7000-8000-000000000001', 'First visit.', ['01900000-0000-7000-8000-0000000000a1'], '2025-01-02T10:00:00.000Z');
    v3.close();

    const db = openEncryptedStore(file, key);
    try {
      const amira = new CaseRepository(db).get('01900000-0000-7000-8000-0000000000a1');
      expect(amira).toMatchObject({ childName: 'Amira Khan', caseReference: 'CP-2291', legalStatus: null, allocatedWorker: null, noteCount: 1 });
      const [note] = new NoteRepository(db).listForCase(amira.id);
      expect(note).toMatchObject({ body: 'First visit.', people: [] });
      const people = new PersonRepository(db);
      const family = new FamilyRepository(db, people);
      expect(family.get(amira.id)).toEqual({ children: [{ caseId: amira.id, childName: 'Amira Khan', dateOfBirth: null }], people: [] });
      people.create({ fullName: 'Farah Khan', dateOfBirth: null, role: null, agency: null, phone: null, email: null, address: null }, [
        { caseId: amira.id, relationship: 'mother', parentalResponsibility: true, livesWithChild: true },
      ], new Date());
      expect(family.get(amira.id).people.map((p) => p.fullName)).toEqual(['Farah Khan']);
      db.exec("INSERT INTO people_fts (people_fts, rank) VALUES ('integrity-check', 1)");
      expect(db.pragma('foreign_key_check')).toEqual([]);
    } finally {
      db.close();
    }
  });
});
