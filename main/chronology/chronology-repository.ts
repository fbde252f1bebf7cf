/**
 * The chronology: significant events in children's lives, oldest first. Two kinds of entry, one list:
 * - 'note:<id>': a note marked significant, read from the note itself (note-entries.ts), with the
 *   practitioner's own wording or "left out" kept beside it; the note is never changed from here.
 * - 'entry:<id>': an event added by hand with its source (manual-entries.ts).
 * Request shapes were checked at the boundary (preload/contract/chronology.ts); what needs the store
 * or the clock (children exist, "not in the future" in UK time) is checked here.
 */
import { v7 as uuidv7 } from 'uuid';
import type { ChronologyEntry } from '../../preload/contract';
import { AppError } from '../shared/app-error';
import type { StoreDatabase } from '../store/open-store';
import { ManualEntries } from './manual-entries';
import { NoteEntries, type EntryWording } from './note-entries';
import { ukDateTime } from './uk-time';

export type { EntryWording } from './note-entries';

export interface ChronologyListOptions {
  /** Inclusive UK dates, YYYY-MM-DD; left out, the chronology is not bounded on that side. */
  from?: string | undefined;
  to?: string | undefined;
  /** Also list note entries the practitioner left out (each says `excluded: true`). */
  includeExcluded?: boolean | undefined;
  /** The practitioner's display name: note entries' default source names who wrote the note. */
  author?: string | null | undefined;
}

export interface NewChronologyEntry extends EntryWording {
  caseIds: readonly string[];
  /** UK date YYYY-MM-DD and, if known, UK time HH:MM. */
  date: string;
  time: string | null;
}

type EntryRef = { kind: 'note' | 'entry'; id: string };

const ENTRY_NOT_FOUND = () =>
  new AppError('NOT_FOUND', 'That chronology entry could not be found. It may have been removed, or its note is no longer marked significant.');

function parseKey(key: string): EntryRef {
  const match = /^(note|entry):(.+)$/u.exec(key);
  if (!match) throw ENTRY_NOT_FOUND();
  return { kind: match[1] as EntryRef['kind'], id: match[2]! };
}

/** Oldest first: by date, then time (an entry without a time first on its day), then key. */
function chronologicalOrder(a: ChronologyEntry, b: ChronologyEntry): number {
  return a.date.localeCompare(b.date) || (a.time ?? '').localeCompare(b.time ?? '') || a.key.localeCompare(b.key);
}

export class ChronologyRepository {
  private readonly notes;
  private readonly manual;
  private readonly caseExists;

  constructor(private readonly db: StoreDatabase) {
    this.notes = new NoteEntries(db);
    this.manual = new ManualEntries(db);
    this.caseExists = db.prepare<[string], number>('SELECT 1 FROM cases WHERE id = ?').pluck();
  }

  /** Entries concerning any of these children, oldest first. An entry about several of them is listed once. */
  list(caseIds: readonly string[], options: ChronologyListOptions = {}): ChronologyEntry[] {
    const { from, to, includeExcluded = false, author = null } = options;
    if (from && to && from > to) {
      throw new AppError('INVALID_REQUEST', 'The From date must be on or before the To date.', { field: 'to' });
    }
    // One read transaction, so the two kinds of entry are read from the same state of the store.
    return this.db.transaction((): ChronologyEntry[] => {
      this.requireCases(caseIds);
      const window = { from, to };
      const fromNotes = this.notes.list(caseIds, window, author).filter((e) => includeExcluded || !e.excluded);
      return [...fromNotes, ...this.manual.list(caseIds, window)].sort(chronologicalOrder);
    })();
  }

  get(key: string, author: string | null = null): ChronologyEntry {
    const ref = parseKey(key);
    const entry = ref.kind === 'note' ? this.notes.get(ref.id, author) : this.manual.get(ref.id);
    if (!entry) throw ENTRY_NOT_FOUND();
    return entry;
  }

  /** An event added by hand. Every child must exist; otherwise nothing is written. */
  add(entry: NewChronologyEntry, now: Date): ChronologyEntry {
    const today = ukDateTime(now);
    if (entry.date > today.date) throw new AppError('INVALID_REQUEST', 'The date cannot be in the future.', { field: 'date' });
    if (entry.date === today.date && entry.time !== null && entry.time > today.time) {
      throw new AppError('INVALID_REQUEST', 'The time cannot be in the future.', { field: 'time' });
    }
    return this.db.transaction((): ChronologyEntry => {
      this.requireCases(entry.caseIds);
      const id = uuidv7();
      this.manual.insert({ ...entry, id, caseIds: [...new Set(entry.caseIds)] }, now);
      return this.get(`entry:${id}`);
    }).immediate();
  }

  /** New wording. For a note's entry only the chronology changes: the note stays as written. */
  update(key: string, wording: EntryWording, author: string | null, now: Date): ChronologyEntry {
    const ref = parseKey(key);
    return this.db.transaction((): ChronologyEntry => {
      const found = ref.kind === 'note' ? this.notes.saveWording(ref.id, wording, author, now) : this.manual.update(ref.id, wording, now);
      if (!found) throw ENTRY_NOT_FOUND();
      return this.get(key, author);
    }).immediate();
  }

  /** A hand-added event is deleted (the practitioner confirmed); a note's entry is left out, and can be restored. */
  remove(key: string, now: Date): void {
    const ref = parseKey(key);
    this.db.transaction(() => {
      const found = ref.kind === 'note' ? this.notes.setExcluded(ref.id, true, now) : this.manual.delete(ref.id);
      if (!found) throw ENTRY_NOT_FOUND();
    }).immediate();
  }

  /** Brings a left-out note entry back, with the wording it had. A hand-added event that exists is answered as it is. */
  restore(key: string, author: string | null, now: Date): ChronologyEntry {
    const ref = parseKey(key);
    return this.db.transaction((): ChronologyEntry => {
      if (ref.kind === 'note' && !this.notes.setExcluded(ref.id, false, now)) throw ENTRY_NOT_FOUND();
      return this.get(key, author);
    }).immediate();
  }

  private requireCases(caseIds: readonly string[]): void {
    for (const caseId of caseIds) {
      if (!this.caseExists.get(caseId)) throw new AppError('NOT_FOUND', "That child's case could not be found.");
    }
  }
}
