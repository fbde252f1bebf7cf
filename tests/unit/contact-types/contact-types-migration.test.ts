import crypto from 'node:crypto';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ContactTypeRepository } from '../../../main/contact-types/contact-type-repository';
import { NoteRepository } from '../../../main/notes/note-repository';
import { migrate, schemaVersion } from '../../../main/store/migrate';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../../main/store/migrations';
import { openEncryptedStore } from '../../../main/store/open-store';
import { DEFAULT_CONTACT_TYPES } from '../../../renderer/features/capture/contact-types';
import { openStoreAtVersion, versionTwoWriter } from '../support/old-stores';
import { tempDir } from '../support/temp-profiles';

describe('contact types migration (0005)', () => {
  it('a version 4 store gains the built-in list, and its notes keep their types', () => {
    const file = path.join(tempDir(), 'store.db');
    const key = crypto.randomBytes(32);
    // A store as version 4 of the app left it (written with that version's SQL).
    const v4 = openStoreAtVersion(file, key, 4);
    const write = versionTwoWriter(v4);
    const kase = { id: '0190a8d2-5b7c-7000-8000-0000000000c1' };
    const note = { id: '0190a8d2-5b7c-7000-8000-000000000001' };
    write.addCase(kase.id, 'Amira Khan', null, '2026-01-05T10:00:00.000Z');
    write.saveNote(note.id, 'Rang school.', [kase.id], '2026-01-06T10:00:00.000Z', 'phone-call');
    v4.close();

    const db = openEncryptedStore(file, key);
    try {
      expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
      expect(new ContactTypeRepository(db).list()).toEqual(
        DEFAULT_CONTACT_TYPES.map((t) => ({ id: t.id, label: t.label, tags: [...t.tags], retired: false })),
      );
      expect(new NoteRepository(db).get(note.id).contactType).toBe('phone-call');
      // STRICT and CHECKs hold: a row the app could never write is refused by the store itself.
      expect(() => db.prepare("INSERT INTO contact_types VALUES ('x', 'X', 'not json', 9, 0)").run()).toThrow();
      expect(() => db.prepare("INSERT INTO contact_types VALUES ('x', 'X', '[]', 9, 2)").run()).toThrow();
    } finally {
      db.close();
    }
  });

  it('is the fifth migration, so older stores upgrade to it in order', () => {
    expect(MIGRATIONS.map((m) => m.version).indexOf(5)).toBe(4);
    const db = openEncryptedStore(path.join(tempDir(), 'store.db'), crypto.randomBytes(32), { create: true });
    try {
      migrate(db); // already latest: a second run changes nothing
      expect(new ContactTypeRepository(db).list()).toHaveLength(DEFAULT_CONTACT_TYPES.length);
    } finally {
      db.close();
    }
  });
});
