/**
 * A child's statuses with their dates (rows of case_statuses, migration 0010). Plain storage: what a
 * status may be, and which dates make sense, is checked by the timescale repository against the rule
 * pack before anything is written here. Rows are never deleted: an ended status is history the rules
 * still read (a visit before the plan ended was due under it).
 */
import { v7 as uuidv7 } from 'uuid';
import type { StoreDatabase } from '../store/open-store';
import type { StatusPeriod } from './case-facts';

export interface StoredStatus extends StatusPeriod {
  caseId: string;
}

export interface StatusRow {
  id: string;
  case_id: string;
  status: string;
  started_on: string;
  ended_on: string | null;
  permanent: 0 | 1 | null;
}

export const STATUS_COLUMNS = 'id, case_id, status, started_on, ended_on, permanent';

export function toStatus(row: StatusRow): StoredStatus {
  return {
    id: row.id,
    caseId: row.case_id,
    status: row.status,
    startedOn: row.started_on,
    endedOn: row.ended_on,
    permanent: row.permanent === null ? null : row.permanent === 1,
  };
}

const flag = (value: boolean | null) => (value === null ? null : value ? 1 : 0);

export class CaseStatusStore {
  private readonly selectOne;
  private readonly selectForCase;
  private readonly insert;
  private readonly endOpen;
  private readonly setEnd;
  private readonly setAll;

  constructor(
    private readonly db: StoreDatabase,
    private readonly now: () => Date,
  ) {
    this.selectOne = db.prepare<[string], StatusRow>(`SELECT ${STATUS_COLUMNS} FROM case_statuses WHERE id = ?`);
    this.selectForCase = db.prepare<[string], StatusRow>(
      `SELECT ${STATUS_COLUMNS} FROM case_statuses WHERE case_id = ? ORDER BY started_on, created_at, id`,
    );
    this.insert = db.prepare(
      `INSERT INTO case_statuses (id, case_id, status, started_on, ended_on, permanent, created_at, updated_at)
       VALUES (@id, @caseId, @status, @startedOn, NULL, @permanent, @now, @now)`,
    );
    // A new placement (or a new plan) replaces the one still open: one row per placement, per the migration.
    this.endOpen = db.prepare(
      `UPDATE case_statuses SET ended_on = @startedOn, updated_at = @now
        WHERE case_id = @caseId AND status = @status AND ended_on IS NULL AND started_on <= @startedOn`,
    );
    this.setEnd = db.prepare('UPDATE case_statuses SET ended_on = @endedOn, updated_at = @now WHERE id = @id');
    this.setAll = db.prepare(
      `UPDATE case_statuses SET started_on = @startedOn, ended_on = @endedOn, permanent = @permanent, updated_at = @now
        WHERE id = @id`,
    );
  }

  get(statusId: string): StoredStatus | undefined {
    const row = this.selectOne.get(statusId);
    return row ? toStatus(row) : undefined;
  }

  /** Oldest first. */
  listForCase(caseId: string): StoredStatus[] {
    return this.selectForCase.all(caseId).map(toStatus);
  }

  /**
   * Starts a status. The same status still open on the case (the previous placement) ends on the day
   * this one starts, so a child never has two placements running at once and two sets of visits due.
   */
  add(caseId: string, status: string, startedOn: string, permanent: boolean | null): StoredStatus {
    const id = uuidv7();
    const now = this.now().toISOString();
    this.db.transaction(() => {
      this.endOpen.run({ caseId, status, startedOn, now });
      this.insert.run({ id, caseId, status, startedOn, permanent: flag(permanent), now });
    })();
    return this.get(id)!;
  }

  end(statusId: string, endedOn: string): StoredStatus {
    this.setEnd.run({ id: statusId, endedOn, now: this.now().toISOString() });
    return this.get(statusId)!;
  }

  update(statusId: string, change: { startedOn: string; endedOn: string | null; permanent: boolean | null }): StoredStatus {
    this.setAll.run({ id: statusId, ...change, permanent: flag(change.permanent), now: this.now().toISOString() });
    return this.get(statusId)!;
  }
}
