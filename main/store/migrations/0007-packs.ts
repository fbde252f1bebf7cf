import type { Migration } from './migration';

/**
 * Case-conference packs being built. A pack is drafted from the records once, then edited in the
 * builder; its content (per child: details, when seen, sections, chronology rows) is one JSON value,
 * because it is always read and saved whole, and edits to it must never reach the notes.
 */
export const migration0007: Migration = {
  version: 7,
  name: 'packs',
  up(db) {
    db.exec(`
      CREATE TABLE packs (
        id              TEXT PRIMARY KEY NOT NULL,
        case_id         TEXT NOT NULL REFERENCES cases(id),
        conference_type TEXT NOT NULL CHECK (conference_type IN ('initial', 'review', 'core-group')),
        date_from       TEXT NOT NULL CHECK (date(date_from) = date_from),
        date_to         TEXT NOT NULL CHECK (date(date_to) = date_to AND date_to >= date_from),
        author          TEXT NOT NULL,
        children_json   TEXT NOT NULL CHECK (json_valid(children_json) AND json_type(children_json) = 'array'),
        created_at      TEXT NOT NULL,
        updated_at      TEXT NOT NULL
      ) STRICT;
      CREATE INDEX packs_by_case ON packs (case_id, updated_at DESC);
    `);
  },
};
