/**
 * Reads what the rules need about each child (case-facts.ts) from the store: one query per kind of
 * fact for the whole caseload (or for one case), grouped in memory, never a query per note, so the
 * Due view over a large caseload is a handful of index scans.
 * - contacts: the notes linked to the child, dated by the link's occurred_at (the contact time, else
 *   when written) as a UK date, with the child's own seen answer from the link;
 * - statuses, and planned events that are not cancelled;
 * - family exports: the UK dates of exports made for the family that included the child;
 * - drafts: started on the child's case or naming the child. Main keeps only the draft's text and its
 *   children's answers (the rest is re-parsed from the text in the renderer), so a draft counts as a
 *   visit when a child was answered seen or seen alone, and is never known to be significant here.
 */
import type { StoreDatabase } from '../store/open-store';
import { ukDateTime } from '../chronology/uk-time';
import type { CaseFacts, Contact, DraftFact, PlannedFact } from './case-facts';
import { STATUS_COLUMNS, toStatus, type StatusRow } from './case-status-store';

/**
 * A child's contacts arrive as one JSON array per child (json_group_array), each contact a tuple:
 * handing tens of thousands of rows to JavaScript one by one cost more than SQLite's whole scan.
 */
type ContactTuple = [
  noteId: string,
  occurredAt: string,
  seen: Contact['seen'],
  contactAt: string | null,
  createdAt: string,
  contactType: string | null,
  significant: 0 | 1,
];

interface PlannedRow {
  id: string;
  case_id: string;
  event: string;
  planned_on: string;
}

interface ExportRow {
  case_id: string;
  created_at: string;
}

interface DraftRow {
  id: string;
  case_id: string | null;
  structure_json: string;
  created_at: string;
}

/** A statement for the whole caseload and one for a single case, from the same SQL. */
function twin<R>(db: StoreDatabase, sql: (filter: string) => string, caseColumn: string) {
  const all = db.prepare<[], R>(sql('1'));
  const one = db.prepare<[string], R>(sql(`${caseColumn} = ?`));
  return (caseId?: string): R[] => (caseId === undefined ? all.all() : one.all(caseId));
}

/**
 * The UK date of an ISO instant. Europe/London is UTC or UTC+1, so only an instant in the 23:00 UTC
 * hour can fall on the next UK day: every other one is its UTC date, without the cost of Intl for
 * tens of thousands of notes. Stored instants are Date.toISOString() text; anything else (and dates
 * before 1972, when the UK was briefly on UTC+1 all year) goes through ukDateTime.
 */
export function ukDateOf(instant: string): string {
  if (instant.length === 24 && instant.endsWith('Z') && instant[10] === 'T' && instant.slice(11, 13) !== '23' && instant >= '1972') {
    return instant.slice(0, 10);
  }
  return ukDateTime(instant).date;
}

export class CaseFactsReader {
  private readonly cases;
  private readonly contacts;
  private readonly statuses;
  private readonly planned;
  private readonly familyExports;
  private readonly drafts;

  constructor(private readonly db: StoreDatabase) {
    this.cases = twin<{ id: string; child_name: string }>(db, (f) => `SELECT id, child_name FROM cases WHERE ${f}`, 'id');
    this.contacts = twin<{ case_id: string; contacts_json: string }>(
      db,
      (f) => `SELECT l.case_id, json_group_array(json_array(l.note_id, l.occurred_at, l.seen, n.contact_at, n.created_at,
                                                        n.contact_type, n.significant)) AS contacts_json
                FROM note_links l JOIN notes n ON n.id = l.note_id WHERE ${f} GROUP BY l.case_id`,
      'l.case_id',
    );
    this.statuses = twin<StatusRow>(db, (f) => `SELECT ${STATUS_COLUMNS} FROM case_statuses WHERE ${f} ORDER BY started_on, id`, 'case_id');
    this.planned = twin<PlannedRow>(
      db,
      (f) => `SELECT id, case_id, event, planned_on FROM planned_events WHERE cancelled = 0 AND ${f} ORDER BY planned_on, id`,
      'case_id',
    );
    this.familyExports = twin<ExportRow>(
      db,
      (f) => `SELECT c.case_id, e.created_at FROM export_children c JOIN exports e ON e.id = c.export_id
               WHERE e.audience = 'family' AND ${f}`,
      'c.case_id',
    );
    // Drafts are few (work in progress), and one may name several children: read them all, share them out here.
    this.drafts = db.prepare<[], DraftRow>('SELECT id, case_id, structure_json, created_at FROM drafts');
  }

  /** Facts for every case, or for one (an empty list when there is no such case). One read transaction. */
  read(caseId?: string): CaseFacts[] {
    return this.db.transaction(() => this.readAll(caseId))();
  }

  private readAll(caseId?: string): CaseFacts[] {
    const byCase = new Map<string, CaseFacts>();
    for (const row of this.cases(caseId)) {
      byCase.set(row.id, { caseId: row.id, childName: row.child_name, statuses: [], contacts: [], planned: [], familyExports: [], drafts: [] });
    }
    for (const row of this.contacts(caseId)) {
      const facts = byCase.get(row.case_id);
      if (facts) facts.contacts = (JSON.parse(row.contacts_json) as ContactTuple[]).map(toContact);
    }
    for (const row of this.statuses(caseId)) byCase.get(row.case_id)?.statuses.push(withoutCase(toStatus(row)));
    for (const row of this.planned(caseId)) byCase.get(row.case_id)?.planned.push(toPlanned(row));
    for (const row of this.familyExports(caseId)) byCase.get(row.case_id)?.familyExports.push(ukDateOf(row.created_at));
    for (const row of this.drafts.all()) {
      const draft = draftFacts(row);
      for (const id of draft.caseIds) byCase.get(id)?.drafts.push(draft.fact);
    }
    return [...byCase.values()];
  }
}

function toContact([noteId, occurredAt, seen, contactAt, createdAt, contactType, significant]: ContactTuple): Contact {
  return { noteId, on: ukDateOf(occurredAt), contactAt, writtenAt: createdAt, contactType, seen, significant: significant === 1 };
}

function withoutCase<T extends { caseId: string }>({ caseId: _caseId, ...rest }: T): Omit<T, 'caseId'> {
  return rest;
}

function toPlanned(row: PlannedRow): PlannedFact {
  return { id: row.id, event: row.event, plannedOn: row.planned_on };
}

interface DraftChild {
  caseId?: unknown;
  seen?: unknown;
}

/** The draft's facts and every child it concerns: the case it was started on and the children it names. */
function draftFacts(row: DraftRow): { fact: DraftFact; caseIds: Set<string> } {
  let children: DraftChild[] = [];
  try {
    const state = JSON.parse(row.structure_json) as { children?: unknown };
    if (Array.isArray(state.children)) children = state.children as DraftChild[];
  } catch {
    // A draft is saved by the app as valid JSON (the column is checked); if not, it still counts, as a plain note.
  }
  const caseIds = new Set<string>(row.case_id === null ? [] : [row.case_id]);
  for (const child of children) if (typeof child.caseId === 'string') caseIds.add(child.caseId);
  return {
    fact: {
      id: row.id,
      startedAt: row.created_at,
      contactAt: null,
      contactType: null,
      significant: false,
      isVisit: children.some((c) => c.seen === 'seen' || c.seen === 'seen-alone'),
    },
    caseIds,
  };
}
