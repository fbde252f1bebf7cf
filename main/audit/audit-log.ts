/**
 * The audit log as a repository: record what the practitioner did, read a case's record of access,
 * and verify the whole chain. Records go into the caller's transaction when there is one (better-sqlite3
 * turns a nested transaction into a savepoint), so a note and its audit row land together or not at all.
 *
 * What is recorded: the action, the cases it concerns and a small detail object of ids, counts and
 * hashes. Never note text, names typed in a search, or anything a practitioner wrote.
 */
import type { AuditEntry, AuditVerification } from '../../preload/contract/trust';
import type { AuditAction } from '../../preload/contract/trust-options';
import type { StoreDatabase } from '../store/open-store';
import { logUnexpectedError } from '../shared/safe-log';
import { describeAuditEntry, type AuditDetail } from './audit-descriptions';
import { auditRowHash, GENESIS_HASH } from './audit-chain';

export interface AuditEvent {
  action: AuditAction;
  /** The children's cases this concerns (none for unlocking or settings). */
  cases?: readonly string[];
  detail?: AuditDetail;
}

/** One row of the audit_log table, as stored. */
export interface AuditRow {
  seq: number;
  at: string;
  actor: string;
  action: string;
  cases_json: string;
  detail_json: string;
  prev_hash: string;
  hash: string;
}

/** Where a check starts: after entry `seq`, whose hash is `hash`, with `entries` counted so far. */
interface ChainPoint {
  seq: number;
  hash: string;
  entries: number;
}

/** The newest entry a check found intact, and the hash before it (so it can be checked again itself). */
interface VerifiedPoint extends ChainPoint {
  prevHash: string;
}

const GENESIS_POINT: ChainPoint = { seq: 0, hash: GENESIS_HASH, entries: 0 };

const ROW_COLUMNS = 'seq, at, actor, action, cases_json, detail_json, prev_hash, hash';
/** A case opened again within this time (same session) is not recorded again: the view refreshes often. */
const CASE_OPENED_QUIET_MS = 10 * 60 * 1000;
/** Search runs as the practitioner types: one entry per burst of typing, not per keystroke. */
const SEARCH_QUIET_MS = 30 * 1000;

export class AuditLog {
  private readonly selectHead;
  private readonly selectSequence;
  private readonly insertRow;
  private readonly insertCase;
  private readonly lastCaseOpen = new Map<string, number>();
  private lastSearch: { key: string; atMs: number } | null = null;
  private readonly selectHashAt;
  private readonly selectPage;
  /** Where the last check in this session found the chain intact (verifySinceLastCheck goes on from there). */
  private verifiedThrough: VerifiedPoint | null = null;

  constructor(
    private readonly db: StoreDatabase,
    private readonly actor: string,
    private readonly now: () => Date,
  ) {
    this.selectHead = db.prepare<[], { seq: number; hash: string }>('SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1');
    this.selectSequence = db.prepare<[], number>("SELECT seq FROM sqlite_sequence WHERE name = 'audit_log'").pluck();
    this.insertRow = db.prepare(
      `INSERT INTO audit_log (${ROW_COLUMNS}) VALUES (@seq, @at, @actor, @action, @casesJson, @detailJson, @prevHash, @hash)`,
    );
    this.insertCase = db.prepare('INSERT INTO audit_case_index (case_id, seq) VALUES (?, ?)');
    this.selectHashAt = db.prepare<[number], string>('SELECT hash FROM audit_log WHERE seq = ?').pluck();
    // A page of the chain after a given entry, each row with the cases the index lists for it.
    this.selectPage = db.prepare<[number], AuditRow & { indexed_json: string }>(
      `SELECT ${ROW_COLUMNS},
              (SELECT json_group_array(case_id) FROM (SELECT case_id FROM audit_case_index i
                WHERE i.seq = a.seq ORDER BY case_id)) AS indexed_json
         FROM audit_log a WHERE seq > ? ORDER BY seq LIMIT 2000`,
    );
  }

  /** Appends one entry to the chain; returns its hash. */
  record(event: AuditEvent, actor: string = this.actor): string {
    return this.db.transaction(() => {
      const head = this.selectHead.get();
      // The next number after the highest ever used, so a removed newest row leaves a visible gap.
      const seq = Math.max(head?.seq ?? 0, this.selectSequence.get() ?? 0) + 1;
      const cases = [...new Set(event.cases ?? [])].sort();
      const fields = {
        seq,
        at: this.now().toISOString(),
        actor,
        action: event.action,
        casesJson: JSON.stringify(cases),
        detailJson: JSON.stringify(event.detail ?? {}),
        prevHash: head?.hash ?? GENESIS_HASH,
      };
      const hash = auditRowHash(fields);
      this.insertRow.run({ ...fields, hash });
      for (const caseId of cases) this.insertCase.run(caseId, seq);
      return hash;
    })();
  }

  /** Records that a case was opened, at most once per case per quiet period in this session. */
  recordCaseOpened(caseId: string): void {
    const nowMs = this.now().getTime();
    const last = this.lastCaseOpen.get(caseId);
    if (last !== undefined && nowMs - last < CASE_OPENED_QUIET_MS) return;
    if (this.recordRead({ action: 'case-opened', cases: [caseId] })) this.lastCaseOpen.set(caseId, nowMs);
  }

  /** Records a search (never its words): once per burst of typing with the same case and filters. */
  recordSearch(caseId: string | null, filters: string[], results: number): void {
    const nowMs = this.now().getTime();
    const key = JSON.stringify([caseId, filters]);
    if (this.lastSearch && this.lastSearch.key === key && nowMs - this.lastSearch.atMs < SEARCH_QUIET_MS) return;
    if (this.recordRead({ action: 'search', cases: caseId ? [caseId] : [], detail: { results, filters } })) this.lastSearch = { key, atMs: nowMs };
  }

  /**
   * A read is never refused because its entry could not be written (a full disk): the records come
   * first, as when unlocking. Nothing is marked as recorded, so the next read tries again.
   */
  private recordRead(event: AuditEvent): boolean {
    try {
      this.record(event);
      return true;
    } catch (error) {
      logUnexpectedError('audit', error);
      return false;
    }
  }

  /** The hash of the newest entry (GENESIS_HASH when the log is empty): written into export metadata. */
  headHash(): string {
    return this.selectHead.get()?.hash ?? GENESIS_HASH;
  }

  /** Every entry concerning this case, oldest first. */
  forCase(caseId: string): AuditEntry[] {
    const rows = this.db
      .prepare<[string], AuditRow>(
        `SELECT ${ROW_COLUMNS.split(', ').map((c) => `a.${c}`).join(', ')}
           FROM audit_case_index i JOIN audit_log a ON a.seq = i.seq
          WHERE i.case_id = ? ORDER BY a.seq`,
      )
      .all(caseId);
    return rows.map(toEntry);
  }

  /** Recomputes every link. Reads the log in pages so a long history does not sit in memory at once. */
  verify(): AuditVerification {
    return this.verifyFrom(GENESIS_POINT);
  }

  /**
   * The same answer, checking only the entries written since the last check in this session found the
   * chain intact (and that its newest entry is still there, unchanged); the first check in a session is
   * a full one. For the record of access, which shows whether the chain is intact every time it opens:
   * a full check is ~1.2 s at 100,000 entries. While the store is open only this connection writes it,
   * through the append-only triggers; "Verify audit log" always checks every entry.
   */
  verifySinceLastCheck(): AuditVerification {
    const point = this.verifiedThrough;
    // That entry is checked again too (its contents against its hash), from the hash before it.
    if (point && this.selectHashAt.get(point.seq) === point.hash) {
      return this.verifyFrom({ seq: point.seq - 1, hash: point.prevHash, entries: point.entries - 1 });
    }
    return this.verify();
  }

  private verifyFrom(start: ChainPoint): AuditVerification {
    const page = this.selectPage;
    let expectedSeq = start.seq + 1;
    let prevHash = start.hash;
    let beforeNewest = start.hash;
    let entries = start.entries;
    for (let rows = page.all(start.seq); rows.length > 0; rows = page.all(rows.at(-1)!.seq)) {
      for (const row of rows) {
        const problem = linkProblem(row, expectedSeq, prevHash);
        if (problem) return this.unverified({ intact: false, entries, headHash: this.headHash(), problem });
        expectedSeq = row.seq + 1;
        beforeNewest = prevHash;
        prevHash = row.hash;
        entries += 1;
      }
    }
    const highestUsed = this.selectSequence.get() ?? 0;
    if (highestUsed >= expectedSeq) {
      return this.unverified({
        intact: false,
        entries,
        headHash: prevHash,
        problem: {
          seq: expectedSeq,
          kind: 'newest-missing',
          message:
            highestUsed === expectedSeq
              ? `Entry ${expectedSeq} was removed from the end of the log.`
              : `Entries ${expectedSeq} to ${highestUsed} were removed from the end of the log.`,
        },
      });
    }
    this.verifiedThrough = entries > 0 ? { seq: expectedSeq - 1, hash: prevHash, prevHash: beforeNewest, entries } : null;
    return { intact: true, entries, headHash: prevHash, problem: null };
  }

  /** A broken chain is never a point to continue from: the next check starts again from the first entry. */
  private unverified(result: AuditVerification): AuditVerification {
    this.verifiedThrough = null;
    return result;
  }
}

function linkProblem(row: AuditRow & { indexed_json: string }, expectedSeq: number, prevHash: string): AuditVerification['problem'] {
  if (row.seq !== expectedSeq) {
    const missing = row.seq - 1 === expectedSeq ? `Entry ${expectedSeq} is` : `Entries ${expectedSeq} to ${row.seq - 1} are`;
    return { seq: expectedSeq, kind: 'missing', message: `${missing} missing from the log.` };
  }
  if (row.prev_hash !== prevHash) {
    return { seq: row.seq, kind: 'out-of-order', message: `Entry ${row.seq} does not follow the entry before it: entries were reordered or replaced.` };
  }
  const recomputed = auditRowHash({
    seq: row.seq,
    at: row.at,
    actor: row.actor,
    action: row.action,
    casesJson: row.cases_json,
    detailJson: row.detail_json,
    prevHash: row.prev_hash,
  });
  if (recomputed !== row.hash || row.indexed_json !== row.cases_json) {
    return { seq: row.seq, kind: 'modified', message: `Entry ${row.seq} was changed after it was written.` };
  }
  return null;
}

function toEntry(row: AuditRow): AuditEntry {
  const cases = JSON.parse(row.cases_json) as string[];
  const detail = JSON.parse(row.detail_json) as AuditDetail;
  const action = row.action as AuditAction;
  return {
    seq: row.seq,
    at: row.at,
    actor: row.actor,
    action,
    caseId: cases[0] ?? null,
    description: describeAuditEntry(action, detail, cases.length),
  };
}
