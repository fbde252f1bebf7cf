import type { Migration } from './migration';

/**
 * People around a child, and family groups.
 * - people: parents, carers, wider family and professionals. A person is one row however many
 *   children they are linked to, so the mother of three siblings is recorded (and corrected) once.
 * - relationships: a person's relationship to one child's case, with parental responsibility and
 *   whether they live with the child (null: not known yet, which is common at first contact). The
 *   same person can be "mother" to one child and "step-parent" to another.
 * - cases.family_group_id: siblings who each have their own case share a group id (there is nothing
 *   else to a group, so it is not a table). Null: the child is on their own.
 * - cases.legal_status and allocated_worker: the case summary's free-text facts.
 * - note_people: other people a note concerns or who were present (children stay in note_links,
 *   which carry the per-child visit answers).
 * - people_fts: trigram index over name, role and agency, so "pat" finds "Dr Patel" and "health"
 *   finds every health visitor; search_state.people_version lets main/search cache name words, as
 *   it does for cases.
 */
export const migration0004: Migration = {
  version: 4,
  name: 'people-and-family-groups',
  up(db) {
    db.exec(`
      ALTER TABLE cases ADD COLUMN legal_status TEXT;
      ALTER TABLE cases ADD COLUMN allocated_worker TEXT;
      ALTER TABLE cases ADD COLUMN family_group_id TEXT;
      CREATE INDEX cases_by_family_group ON cases (family_group_id) WHERE family_group_id IS NOT NULL;

      CREATE TABLE people (
        id            TEXT PRIMARY KEY NOT NULL,
        full_name     TEXT NOT NULL CHECK (length(full_name) BETWEEN 1 AND 200),
        date_of_birth TEXT CHECK (date_of_birth IS NULL OR date(date_of_birth) = date_of_birth),
        role          TEXT,
        agency        TEXT,
        phone         TEXT,
        email         TEXT,
        address       TEXT,
        created_at    TEXT NOT NULL,
        updated_at    TEXT NOT NULL
      ) STRICT;

      CREATE TABLE relationships (
        person_id               TEXT NOT NULL REFERENCES people(id),
        case_id                 TEXT NOT NULL REFERENCES cases(id),
        relationship            TEXT NOT NULL CHECK (length(relationship) BETWEEN 1 AND 40),
        parental_responsibility INTEGER CHECK (parental_responsibility IN (0, 1)),
        lives_with_child        INTEGER CHECK (lives_with_child IN (0, 1)),
        created_at              TEXT NOT NULL,
        updated_at              TEXT NOT NULL,
        PRIMARY KEY (person_id, case_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX relationships_by_case ON relationships (case_id, person_id);

      CREATE TABLE note_people (
        note_id   TEXT NOT NULL REFERENCES notes(id),
        person_id TEXT NOT NULL REFERENCES people(id),
        PRIMARY KEY (note_id, person_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX note_people_by_person ON note_people (person_id, note_id);

      CREATE VIRTUAL TABLE people_fts USING fts5(
        full_name, role, agency,
        content = 'people', content_rowid = 'rowid',
        tokenize = 'trigram remove_diacritics 1'
      );
      ALTER TABLE search_state ADD COLUMN people_version INTEGER NOT NULL DEFAULT 0;

      CREATE TRIGGER people_search_insert AFTER INSERT ON people BEGIN
        INSERT INTO people_fts (rowid, full_name, role, agency) VALUES (NEW.rowid, NEW.full_name, NEW.role, NEW.agency);
        UPDATE search_state SET people_version = people_version + 1;
      END;
      CREATE TRIGGER people_search_update AFTER UPDATE OF full_name, role, agency ON people BEGIN
        INSERT INTO people_fts (people_fts, rowid, full_name, role, agency) VALUES ('delete', OLD.rowid, OLD.full_name, OLD.role, OLD.agency);
        INSERT INTO people_fts (rowid, full_name, role, agency) VALUES (NEW.rowid, NEW.full_name, NEW.role, NEW.agency);
        UPDATE search_state SET people_version = people_version + 1;
      END;
      CREATE TRIGGER people_search_delete AFTER DELETE ON people BEGIN
        INSERT INTO people_fts (people_fts, rowid, full_name, role, agency) VALUES ('delete', OLD.rowid, OLD.full_name, OLD.role, OLD.agency);
        UPDATE search_state SET people_version = people_version + 1;
      END;
    `);
  },
};
