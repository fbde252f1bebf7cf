import type { Migration } from './migration';

/**
 * Full-text search (FTS5), kept in step with the records by triggers, so every writer (save, amend,
 * file, a future import) keeps the index right without knowing it exists. Drafts live in their own
 * table and are never indexed. docs/benchmarks.md ("Search") has the measurements behind this shape.
 *
 * Notes — `notes_fts`, external content (the text is stored once, in `notes`):
 * - Its rowid is `notes.search_key`, a *time key*: occurred_at in whole seconds × 1,024, plus a
 *   sequence number for notes in the same second. FTS5 walks a term's matches in rowid order for free,
 *   so "the most recent N matches" and "between these dates" are rowid ranges rather than a join and a
 *   sort over every match (a common word matches hundreds of thousands of notes). Seconds, not
 *   milliseconds: doclists store rowid deltas as varints, so a smaller scale keeps the index smaller.
 * - `notes.search_meta` holds filter tokens: `c<hex(case id)>` per linked child and
 *   `t<hex(contact type)>`. Filtering by case or type is then an FTS5 AND, which skips through a long
 *   doclist using its index, instead of checking every match against note_links. It is stored, not
 *   derived, because an external-content delete must be handed back exactly the values indexed.
 *   Invariant: a note is in the index exactly when its search_meta is not null.
 * - detail=column, columnsize=0: no token positions and no per-note lengths (a smaller index, cheaper
 *   saves). The app runs no phrase or NEAR queries and does not use bm25() (main/search ranks the
 *   candidates itself); snippet() re-reads the text to place its marks.
 * - `search_terms`: every word ever indexed, so the word being typed can be expanded into whole words
 *   by a B-tree range instead of an FTS5 prefix query, which merges every matching doclist in full
 *   before returning a row (~25 ms for a common word at 1 M notes, whatever the LIMIT). Triggers
 *   tokenise with FTS5 itself: the text goes through a one-row scratch index read back with
 *   fts5vocab, so the words are exactly the ones notes_fts holds.
 *
 * Cases — `cases_fts`: trigram over the child's name and case reference, so any 3+ characters of a
 * name match ("mira" finds "Amira"). `search_state.cases_version` changes with every case change, so
 * main/search can cache the few distinct name words for short and misspelt queries.
 */
export const migration0003: Migration = {
  version: 3,
  name: 'search-index',
  up(db) {
    // A version 2 store has none of these; dropping first makes the migration safe to re-run on a
    // store rebuilt by hand (as tests/unit/store/migrations.test.ts does to make a version 1 store).
    db.exec(`
      DROP TABLE IF EXISTS notes_fts;
      DROP TABLE IF EXISTS cases_fts;
      DROP TABLE IF EXISTS search_scratch_vocab;
      DROP TABLE IF EXISTS search_scratch;
      DROP TABLE IF EXISTS search_terms;
      DROP TABLE IF EXISTS search_state;

      ALTER TABLE notes ADD COLUMN search_key INTEGER;
      ALTER TABLE notes ADD COLUMN search_meta TEXT;
      CREATE UNIQUE INDEX notes_by_search_key ON notes (search_key);

      CREATE VIRTUAL TABLE notes_fts USING fts5(
        body, search_meta,
        content = 'notes', content_rowid = 'search_key',
        tokenize = 'unicode61 remove_diacritics 2',
        detail = column, columnsize = 0
      );

      CREATE TABLE search_terms (term TEXT PRIMARY KEY NOT NULL) STRICT, WITHOUT ROWID;

      CREATE VIRTUAL TABLE search_scratch USING fts5(
        body, content = '', tokenize = 'unicode61 remove_diacritics 2', detail = none
      );
      CREATE VIRTUAL TABLE search_scratch_vocab USING fts5vocab(search_scratch, 'row');

      CREATE VIRTUAL TABLE cases_fts USING fts5(
        child_name, case_reference,
        content = 'cases', content_rowid = 'rowid',
        tokenize = 'trigram remove_diacritics 1'
      );

      CREATE TABLE search_state (
        id            INTEGER PRIMARY KEY CHECK (id = 1),
        cases_version INTEGER NOT NULL
      ) STRICT;
      INSERT INTO search_state (id, cases_version) VALUES (1, 0);
    `);

    // Backfill: keys in occurred_at order (a window numbers the notes that share a second), then FTS5
    // reads everything back from the content tables, and the words are counted from the index.
    db.exec(`
      UPDATE notes SET search_key = CASE WHEN k.seq < 1024 THEN k.base * 1024 + k.seq END,
                       search_meta = ${META('notes.id', 'notes.contact_type')}
        FROM (SELECT rowid AS rid, base, row_number() OVER (PARTITION BY base ORDER BY rowid) - 1 AS seq
                FROM (SELECT rowid, ${SECONDS('occurred_at')} AS base FROM notes)) AS k
       WHERE notes.rowid = k.rid;
      UPDATE notes SET search_key = (SELECT max(search_key) FROM notes) + rowid WHERE search_key IS NULL;
      INSERT INTO notes_fts (notes_fts) VALUES ('rebuild');
      INSERT INTO cases_fts (cases_fts) VALUES ('rebuild');
      CREATE VIRTUAL TABLE temp.notes_fts_words USING fts5vocab(main, notes_fts, 'col');
      INSERT INTO search_terms (term) SELECT term FROM temp.notes_fts_words WHERE col = 'body';
      DROP TABLE temp.notes_fts_words;
    `);

    db.exec(`
      -- A note about children is indexed when its first child is linked, a moment later in the same
      -- transaction (NoteRepository writes the links right after the note; in_inbox = 0 says they are
      -- coming): indexing it here too would cost a second insert and a delete on every save.
      CREATE TRIGGER notes_search_insert AFTER INSERT ON notes BEGIN
        UPDATE notes SET search_key = ${KEY('NEW.occurred_at')},
                         search_meta = CASE WHEN NEW.in_inbox = 1 THEN ${META('NEW.id', 'NEW.contact_type')} END
         WHERE rowid = NEW.rowid;
        INSERT INTO notes_fts (rowid, body, search_meta)
          SELECT search_key, body, search_meta FROM notes WHERE rowid = NEW.rowid AND search_meta IS NOT NULL;
        ${ADD_WORDS('NEW.body')}
      END;

      CREATE TRIGGER notes_search_update AFTER UPDATE OF body, occurred_at, contact_type ON notes
        WHEN OLD.body IS NOT NEW.body OR OLD.occurred_at IS NOT NEW.occurred_at OR OLD.contact_type IS NOT NEW.contact_type
      BEGIN
        INSERT INTO notes_fts (notes_fts, rowid, body, search_meta)
          SELECT 'delete', OLD.search_key, OLD.body, OLD.search_meta WHERE OLD.search_meta IS NOT NULL;
        UPDATE notes
           SET search_key = CASE WHEN OLD.occurred_at IS NEW.occurred_at THEN search_key ELSE ${KEY('NEW.occurred_at')} END,
               search_meta = ${META('NEW.id', 'NEW.contact_type')}
         WHERE rowid = NEW.rowid;
        INSERT INTO notes_fts (rowid, body, search_meta) SELECT search_key, body, search_meta FROM notes WHERE rowid = NEW.rowid;
      END;

      -- An amendment may bring new words. (Words no longer used anywhere stay listed: expanding to a
      -- word with no notes finds nothing, and checking would cost every save.)
      CREATE TRIGGER notes_search_words AFTER UPDATE OF body ON notes WHEN OLD.body IS NOT NEW.body BEGIN
        ${ADD_WORDS('NEW.body')}
      END;

      CREATE TRIGGER notes_search_delete AFTER DELETE ON notes BEGIN
        INSERT INTO notes_fts (notes_fts, rowid, body, search_meta)
          SELECT 'delete', OLD.search_key, OLD.body, OLD.search_meta WHERE OLD.search_meta IS NOT NULL;
      END;
    `);

    // A note's children change its case tokens: re-index it (same key, same text, new meta).
    db.exec(`
      CREATE TRIGGER note_links_search_insert AFTER INSERT ON note_links BEGIN ${REINDEX_META('NEW.note_id')} END;
      CREATE TRIGGER note_links_search_delete AFTER DELETE ON note_links BEGIN ${REINDEX_META('OLD.note_id')} END;
      CREATE TRIGGER note_links_search_update AFTER UPDATE OF note_id, case_id ON note_links BEGIN
        ${REINDEX_META('OLD.note_id')} ${REINDEX_META('NEW.note_id')}
      END;
    `);

    db.exec(`
      CREATE TRIGGER cases_search_insert AFTER INSERT ON cases BEGIN
        INSERT INTO cases_fts (rowid, child_name, case_reference) VALUES (NEW.rowid, NEW.child_name, NEW.case_reference);
        UPDATE search_state SET cases_version = cases_version + 1;
      END;
      CREATE TRIGGER cases_search_update AFTER UPDATE OF child_name, case_reference, date_of_birth ON cases BEGIN
        INSERT INTO cases_fts (cases_fts, rowid, child_name, case_reference) VALUES ('delete', OLD.rowid, OLD.child_name, OLD.case_reference);
        INSERT INTO cases_fts (rowid, child_name, case_reference) VALUES (NEW.rowid, NEW.child_name, NEW.case_reference);
        UPDATE search_state SET cases_version = cases_version + 1;
      END;
      CREATE TRIGGER cases_search_delete AFTER DELETE ON cases BEGIN
        INSERT INTO cases_fts (cases_fts, rowid, child_name, case_reference) VALUES ('delete', OLD.rowid, OLD.child_name, OLD.case_reference);
        UPDATE search_state SET cases_version = cases_version + 1;
      END;
    `);
  },
};

// The SQL is written out here rather than imported: a released migration must never change.

/** occurred_at (ISO 8601) as whole seconds since 1970. */
function SECONDS(iso: string): string {
  return `unixepoch(${iso})`;
}

/**
 * The next free time key for an instant: after any note already in that second. Should 1,024 notes
 * share one second (not a practitioner's pace; an import of date-only entries could, in theory) the key
 * goes after every other key: the note is still found, only ranked among the newest.
 */
function KEY(iso: string): string {
  return `(SELECT CASE WHEN next < base + 1024 THEN next ELSE (SELECT max(search_key) + 1 FROM notes) END
             FROM (SELECT base, coalesce((SELECT max(search_key) + 1 FROM notes WHERE search_key >= base AND search_key < base + 1024), base) AS next
                     FROM (SELECT ${SECONDS(iso)} * 1024 AS base)))`;
}

/** Filter tokens: the note's type and its children's cases, hex-encoded so that each is one token. */
function META(noteId: string, contactType: string): string {
  return `trim(coalesce('t' || hex(${contactType}), '') || ' ' ||
                coalesce((SELECT group_concat('c' || hex(case_id), ' ') FROM note_links WHERE note_id = ${noteId}), ''))`;
}

function REINDEX_META(noteId: string): string {
  return `
    INSERT INTO notes_fts (notes_fts, rowid, body, search_meta)
      SELECT 'delete', search_key, body, search_meta FROM notes WHERE id = ${noteId} AND search_meta IS NOT NULL;
    UPDATE notes SET search_meta = ${META('notes.id', 'notes.contact_type')} WHERE id = ${noteId};
    INSERT INTO notes_fts (rowid, body, search_meta) SELECT search_key, body, search_meta FROM notes WHERE id = ${noteId};`;
}

/**
 * Adds a text's words to search_terms: tokenised by FTS5 in the scratch index, which is then emptied
 * (it never reaches the disk: FTS5 holds it in memory until commit). Only new words write a page, so
 * this costs ~0.1–0.2 ms a save; keeping a count per word rewrote ~50 pages a save and cost 2–3×.
 */
function ADD_WORDS(text: string): string {
  return `
    INSERT INTO search_scratch (rowid, body) VALUES (1, ${text});
    INSERT OR IGNORE INTO search_terms (term) SELECT term FROM search_scratch_vocab;
    INSERT INTO search_scratch (search_scratch) VALUES ('delete-all');`;
}
