/**
 * Chronology entries that come from significant notes. They are read from the notes every time (see
 * migration 0006), so marking, amending or un-marking a note is reflected at once. What the
 * practitioner changes about such an entry — its wording, source, analysis, or leaving it out — is a
 * row in chronology_note_edits; the note itself is never written here.
 */
import type { ChronologyChild, ChronologyEntry } from '../../preload/contract';
import type { StoreDatabase } from '../store/open-store';
import { contactTypeLabelFromId, defaultEvent, defaultSource } from './entry-wording';
import { addDays, ukDateTime } from './uk-time';

export interface DateWindow {
  /** Inclusive UK dates, YYYY-MM-DD. */
  from?: string | undefined;
  to?: string | undefined;
}

export interface EntryWording {
  event: string;
  source: string;
  analysis: string | null;
}

interface NoteEntryRow {
  id: string;
  body: string;
  contact_at: string | null;
  contact_has_time: number;
  contact_type: string | null;
  occurred_at: string;
  type_label: string | null;
  edit_event: string | null;
  edit_source: string | null;
  edit_analysis: string | null;
  excluded: number | null;
  children_json: string;
}

const COLUMNS = `
  n.id, n.body, n.contact_at, n.contact_has_time, n.contact_type, n.occurred_at, t.label AS type_label,
  e.event AS edit_event, e.source AS edit_source, e.analysis AS edit_analysis, e.excluded,
  (SELECT json_group_array(json_object('caseId', c.id, 'childName', c.child_name, 'dateOfBirth', c.date_of_birth))
     FROM note_links l JOIN cases c ON c.id = l.case_id
    WHERE l.note_id = n.id) AS children_json
  FROM notes n
  LEFT JOIN contact_types t ON t.id = n.contact_type
  LEFT JOIN chronology_note_edits e ON e.note_id = n.id`;

export const byChildName = (a: ChronologyChild, b: ChronologyChild) => a.childName.localeCompare(b.childName, 'en-GB');

/** A date window widened by a day each side, as note_links.occurred_at (UTC) bounds: UK time is never
 *  more than an hour from UTC, and the exact UK date is checked after conversion. */
function utcBounds(window: DateWindow): { after: string; before: string } {
  return {
    after: window.from ? addDays(window.from, -1) : '',
    before: window.to ? addDays(window.to, 2) : '9999-12-31',
  };
}

export const inWindow = (date: string, window: DateWindow) => (!window.from || date >= window.from) && (!window.to || date <= window.to);

export class NoteEntries {
  private readonly selectForCases;
  private readonly selectOne;
  private readonly upsertWording;
  private readonly upsertExcluded;

  constructor(db: StoreDatabase) {
    // One index range per child (note_links_by_case_timeline); a note about two of the children
    // listed is one row, because the children are matched in a subquery, not joined.
    this.selectForCases = db.prepare<[{ caseIds: string; after: string; before: string }], NoteEntryRow>(
      `SELECT ${COLUMNS}
        WHERE n.significant = 1
          AND n.id IN (SELECT note_id FROM note_links
                        WHERE case_id IN (SELECT value FROM json_each(@caseIds))
                          AND occurred_at >= @after AND occurred_at < @before)`,
    );
    this.selectOne = db.prepare<[string], NoteEntryRow>(
      `SELECT ${COLUMNS} WHERE n.id = ? AND n.significant = 1 AND EXISTS (SELECT 1 FROM note_links WHERE note_id = n.id)`,
    );
    // Keeps "left out" as it was: new wording does not bring an entry back, Restore does.
    this.upsertWording = db.prepare(
      `INSERT INTO chronology_note_edits (note_id, event, source, analysis, excluded, updated_at)
       VALUES (@noteId, @event, @source, @analysis, 0, @now)
       ON CONFLICT (note_id) DO UPDATE SET event = excluded.event, source = excluded.source,
                                           analysis = excluded.analysis, updated_at = excluded.updated_at`,
    );
    this.upsertExcluded = db.prepare(
      `INSERT INTO chronology_note_edits (note_id, event, source, analysis, excluded, updated_at)
       VALUES (@noteId, NULL, NULL, NULL, @excluded, @now)
       ON CONFLICT (note_id) DO UPDATE SET excluded = excluded.excluded, updated_at = excluded.updated_at`,
    );
  }

  /** Entries from significant notes about any of these children, left-out ones included. */
  list(caseIds: readonly string[], window: DateWindow, author: string | null): ChronologyEntry[] {
    return this.selectForCases
      .all({ caseIds: JSON.stringify(caseIds), ...utcBounds(window) })
      .map((row) => toEntry(row, author))
      .filter((entry) => inWindow(entry.date, window));
  }

  /** The entry of one note; null when the note is not (or no longer) a significant note about a child. */
  get(noteId: string, author: string | null): ChronologyEntry | null {
    const row = this.selectOne.get(noteId);
    return row ? toEntry(row, author) : null;
  }

  /**
   * Stores the practitioner's wording; false when there is no such entry. A field that says what the
   * note would say anyway is stored as "not changed" (null), so there the entry keeps following the
   * note (an amendment, a renamed contact type).
   */
  saveWording(noteId: string, wording: EntryWording, author: string | null, now: Date): boolean {
    const row = this.selectOne.get(noteId);
    if (!row) return false;
    this.upsertWording.run({
      noteId,
      event: wording.event === defaultEvent(row.body) ? null : wording.event,
      source: wording.source === defaultSource(typeLabel(row), author) ? null : wording.source,
      analysis: wording.analysis,
      now: now.toISOString(),
    });
    return true;
  }

  /** Leaves the entry out (or brings it back); false when there is no such entry. */
  setExcluded(noteId: string, excluded: boolean, now: Date): boolean {
    if (!this.selectOne.get(noteId)) return false;
    this.upsertExcluded.run({ noteId, excluded: excluded ? 1 : 0, now: now.toISOString() });
    return true;
  }
}

function typeLabel(row: NoteEntryRow): string | null {
  if (!row.contact_type) return null;
  return row.type_label ?? contactTypeLabelFromId(row.contact_type);
}

function toEntry(row: NoteEntryRow, author: string | null): ChronologyEntry {
  // occurred_at is the contact time when one was given (else the writing time), to the millisecond.
  const when = ukDateTime(row.occurred_at);
  const dateOnly = row.contact_at !== null && row.contact_has_time === 0;
  return {
    key: `note:${row.id}`,
    kind: 'note',
    noteId: row.id,
    date: when.date,
    time: dateOnly ? null : when.time,
    event: row.edit_event ?? defaultEvent(row.body),
    source: row.edit_source ?? defaultSource(typeLabel(row), author),
    analysis: row.edit_analysis,
    children: (JSON.parse(row.children_json) as ChronologyChild[]).sort(byChildName),
    edited: row.edit_event !== null || row.edit_source !== null || row.edit_analysis !== null,
    excluded: row.excluded === 1,
  };
}
