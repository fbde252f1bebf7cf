import type { Migration } from './migration';

/**
 * The export register: every export, who made it, when, of which children and period, in what
 * formats, redacted or not, for whom and why, and the SHA-256 of every file written. Append-only:
 * triggers refuse any change or deletion, so the register is a record, not a list someone tidies.
 */
export const migration0008: Migration = {
  version: 8,
  name: 'export-register',
  up(db) {
    db.exec(`
      CREATE TABLE exports (
        id              TEXT PRIMARY KEY NOT NULL,
        created_at      TEXT NOT NULL,
        author          TEXT NOT NULL,
        pack_id         TEXT REFERENCES packs(id),
        conference_type TEXT NOT NULL CHECK (conference_type IN ('initial', 'review', 'core-group')),
        date_from       TEXT NOT NULL,
        date_to         TEXT NOT NULL,
        formats_json    TEXT NOT NULL CHECK (json_valid(formats_json)),
        audience        TEXT NOT NULL CHECK (audience IN ('family', 'professional')),
        recipient       TEXT NOT NULL,
        purpose         TEXT NOT NULL,
        encrypted       INTEGER NOT NULL CHECK (encrypted IN (0, 1)),
        files_json      TEXT NOT NULL CHECK (json_valid(files_json))
      ) STRICT;

      CREATE TABLE export_children (
        export_id  TEXT NOT NULL REFERENCES exports(id),
        case_id    TEXT NOT NULL REFERENCES cases(id),
        child_name TEXT NOT NULL,
        PRIMARY KEY (export_id, case_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX export_children_by_case ON export_children (case_id, export_id);

      CREATE TRIGGER exports_append_only_update BEFORE UPDATE ON exports BEGIN
        SELECT RAISE(ABORT, 'The export register cannot be changed');
      END;
      CREATE TRIGGER exports_append_only_delete BEFORE DELETE ON exports BEGIN
        SELECT RAISE(ABORT, 'The export register cannot be changed');
      END;
      CREATE TRIGGER export_children_append_only_update BEFORE UPDATE ON export_children BEGIN
        SELECT RAISE(ABORT, 'The export register cannot be changed');
      END;
      CREATE TRIGGER export_children_append_only_delete BEFORE DELETE ON export_children BEGIN
        SELECT RAISE(ABORT, 'The export register cannot be changed');
      END;
    `);
  },
};
