/**
 * What the practitioner decided about a reminder: snoozed until a date, not applicable, or reopened,
 * each with a reason. Append-only (migration 0010's triggers refuse changes): the newest decision for
 * an item applies, and the older ones stay as the record of why.
 */
import { v7 as uuidv7 } from 'uuid';
import type { ReminderDecision } from '../../preload/contract/timescale-options';
import type { StoreDatabase } from '../store/open-store';
import type { Decision } from './case-facts';

export interface NewDecision {
  caseId: string;
  itemKey: string;
  decision: ReminderDecision;
  untilOn: string | null;
  reason: string;
}

interface DecisionRow {
  item_key: string;
  decision: ReminderDecision;
  until_on: string | null;
  reason: string;
  decided_at: string;
}

export class ReminderDecisionStore {
  private readonly insert;
  private readonly selectAll;
  private readonly selectForCase;

  constructor(
    db: StoreDatabase,
    private readonly now: () => Date,
  ) {
    this.insert = db.prepare(
      `INSERT INTO reminder_decisions (id, case_id, item_key, decision, until_on, reason, decided_at)
       VALUES (@id, @caseId, @itemKey, @decision, @untilOn, @reason, @decidedAt)`,
    );
    // Oldest first, so the last one read for a key is its newest; rowid breaks ties within one millisecond.
    const columns = 'SELECT item_key, decision, until_on, reason, decided_at FROM reminder_decisions';
    this.selectAll = db.prepare<[], DecisionRow>(`${columns} ORDER BY decided_at, rowid`);
    this.selectForCase = db.prepare<[string], DecisionRow>(`${columns} WHERE case_id = ? ORDER BY decided_at, rowid`);
  }

  append(decision: NewDecision): void {
    this.insert.run({ id: uuidv7(), ...decision, decidedAt: this.now().toISOString() });
  }

  /** The decision in force for each item key (the newest), for every case or one. */
  newestByKey(caseId?: string): Map<string, Decision> {
    const rows = caseId === undefined ? this.selectAll.all() : this.selectForCase.all(caseId);
    const newest = new Map<string, Decision>();
    for (const row of rows) {
      newest.set(row.item_key, { decision: row.decision, reason: row.reason, untilOn: row.until_on, decidedAt: row.decided_at });
    }
    return newest;
  }
}
