/** Cases: one per child. Plain SQL over the open store; validation already happened at the boundary. */
import { v7 as uuidv7 } from 'uuid';
import type { CaseSummary } from '../../preload/contract';
import type { StoreDatabase } from '../store/open-store';
import { AppError } from '../shared/app-error';

export interface NewCase {
  childName: string;
  dateOfBirth: string | null;
  caseReference: string | null;
}

export interface CaseSummaryEdit extends NewCase {
  legalStatus: string | null;
  allocatedWorker: string | null;
}

interface CaseRow {
  id: string;
  child_name: string;
  date_of_birth: string | null;
  case_reference: string | null;
  legal_status: string | null;
  allocated_worker: string | null;
  created_at: string;
  note_count: number;
  last_note_at: string | null;
}

const SELECT_CASES = `
  SELECT c.id, c.child_name, c.date_of_birth, c.case_reference, c.legal_status, c.allocated_worker, c.created_at,
         (SELECT count(*) FROM note_links l WHERE l.case_id = c.id) AS note_count,
         (SELECT max(l.occurred_at) FROM note_links l WHERE l.case_id = c.id) AS last_note_at
  FROM cases c`;

const CASE_NOT_FOUND = () => new AppError('NOT_FOUND', 'That case could not be found.');

function toSummary(row: CaseRow): CaseSummary {
  return {
    id: row.id,
    childName: row.child_name,
    dateOfBirth: row.date_of_birth,
    caseReference: row.case_reference,
    createdAt: row.created_at,
    noteCount: row.note_count,
    lastNoteAt: row.last_note_at,
    legalStatus: row.legal_status,
    allocatedWorker: row.allocated_worker,
  };
}

export class CaseRepository {
  private readonly insertCase;
  private readonly updateCase;
  private readonly selectAll;
  private readonly selectOne;

  constructor(db: StoreDatabase) {
    this.insertCase = db.prepare(
      `INSERT INTO cases (id, child_name, date_of_birth, case_reference, created_at)
       VALUES (@id, @childName, @dateOfBirth, @caseReference, @createdAt)`,
    );
    this.updateCase = db.prepare(
      `UPDATE cases SET child_name = @childName, date_of_birth = @dateOfBirth, case_reference = @caseReference,
              legal_status = @legalStatus, allocated_worker = @allocatedWorker
        WHERE id = @caseId`,
    );
    this.selectAll = db.prepare<[], CaseRow>(`${SELECT_CASES} ORDER BY c.child_name COLLATE NOCASE, c.created_at`);
    this.selectOne = db.prepare<[string], CaseRow>(`${SELECT_CASES} WHERE c.id = ?`);
  }

  create(input: NewCase, now: Date): CaseSummary {
    const id = uuidv7();
    this.insertCase.run({ id, ...input, createdAt: now.toISOString() });
    return this.get(id);
  }

  /** The case summary's facts, as the practitioner corrects or completes them. */
  update(caseId: string, edit: CaseSummaryEdit): CaseSummary {
    if (this.updateCase.run({ caseId, ...edit }).changes === 0) throw CASE_NOT_FOUND();
    return this.get(caseId);
  }

  list(): CaseSummary[] {
    return this.selectAll.all().map(toSummary);
  }

  get(caseId: string): CaseSummary {
    const row = this.selectOne.get(caseId);
    if (!row) throw CASE_NOT_FOUND();
    return toSummary(row);
  }

  exists(caseId: string): boolean {
    return this.selectOne.get(caseId) !== undefined;
  }
}
