/**
 * Events added to the chronology by hand: what is known from other agencies or documents (a police
 * notification, a school's report), each with its source and the children it concerns. These are
 * the chronology's own rows, unlike note entries, which are read from the notes.
 */
import type { ChronologyChild, ChronologyEntry } from '../../preload/contract';
import type { StoreDatabase } from '../store/open-store';
import { byChildName, type DateWindow, type EntryWording } from './note-entries';

export interface NewManualEntry extends EntryWording {
  id: string;
  caseIds: readonly string[];
  date: string;
  time: string | null;
}

interface ManualRow {
  id: string;
  date: string;
  time: string | null;
  event: string;
  source: string;
  analysis: string | null;
  children_json: string;
}

const COLUMNS = `
  e.id, e.date, e.time, e.event, e.source, e.analysis,
  (SELECT json_group_array(json_object('caseId', c.id, 'childName', c.child_name, 'dateOfBirth', c.date_of_birth))
     FROM chronology_entry_children ec JOIN cases c ON c.id = ec.case_id
    WHERE ec.entry_id = e.id) AS children_json
  FROM chronology_entries e`;

function toEntry(row: ManualRow): ChronologyEntry {
  return {
    key: `entry:${row.id}`,
    kind: 'manual',
    noteId: null,
    date: row.date,
    time: row.time,
    event: row.event,
    source: row.source,
    analysis: row.analysis,
    children: (JSON.parse(row.children_json) as ChronologyChild[]).sort(byChildName),
    edited: false,
    excluded: false,
  };
}

export class ManualEntries {
  private readonly selectForCases;
  private readonly selectOne;
  private readonly insertEntry;
  private readonly insertChild;
  private readonly updateEntry;
  private readonly deleteChildren;
  private readonly deleteEntry;

  constructor(db: StoreDatabase) {
    this.selectForCases = db.prepare<[{ caseIds: string; from: string; to: string }], ManualRow>(
      `SELECT ${COLUMNS}
        WHERE e.id IN (SELECT entry_id FROM chronology_entry_children WHERE case_id IN (SELECT value FROM json_each(@caseIds)))
          AND e.date >= @from AND e.date <= @to`,
    );
    this.selectOne = db.prepare<[string], ManualRow>(`SELECT ${COLUMNS} WHERE e.id = ?`);
    this.insertEntry = db.prepare(
      `INSERT INTO chronology_entries (id, date, time, event, source, analysis, created_at, updated_at)
       VALUES (@id, @date, @time, @event, @source, @analysis, @now, @now)`,
    );
    this.insertChild = db.prepare('INSERT OR IGNORE INTO chronology_entry_children (entry_id, case_id) VALUES (?, ?)');
    this.updateEntry = db.prepare(
      'UPDATE chronology_entries SET event = @event, source = @source, analysis = @analysis, updated_at = @now WHERE id = @id',
    );
    this.deleteChildren = db.prepare('DELETE FROM chronology_entry_children WHERE entry_id = ?');
    this.deleteEntry = db.prepare('DELETE FROM chronology_entries WHERE id = ?');
  }

  list(caseIds: readonly string[], window: DateWindow): ChronologyEntry[] {
    return this.selectForCases
      .all({ caseIds: JSON.stringify(caseIds), from: window.from ?? '', to: window.to ?? '9999-12-31' })
      .map(toEntry);
  }

  get(id: string): ChronologyEntry | null {
    const row = this.selectOne.get(id);
    return row ? toEntry(row) : null;
  }

  /** Writes the entry and its children; the caller checked the children exist, inside its transaction. */
  insert(entry: NewManualEntry, now: Date): void {
    const { caseIds, ...fields } = entry;
    this.insertEntry.run({ ...fields, now: now.toISOString() });
    for (const caseId of caseIds) this.insertChild.run(entry.id, caseId);
  }

  /** False when there is no such entry. */
  update(id: string, wording: EntryWording, now: Date): boolean {
    return this.updateEntry.run({ id, ...wording, now: now.toISOString() }).changes > 0;
  }

  /** Deletes the entry (the practitioner confirmed); false when there is no such entry. */
  delete(id: string): boolean {
    this.deleteChildren.run(id);
    return this.deleteEntry.run(id).changes > 0;
  }
}
