import crypto from 'node:crypto';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openEncryptedStore } from '../../../main/store/open-store';
import { schemaVersion } from '../../../main/store/migrate';
import { LATEST_SCHEMA_VERSION } from '../../../main/store/migrations';
import { NoteRepository } from '../../../main/notes/note-repository';
import { openStoreAtVersion } from '../support/old-stores';
import { tempDir } from '../support/temp-profiles';

describe('migrations', () => {
  it('version 1 stores are upgraded in place: every note keeps its text, its case and its time', () => {
    const file = path.join(tempDir(), 'store.db');
    const key = crypto.randomBytes(32);
    // Build a store as version 1 of the app left it.
    const v1 = openStoreAtVersion(file, key, 1);
    expect(schemaVersion(v1)).toBe(1);
    v1.prepare("INSERT INTO cases VALUES ('c1', 'Amira Khan', NULL, NULL, '2025-01-01T09:00:00.000Z')").run();
    v1.prepare("INSERT INTO notes VALUES ('n1', 'c1', 'First visit.', '2025-01-02T10:00:00.000Z')").run();
    v1.prepare("INSERT INTO notes VALUES ('n2', 'c1', 'Second visit.', '2025-02-02T10:00:00.000Z')").run();
    v1.close();

    const db = openEncryptedStore(file, key);
    try {
      expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
      const notes = new NoteRepository(db).listForCase('c1');
      expect(notes.map((n) => [n.id, n.body, n.occurredAt, n.version])).toEqual([
        ['n2', 'Second visit.', '2025-02-02T10:00:00.000Z', 1],
        ['n1', 'First visit.', '2025-01-02T10:00:00.000Z', 1],
      ]);
      expect(notes[0]!.children).toEqual([{ caseId: 'c1', childName: 'Amira Khan', seen: null, notSeenReason: null, bedroomSeen: null }]);
      expect(new NoteRepository(db).history('n1')).toEqual([{ version: 1, body: 'First visit.', reason: null, createdAt: '2025-01-02T10:00:00.000Z' }]);
      expect(db.pragma('foreign_key_check')).toEqual([]);
    } finally {
      db.close();
    }
  });
});
