/**
 * What a pack is drafted from, read with prepared statements: a child's case facts, the contacts in
 * a period at which the child's visit answer (seen / seen alone / not seen) was recorded, and the
 * child's words (the quotes marked as the child's voice). Periods are widened UTC bounds [after,
 * before) (see uk-time.ts); the caller keeps what falls on the pack's UK dates.
 */
import type { StoreDatabase } from '../store/open-store';

export interface CaseFacts {
  id: string;
  childName: string;
  dateOfBirth: string | null;
  caseReference: string | null;
  legalStatus: string | null;
  allocatedWorker: string | null;
}

export interface SeenContact {
  noteId: string;
  occurredAt: string;
  /** The contact time was given without a clock time ("yesterday"): only the date is known. */
  dateOnly: boolean;
  seen: 'seen' | 'seen-alone' | 'not-seen';
  notSeenReason: string | null;
  bedroomSeen: boolean | null;
  /** Other people the note records (present, or concerned), A–Z. */
  people: string[];
}

export interface VoiceNote {
  noteId: string;
  occurredAt: string;
  quotes: string[];
}

interface CaseRow {
  id: string;
  child_name: string;
  date_of_birth: string | null;
  case_reference: string | null;
  legal_status: string | null;
  allocated_worker: string | null;
}

interface SeenRow {
  note_id: string;
  occurred_at: string;
  date_only: number;
  seen: SeenContact['seen'];
  not_seen_reason: string | null;
  bedroom_seen: number | null;
  people_json: string;
}

interface VoiceRow {
  note_id: string;
  occurred_at: string;
  voice_json: string;
}

type Period = [caseId: string, after: string, before: string];

export class PackSources {
  private readonly selectCase;
  private readonly selectSeen;
  private readonly selectVoice;

  constructor(db: StoreDatabase) {
    this.selectCase = db.prepare<[string], CaseRow>(
      `SELECT id, child_name, date_of_birth, case_reference, legal_status, allocated_worker FROM cases WHERE id = ?`,
    );
    this.selectSeen = db.prepare<Period, SeenRow>(
      `SELECT l.note_id, l.occurred_at, l.seen, l.not_seen_reason, l.bedroom_seen,
              (n.contact_at IS NOT NULL AND n.contact_has_time = 0) AS date_only,
              (SELECT json_group_array(p.full_name) FROM note_people np JOIN people p ON p.id = np.person_id
                WHERE np.note_id = l.note_id) AS people_json
         FROM note_links l JOIN notes n ON n.id = l.note_id
        WHERE l.case_id = ? AND l.occurred_at >= ? AND l.occurred_at < ? AND l.seen IS NOT NULL
        ORDER BY l.occurred_at, l.note_id`,
    );
    this.selectVoice = db.prepare<Period, VoiceRow>(
      `SELECT l.note_id, l.occurred_at, n.voice_json
         FROM note_links l JOIN notes n ON n.id = l.note_id
        WHERE l.case_id = ? AND l.occurred_at >= ? AND l.occurred_at < ? AND json_array_length(n.voice_json) > 0
        ORDER BY l.occurred_at, l.note_id`,
    );
  }

  caseFacts(caseId: string): CaseFacts | null {
    const row = this.selectCase.get(caseId);
    if (!row) return null;
    return {
      id: row.id,
      childName: row.child_name,
      dateOfBirth: row.date_of_birth,
      caseReference: row.case_reference,
      legalStatus: row.legal_status,
      allocatedWorker: row.allocated_worker,
    };
  }

  /** Contacts with a recorded visit answer for the child, oldest first. */
  seenContacts(caseId: string, after: string, before: string): SeenContact[] {
    return this.selectSeen.all(caseId, after, before).map((row) => ({
      noteId: row.note_id,
      occurredAt: row.occurred_at,
      dateOnly: row.date_only === 1,
      seen: row.seen,
      notSeenReason: row.not_seen_reason,
      bedroomSeen: row.bedroom_seen === null ? null : row.bedroom_seen === 1,
      people: (JSON.parse(row.people_json) as string[]).sort((a, b) => a.localeCompare(b, 'en-GB')),
    }));
  }

  /** The child's notes in the period that quote the child, oldest first. */
  voiceNotes(caseId: string, after: string, before: string): VoiceNote[] {
    return this.selectVoice.all(caseId, after, before).map((row) => ({
      noteId: row.note_id,
      occurredAt: row.occurred_at,
      quotes: JSON.parse(row.voice_json) as string[],
    }));
  }
}
