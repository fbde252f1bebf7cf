import crypto from 'node:crypto';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { NoteRepository } from '../../../main/notes/note-repository';
import { TemplateRepository } from '../../../main/templates/template-repository';
import { schemaVersion } from '../../../main/store/migrate';
import { LATEST_SCHEMA_VERSION } from '../../../main/store/migrations';
import { openEncryptedStore } from '../../../main/store/open-store';
import { openStoreAtVersion, versionTwoWriter } from '../support/old-stores';
import { tempDir } from '../support/temp-profiles';

describe('note templates migration (0011)', () => {
  it('a version 10 store upgrades with its notes intact, no template on any, and the three templates seeded', () => {
    const file = path.join(tempDir(), 'store.db');
    const key = crypto.randomBytes(32);
    const v10 = openStoreAtVersion(file, key, 10);
    const write = versionTwoWriter(v10);
    const kase = '0190a8d2-5b7c-7000-8000-0000000000c1';
    const first = '0190a8d2-5b7c-7000-8000-000000000001';
    const second = '0190a8d2-5b7c-7000-8000-000000000002';
    write.addCase(kase, 'Amira Khan', 'CR-1', '2026-01-05T10:00:00.000Z');
    write.saveNote(first, 'Home visit: Amira showed me her room.', [kase], '2026-01-06T10:00:00.000Z', 'home-visit');
    write.saveNote(second, 'Rang school.', [kase], '2026-01-07T10:00:00.000Z');
    write.amendNote(second, 'Rang the school nurse.', 'Who it was', '2026-01-08T10:00:00.000Z');
    v10.close();

    const db = openEncryptedStore(file, key);
    try {
      expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
      const notes = new NoteRepository(db);
      expect(notes.listForCase(kase).map((n) => [n.id, n.body, n.version, n.contactType, n.template])).toEqual([
        [second, 'Rang the school nurse.', 2, null, null],
        [first, 'Home visit: Amira showed me her room.', 1, 'home-visit', null],
      ]);
      expect(notes.history(second).map((v) => v.body)).toEqual(['Rang school.', 'Rang the school nurse.']);
      const columns = db.prepare<[], { template_id: string | null; template_version: number | null }>('SELECT template_id, template_version FROM notes').all();
      expect(columns).toEqual([
        { template_id: null, template_version: null },
        { template_id: null, template_version: null },
      ]);
      expect(new TemplateRepository(db).list().map((t) => [t.id, t.version])).toEqual([
        ['home-visit', 1],
        ['signs-of-safety', 1],
        ['assessment-framework', 1],
      ]);
    } finally {
      db.close();
    }
  });
});
