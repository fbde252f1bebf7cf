import type { Migration } from './migration';

/**
 * The team's contact types (#visit, #call ...), as data a team edits rather than a constant in code
 * (Munro: adapt to local needs). Seeded with the list the app had built in until now, with the same
 * ids, so every note already saved keeps reading as before and new stores start with the same list.
 * - position: the order the team chose (the settings page and the filters show it). Not unique: a save
 *   renumbers every row in one transaction, and a unique index would trip over its own renumbering.
 * - retired: a type taken off the list is kept, never deleted, so notes tagged with it (a legal
 *   record) still show its label. Its id can come back, un-retired.
 * - notes.contact_type has no foreign key to this table on purpose: the list is configuration, and
 *   configuration must never stop a note from being saved or an older store from opening.
 * - tags_json: the words typed after '#', a JSON array; the id also works as a tag.
 */
export const migration0005: Migration = {
  version: 5,
  name: 'contact-types',
  up(db) {
    db.exec(`
      CREATE TABLE contact_types (
        id        TEXT PRIMARY KEY NOT NULL CHECK (length(id) BETWEEN 1 AND 40),
        label     TEXT NOT NULL CHECK (length(label) BETWEEN 1 AND 60),
        tags_json TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(tags_json) AND json_type(tags_json) = 'array'),
        position  INTEGER NOT NULL CHECK (position >= 0),
        retired   INTEGER NOT NULL DEFAULT 0 CHECK (retired IN (0, 1))
      ) STRICT;
    `);

    // Written out here, not imported from the renderer's defaults: a released migration never changes.
    const insert = db.prepare('INSERT INTO contact_types (id, label, tags_json, position, retired) VALUES (?, ?, ?, ?, 0)');
    DEFAULTS.forEach(([id, label, tags], position) => insert.run(id, label, JSON.stringify(tags), position));
  },
};

const DEFAULTS: ReadonlyArray<readonly [id: string, label: string, tags: readonly string[]]> = [
  ['home-visit', 'Home visit', ['visit', 'homevisit', 'hv']],
  ['office-visit', 'Office visit', ['office']],
  ['school-visit', 'School visit', ['school']],
  ['phone-call', 'Phone call', ['call', 'phone']],
  ['meeting', 'Meeting', ['meeting', 'cgm', 'coregroup']],
  ['observation', 'Observation', ['observation', 'obs']],
  ['correspondence', 'Correspondence', ['correspondence', 'letter', 'email']],
];
