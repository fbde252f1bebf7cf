/**
 * Stores as earlier versions of the app left them, for migration tests. Data is written with plain
 * SQL in the shape of that version's schema: today's repositories write today's schema, so they cannot
 * stand in for an older app.
 */
import Database from 'better-sqlite3-multiple-ciphers';
import { CIPHER_PRAGMAS, rawKeyPragma } from '../../../main/store/cipher-settings';
import { CONNECTION_PRAGMAS } from '../../../main/store/connection-pragmas';
import { migrate } from '../../../main/store/migrate';
import { MIGRATIONS } from '../../../main/store/migrations';
import type { StoreDatabase } from '../../../main/store/open-store';

/** A new encrypted store migrated to `version` only. */
export function openStoreAtVersion(file: string, key: Buffer, version: number): StoreDatabase {
  const db = new Database(file);
  for (const pragma of CIPHER_PRAGMAS) db.pragma(pragma);
  db.pragma(rawKeyPragma(key));
  for (const pragma of CONNECTION_PRAGMAS) db.pragma(pragma);
  migrate(db, MIGRATIONS.filter((m) => m.version <= version));
  return db;
}

/** Writes cases and notes as versions 2 and 3 of the app did (the triggers of 3 index them). */
export function versionTwoWriter(db: StoreDatabase) {
  return {
    addCase(id: string, childName: string, caseReference: string | null, at: string): void {
      db.prepare('INSERT INTO cases (id, child_name, date_of_birth, case_reference, created_at) VALUES (?, ?, NULL, ?, ?)').run(id, childName, caseReference, at);
    },
    saveNote(id: string, body: string, caseIds: readonly string[], at: string, contactType: string | null = null): void {
      db.transaction(() => {
        db.prepare(
          `INSERT INTO notes (id, body, contact_type, occurred_at, in_inbox, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
        ).run(id, body, contactType, at, caseIds.length === 0 ? 1 : 0, at, at);
        for (const caseId of caseIds) db.prepare('INSERT INTO note_links (note_id, case_id, occurred_at) VALUES (?, ?, ?)').run(id, caseId, at);
        db.prepare("INSERT INTO note_versions (note_id, version, body, structure_json, created_at) VALUES (?, 1, ?, '{}', ?)").run(id, body, at);
      })();
    },
    amendNote(id: string, body: string, reason: string, at: string): void {
      db.transaction(() => {
        const version = (db.prepare('SELECT version FROM notes WHERE id = ?').pluck().get(id) as number) + 1;
        db.prepare('UPDATE notes SET body = ?, version = ?, updated_at = ? WHERE id = ?').run(body, version, at, id);
        db.prepare("INSERT INTO note_versions (note_id, version, body, structure_json, reason, created_at) VALUES (?, ?, ?, '{}', ?, ?)").run(id, version, body, reason, at);
      })();
    },
  };
}
