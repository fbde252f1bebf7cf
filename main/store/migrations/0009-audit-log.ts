import type { Migration } from './migration';

/**
 * The audit log: one row per thing the practitioner did (unlocked, opened a case, saved or amended a
 * note, searched, exported…), each row carrying the SHA-256 of its own content and of the row before
 * it, so changing, removing or reordering a row breaks the chain (main/audit/audit-chain.ts).
 * AUTOINCREMENT keeps the highest sequence number ever used in sqlite_sequence, so even removing the
 * newest rows shows. Append-only: triggers refuse UPDATE and DELETE.
 *
 * audit_case_index lists the cases each row concerns (a family visit concerns several), so the
 * per-case record of access is an index lookup; verification checks it against the chained row.
 */
export const migration0009: Migration = {
  version: 9,
  name: 'audit-log',
  up(db) {
    db.exec(`
      CREATE TABLE audit_log (
        seq         INTEGER PRIMARY KEY AUTOINCREMENT,
        at          TEXT NOT NULL,
        actor       TEXT NOT NULL,
        action      TEXT NOT NULL,
        cases_json  TEXT NOT NULL CHECK (json_valid(cases_json)),
        detail_json TEXT NOT NULL CHECK (json_valid(detail_json)),
        prev_hash   TEXT NOT NULL,
        hash        TEXT NOT NULL
      ) STRICT;

      CREATE TABLE audit_case_index (
        case_id TEXT NOT NULL,
        seq     INTEGER NOT NULL REFERENCES audit_log(seq),
        PRIMARY KEY (case_id, seq)
      ) STRICT, WITHOUT ROWID;
      -- Verification reads each entry's cases by seq: without this it is quadratic in the log's length.
      CREATE INDEX audit_case_index_by_seq ON audit_case_index (seq, case_id);

      CREATE TRIGGER audit_log_append_only_update BEFORE UPDATE ON audit_log BEGIN
        SELECT RAISE(ABORT, 'The audit log cannot be changed');
      END;
      CREATE TRIGGER audit_log_append_only_delete BEFORE DELETE ON audit_log BEGIN
        SELECT RAISE(ABORT, 'The audit log cannot be changed');
      END;
      CREATE TRIGGER audit_case_index_append_only_update BEFORE UPDATE ON audit_case_index BEGIN
        SELECT RAISE(ABORT, 'The audit log cannot be changed');
      END;
      CREATE TRIGGER audit_case_index_append_only_delete BEFORE DELETE ON audit_case_index BEGIN
        SELECT RAISE(ABORT, 'The audit log cannot be changed');
      END;
    `);
  },
};
