/**
 * Dates fixed ahead for a child (a review conference on 20 January): the rules read them for "report
 * to parents N working days before" and "this happened: is it written up?". A cancelled date is kept,
 * marked cancelled, never deleted (migration 0010).
 */
import { v7 as uuidv7 } from 'uuid';
import type { StoreDatabase } from '../store/open-store';

export interface StoredPlannedEvent {
  id: string;
  caseId: string;
  event: string;
  plannedOn: string;
  cancelled: boolean;
}

interface PlannedRow {
  id: string;
  case_id: string;
  event: string;
  planned_on: string;
  cancelled: 0 | 1;
}

const COLUMNS = 'id, case_id, event, planned_on, cancelled';

const toPlanned = (row: PlannedRow): StoredPlannedEvent => ({
  id: row.id,
  caseId: row.case_id,
  event: row.event,
  plannedOn: row.planned_on,
  cancelled: row.cancelled === 1,
});

export class PlannedEventStore {
  private readonly selectOne;
  private readonly selectForCase;
  private readonly insert;
  private readonly setCancelled;

  constructor(
    db: StoreDatabase,
    private readonly now: () => Date,
  ) {
    this.selectOne = db.prepare<[string], PlannedRow>(`SELECT ${COLUMNS} FROM planned_events WHERE id = ?`);
    this.selectForCase = db.prepare<[string], PlannedRow>(
      `SELECT ${COLUMNS} FROM planned_events WHERE case_id = ? ORDER BY planned_on, created_at, id`,
    );
    this.insert = db.prepare(
      `INSERT INTO planned_events (id, case_id, event, planned_on, cancelled, created_at)
       VALUES (@id, @caseId, @event, @plannedOn, 0, @now)`,
    );
    this.setCancelled = db.prepare('UPDATE planned_events SET cancelled = 1 WHERE id = ?');
  }

  get(plannedEventId: string): StoredPlannedEvent | undefined {
    const row = this.selectOne.get(plannedEventId);
    return row ? toPlanned(row) : undefined;
  }

  /** Soonest first, cancelled ones included (the case page shows them struck through). */
  listForCase(caseId: string): StoredPlannedEvent[] {
    return this.selectForCase.all(caseId).map(toPlanned);
  }

  add(caseId: string, event: string, plannedOn: string): StoredPlannedEvent {
    const id = uuidv7();
    this.insert.run({ id, caseId, event, plannedOn, now: this.now().toISOString() });
    return this.get(id)!;
  }

  /** Cancelling twice is harmless: the date stays cancelled. */
  cancel(plannedEventId: string): StoredPlannedEvent {
    this.setCancelled.run(plannedEventId);
    return this.get(plannedEventId)!;
  }
}
