/**
 * Drafts: a note as it is being typed, saved to the encrypted store every second or so, so a crash,
 * a kill or an auto-lock never costs more than the last moment of typing. A draft becomes its note
 * (same id) when finalised; until then it can be discarded.
 */
import type { Draft, DraftStateValue } from '../../preload/contract';
import type { StoreDatabase } from '../store/open-store';
import { AppError } from '../shared/app-error';

interface DraftRow {
  id: string;
  case_id: string | null;
  body: string;
  structure_json: string;
  created_at: string;
  updated_at: string;
}

// Drafts saved before people could be mentioned have no `people`; before templates, no `template`.
const stateOf = (json: string): Draft['state'] =>
  ({ people: [], template: null, ...(JSON.parse(json) as Partial<Draft['state']>) }) as Draft['state'];

const toDraft = (row: DraftRow): Draft => ({
  id: row.id,
  caseId: row.case_id,
  body: row.body,
  state: stateOf(row.structure_json),
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

export class DraftRepository {
  private readonly upsert;
  private readonly selectOne;
  private readonly selectAll;
  private readonly selectForCase;
  private readonly selectUnfiled;
  private readonly remove;
  private readonly noteExists;
  private readonly caseExists;

  constructor(private readonly db: StoreDatabase) {
    this.upsert = db.prepare(
      `INSERT INTO drafts (id, case_id, body, structure_json, created_at, updated_at)
       VALUES (@id, @caseId, @body, @state, @now, @now)
       ON CONFLICT (id) DO UPDATE SET case_id = excluded.case_id, body = excluded.body,
                                      structure_json = excluded.structure_json, updated_at = excluded.updated_at`,
    );
    const columns = 'SELECT id, case_id, body, structure_json, created_at, updated_at FROM drafts';
    this.selectOne = db.prepare<[string], DraftRow>(`${columns} WHERE id = ?`);
    this.selectAll = db.prepare<[], DraftRow>(`${columns} ORDER BY updated_at DESC`);
    this.selectForCase = db.prepare<[string], DraftRow>(`${columns} WHERE case_id = ? ORDER BY updated_at DESC`);
    this.selectUnfiled = db.prepare<[], DraftRow>(`${columns} WHERE case_id IS NULL ORDER BY updated_at DESC`);
    this.remove = db.prepare('DELETE FROM drafts WHERE id = ?');
    this.noteExists = db.prepare<[string], number>('SELECT 1 FROM notes WHERE id = ?').pluck();
    this.caseExists = db.prepare<[string], number>('SELECT 1 FROM cases WHERE id = ?').pluck();
  }

  /** Saves (or replaces) the draft. Blank and unlinked means "nothing worth keeping": it is removed. */
  save(id: string, caseId: string | null, body: string, state: DraftStateValue, now: Date): Draft | null {
    return this.db.transaction((): Draft | null => {
      // The note was finalised already (a late autosave after Ctrl+Enter): never resurrect it as a draft.
      if (this.noteExists.get(id)) {
        this.remove.run(id);
        return null;
      }
      if (body.trim() === '' && state.children.length === 0 && state.people.length === 0) {
        this.remove.run(id);
        return null;
      }
      if (caseId !== null && !this.caseExists.get(caseId)) throw new AppError('NOT_FOUND', 'That case could not be found.');
      this.upsert.run({ id, caseId, body, state: JSON.stringify(state), now: now.toISOString() });
      return toDraft(this.selectOne.get(id)!);
    }).immediate();
  }

  /** undefined: every draft; null: drafts started outside a case (quick capture); else one case's. */
  list(caseId?: string | null): Draft[] {
    const rows = caseId === undefined ? this.selectAll.all() : caseId === null ? this.selectUnfiled.all() : this.selectForCase.all(caseId);
    return rows.map(toDraft);
  }

  /** The draft's case (null for quick capture), or undefined when there is no such draft. */
  caseOf(id: string): string | null | undefined {
    const row = this.selectOne.get(id);
    return row ? row.case_id : undefined;
  }

  discard(id: string): void {
    this.remove.run(id);
  }
}
