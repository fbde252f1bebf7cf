/**
 * Notes on a case. The id comes from the writer (UUIDv7), so saving is idempotent: a retry of a save
 * whose acknowledgement was lost returns the note already stored instead of writing a second one.
 */
import type { Note } from '../../preload/contract';
import type { StoreDatabase } from '../store/open-store';
import { AppError } from '../shared/app-error';

export interface NewNote {
  id: string;
  caseId: string;
  body: string;
}

interface NoteRow {
  id: string;
  case_id: string;
  body: string;
  created_at: string;
}

const toNote = (row: NoteRow): Note => ({ id: row.id, caseId: row.case_id, body: row.body, createdAt: row.created_at });

export class NoteRepository {
  private readonly insertNote;
  private readonly selectById;
  private readonly selectForCase;
  private readonly caseExists;
  private readonly saveInTransaction;

  constructor(db: StoreDatabase) {
    this.insertNote = db.prepare(
      'INSERT INTO notes (id, case_id, body, created_at) VALUES (@id, @caseId, @body, @createdAt)',
    );
    this.selectById = db.prepare<[string], NoteRow>('SELECT id, case_id, body, created_at FROM notes WHERE id = ?');
    this.selectForCase = db.prepare<[string, number], NoteRow>(
      `SELECT id, case_id, body, created_at FROM notes WHERE case_id = ?
       ORDER BY created_at DESC, id DESC LIMIT ?`,
    );
    this.caseExists = db.prepare<[string], number>('SELECT 1 FROM cases WHERE id = ?').pluck();
    this.saveInTransaction = db.transaction((note: NewNote, createdAt: string): Note => {
      const existing = this.selectById.get(note.id);
      if (existing) {
        if (existing.case_id === note.caseId && existing.body === note.body) return toNote(existing);
        throw new AppError('CONFLICT', 'A different note with this id already exists. Nothing was overwritten.');
      }
      if (!this.caseExists.get(note.caseId)) throw new AppError('NOT_FOUND', 'That case could not be found.');
      this.insertNote.run({ ...note, createdAt });
      return { ...note, createdAt };
    });
  }

  save(note: NewNote, now: Date): Note {
    return this.saveInTransaction.immediate(note, now.toISOString());
  }

  /** Newest first. The limit keeps one enormous case from stalling the screen; paging comes later. */
  listForCase(caseId: string, limit = 5000): Note[] {
    return this.selectForCase.all(caseId, limit).map(toNote);
  }
}
