import type { Migration } from './migration';

/**
 * Note templates: optional prompts a team edits. A template is a name and a body of headings and
 * questions inserted into the free-text note; every edit is a new version (versions are append-only),
 * and a note records the template and version it started from (notes.template_id/template_version),
 * so a reader can see which prompts the worker was answering. Seeded with three common ones; a team
 * changes or retires them in Settings. Written out here, not imported: a released migration never changes.
 */
export const migration0011: Migration = {
  version: 11,
  name: 'note-templates',
  up(db) {
    db.exec(`
      CREATE TABLE note_templates (
        id         TEXT PRIMARY KEY NOT NULL,
        position   INTEGER NOT NULL CHECK (position >= 0),
        retired    INTEGER NOT NULL DEFAULT 0 CHECK (retired IN (0, 1)),
        created_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE note_template_versions (
        template_id TEXT NOT NULL REFERENCES note_templates(id),
        version     INTEGER NOT NULL CHECK (version >= 1),
        name        TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 80),
        body        TEXT NOT NULL CHECK (length(body) BETWEEN 1 AND 10000),
        created_at  TEXT NOT NULL,
        PRIMARY KEY (template_id, version)
      ) STRICT, WITHOUT ROWID;
      CREATE TRIGGER note_template_versions_append_only_update BEFORE UPDATE ON note_template_versions BEGIN
        SELECT RAISE(ABORT, 'Template versions cannot be changed; save a new version');
      END;
      CREATE TRIGGER note_template_versions_append_only_delete BEFORE DELETE ON note_template_versions BEGIN
        SELECT RAISE(ABORT, 'Template versions cannot be changed; save a new version');
      END;

      ALTER TABLE notes ADD COLUMN template_id TEXT;
      ALTER TABLE notes ADD COLUMN template_version INTEGER;
    `);
    const now = new Date().toISOString();
    const addTemplate = db.prepare('INSERT INTO note_templates (id, position, created_at) VALUES (?, ?, ?)');
    const addVersion = db.prepare(
      'INSERT INTO note_template_versions (template_id, version, name, body, created_at) VALUES (?, 1, ?, ?, ?)',
    );
    SEEDED.forEach(([id, name, body], position) => {
      addTemplate.run(id, position, now);
      addVersion.run(id, name, body, now);
    });
  },
};

const SEEDED: ReadonlyArray<readonly [id: string, name: string, body: string]> = [
  [
    'home-visit',
    'Home visit',
    [
      'Was every child seen? Seen alone?',
      '',
      'What happened?',
      '',
      "The child's words:",
      '',
      'Analysis — what does this mean for the child?',
      '',
      'Actions (who, by when):',
      '',
    ].join('\n'),
  ],
  [
    'signs-of-safety',
    'Signs of Safety mapping',
    ['What are we worried about?', '', "What's working well?", '', 'What needs to happen?', '', 'Scaling (0–10) and why:', ''].join('\n'),
  ],
  [
    'assessment-framework',
    'Assessment Framework (three domains)',
    [
      "Child's developmental needs (health, education, emotional and behavioural development, identity, relationships, self-care):",
      '',
      'Parenting capacity (basic care, safety, warmth, stimulation, guidance and boundaries, stability):',
      '',
      'Family and environmental factors (history, wider family, housing, income, community):',
      '',
    ].join('\n'),
  ],
];
