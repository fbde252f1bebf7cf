import type { Migration } from './migration';

/**
 * Quick-note structure, drafts and amendments.
 * - notes lose their single case_id: a note can be about several children (a family visit), so the
 *   children it concerns live in note_links, with the per-child visit answers (seen, seen alone, not
 *   seen and why, bedroom seen). A note with no link is in the inbox until it is filed.
 * - the time of contact is kept apart from the time of writing; occurred_at (contact time, else writing
 *   time) orders timelines and is copied into note_links so a case's timeline is one index range.
 * - a finalised note is never edited: each amendment is a new row in note_versions with a reason, and
 *   notes holds the current version. Version 1 is the note as first saved.
 * - drafts are saved as the practitioner types and become the note (same id) when finalised.
 */
export const migration0002: Migration = {
  version: 2,
  name: 'structured-notes-drafts-versions',
  up(db) {
    db.exec(`
      CREATE TABLE notes_v2 (
        id               TEXT PRIMARY KEY NOT NULL,
        body             TEXT NOT NULL CHECK (length(body) > 0),
        version          INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
        contact_at       TEXT,
        contact_has_time INTEGER NOT NULL DEFAULT 0 CHECK (contact_has_time IN (0, 1)),
        contact_type     TEXT,
        significant      INTEGER NOT NULL DEFAULT 0 CHECK (significant IN (0, 1)),
        voice_json       TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(voice_json)),
        occurred_at      TEXT NOT NULL,
        in_inbox         INTEGER NOT NULL DEFAULT 0 CHECK (in_inbox IN (0, 1)),
        created_at       TEXT NOT NULL,
        updated_at       TEXT NOT NULL
      ) STRICT;

      INSERT INTO notes_v2 (id, body, occurred_at, created_at, updated_at)
        SELECT id, body, created_at, created_at, created_at FROM notes;

      CREATE TABLE note_links (
        note_id         TEXT NOT NULL REFERENCES notes_v2(id),
        case_id         TEXT NOT NULL REFERENCES cases(id),
        occurred_at     TEXT NOT NULL,
        seen            TEXT CHECK (seen IN ('seen', 'seen-alone', 'not-seen')),
        not_seen_reason TEXT,
        bedroom_seen    INTEGER CHECK (bedroom_seen IN (0, 1)),
        PRIMARY KEY (note_id, case_id)
      ) STRICT, WITHOUT ROWID;

      INSERT INTO note_links (note_id, case_id, occurred_at)
        SELECT id, case_id, created_at FROM notes;

      CREATE TABLE note_versions (
        note_id        TEXT NOT NULL REFERENCES notes_v2(id),
        version        INTEGER NOT NULL CHECK (version >= 1),
        body           TEXT NOT NULL,
        structure_json TEXT NOT NULL CHECK (json_valid(structure_json)),
        reason         TEXT,
        created_at     TEXT NOT NULL,
        PRIMARY KEY (note_id, version)
      ) STRICT, WITHOUT ROWID;

      INSERT INTO note_versions (note_id, version, body, structure_json, created_at)
        SELECT id, 1, body, json_object('children', json_array(json_object('caseId', case_id))), created_at FROM notes;

      DROP INDEX notes_by_case_newest_first;
      DROP TABLE notes;
      ALTER TABLE notes_v2 RENAME TO notes;

      CREATE INDEX note_links_by_case_timeline ON note_links (case_id, occurred_at DESC, note_id DESC);
      CREATE INDEX notes_in_inbox ON notes (occurred_at DESC) WHERE in_inbox = 1;

      CREATE TABLE drafts (
        id             TEXT PRIMARY KEY NOT NULL,
        case_id        TEXT REFERENCES cases(id),
        body           TEXT NOT NULL,
        structure_json TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(structure_json)),
        created_at     TEXT NOT NULL,
        updated_at     TEXT NOT NULL
      ) STRICT;

      CREATE INDEX drafts_by_case ON drafts (case_id, updated_at DESC);
    `);
  },
};
