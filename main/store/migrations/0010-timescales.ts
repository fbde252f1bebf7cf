import type { Migration } from './migration';

/**
 * Advisory timescales (docs/timescales.md). What the rules are computed from, beyond the notes:
 * - case_statuses: a child's statuses with their dates (child in need, child protection plan, looked
 *   after…; the ids come from the team's rule pack, so no CHECK on the value). A looked-after child's
 *   placement is one row: a placement change ends one row and starts the next. `permanent`: the
 *   placement is intended to last until the child is 18 (reg. 28's longer visiting interval).
 * - planned_events: dates fixed ahead (a review conference on 20 Jan), for "report to parents N
 *   working days before" and for "this contact happened: is it written up?". Cancelled, never deleted.
 * - reminder_decisions: snoozed / not applicable / reopened, each with a reason. Append-only: the
 *   newest decision for an item applies, and the history stays as a record of why.
 * - rule_packs: every pack file imported, as imported (the newest is the one in use).
 * - team_settings: small key/value settings that belong with the records (the nation for bank holidays).
 * Nothing here can block a note: rules only ever produce advice.
 */
export const migration0010: Migration = {
  version: 10,
  name: 'timescales',
  up(db) {
    db.exec(`
      CREATE TABLE case_statuses (
        id         TEXT PRIMARY KEY NOT NULL,
        case_id    TEXT NOT NULL REFERENCES cases(id),
        status     TEXT NOT NULL CHECK (length(status) BETWEEN 1 AND 60),
        started_on TEXT NOT NULL CHECK (date(started_on) = started_on),
        ended_on   TEXT CHECK (ended_on IS NULL OR (date(ended_on) = ended_on AND ended_on >= started_on)),
        permanent  INTEGER CHECK (permanent IN (0, 1)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX case_statuses_by_case ON case_statuses (case_id, started_on);

      CREATE TABLE planned_events (
        id         TEXT PRIMARY KEY NOT NULL,
        case_id    TEXT NOT NULL REFERENCES cases(id),
        event      TEXT NOT NULL CHECK (length(event) BETWEEN 1 AND 60),
        planned_on TEXT NOT NULL CHECK (date(planned_on) = planned_on),
        cancelled  INTEGER NOT NULL DEFAULT 0 CHECK (cancelled IN (0, 1)),
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX planned_events_by_case ON planned_events (case_id, planned_on);

      CREATE TABLE reminder_decisions (
        id         TEXT PRIMARY KEY NOT NULL,
        case_id    TEXT NOT NULL REFERENCES cases(id),
        item_key   TEXT NOT NULL CHECK (length(item_key) BETWEEN 1 AND 300),
        decision   TEXT NOT NULL CHECK (decision IN ('snoozed', 'not-applicable', 'reopened')),
        until_on   TEXT CHECK (until_on IS NULL OR date(until_on) = until_on),
        reason     TEXT NOT NULL,
        decided_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX reminder_decisions_by_item ON reminder_decisions (item_key, decided_at);
      CREATE TRIGGER reminder_decisions_append_only_update BEFORE UPDATE ON reminder_decisions BEGIN
        SELECT RAISE(ABORT, 'Reminder decisions cannot be changed');
      END;
      CREATE TRIGGER reminder_decisions_append_only_delete BEFORE DELETE ON reminder_decisions BEGIN
        SELECT RAISE(ABORT, 'Reminder decisions cannot be changed');
      END;

      CREATE TABLE rule_packs (
        id          TEXT PRIMARY KEY NOT NULL,
        name        TEXT NOT NULL,
        revision    INTEGER NOT NULL,
        file_name   TEXT NOT NULL,
        source_text TEXT NOT NULL,
        imported_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE team_settings (
        key   TEXT PRIMARY KEY NOT NULL,
        value TEXT NOT NULL
      ) STRICT, WITHOUT ROWID;
    `);
  },
};
