import type { Migration } from './migration';

/**
 * The chronology. Entries from significant notes are not copied: they are the notes themselves, read
 * when the chronology is listed, so a note marked significant (or amended) is always in step. What
 * the practitioner changes about such an entry lives in chronology_note_edits — new wording, source or
 * analysis, or "leave out" — and never touches the note (the legal record).
 * Events added by hand (known from other agencies, from documents) are chronology_entries, with the
 * children they concern. Dates are UK calendar dates and times UK clock times, as they are read.
 */
export const migration0006: Migration = {
  version: 6,
  name: 'chronology',
  up(db) {
    db.exec(`
      CREATE TABLE chronology_entries (
        id         TEXT PRIMARY KEY NOT NULL,
        date       TEXT NOT NULL CHECK (date(date) = date),
        time       TEXT CHECK (time IS NULL OR (length(time) = 5 AND time(time || ':00') = time || ':00')),
        event      TEXT NOT NULL CHECK (length(event) > 0),
        source     TEXT NOT NULL CHECK (length(source) > 0),
        analysis   TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE chronology_entry_children (
        entry_id TEXT NOT NULL REFERENCES chronology_entries(id),
        case_id  TEXT NOT NULL REFERENCES cases(id),
        PRIMARY KEY (entry_id, case_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX chronology_entry_children_by_case ON chronology_entry_children (case_id, entry_id);

      CREATE TABLE chronology_note_edits (
        note_id    TEXT PRIMARY KEY NOT NULL REFERENCES notes(id),
        event      TEXT CHECK (event IS NULL OR length(event) > 0),
        source     TEXT CHECK (source IS NULL OR length(source) > 0),
        analysis   TEXT,
        excluded   INTEGER NOT NULL DEFAULT 0 CHECK (excluded IN (0, 1)),
        updated_at TEXT NOT NULL
      ) STRICT;
    `);
  },
};
