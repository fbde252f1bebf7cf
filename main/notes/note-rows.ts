/**
 * How a note is read back: one SELECT shape shared by every query that returns notes, with the
 * children and other people it concerns gathered by correlated subqueries (one primary-key range each),
 * and the name of the template version it started from (one primary-key lookup; none for most notes).
 */
import type { ChildLink, Note, NotePerson } from '../../preload/contract';

export const NOTE_COLUMNS = `
  n.id, n.body, n.version, n.contact_at, n.contact_has_time, n.contact_type, n.significant, n.voice_json,
  n.occurred_at, n.created_at, n.updated_at, n.template_id, n.template_version,
  (SELECT tv.name FROM note_template_versions tv
    WHERE tv.template_id = n.template_id AND tv.version = n.template_version) AS template_name,
  (SELECT json_group_array(json_object(
            'caseId', l.case_id, 'childName', c.child_name, 'seen', l.seen,
            'notSeenReason', l.not_seen_reason, 'bedroomSeen', l.bedroom_seen))
     FROM note_links l JOIN cases c ON c.id = l.case_id
    WHERE l.note_id = n.id) AS children_json,
  (SELECT json_group_array(json_object('personId', p.id, 'fullName', p.full_name))
     FROM note_people np JOIN people p ON p.id = np.person_id
    WHERE np.note_id = n.id) AS people_json`;

export interface NoteRow {
  id: string;
  body: string;
  version: number;
  contact_at: string | null;
  contact_has_time: number;
  contact_type: string | null;
  significant: number;
  voice_json: string;
  occurred_at: string;
  created_at: string;
  updated_at: string;
  template_id: string | null;
  template_version: number | null;
  template_name: string | null;
  children_json: string;
  people_json: string;
}

interface RawLink extends Omit<ChildLink, 'bedroomSeen'> {
  bedroomSeen: number | null;
}

export function toNote(row: NoteRow): Note {
  const links = JSON.parse(row.children_json) as RawLink[];
  return {
    id: row.id,
    body: row.body,
    version: row.version,
    contactAt: row.contact_at,
    contactHasTime: row.contact_has_time === 1,
    contactType: row.contact_type,
    significant: row.significant === 1,
    voice: JSON.parse(row.voice_json) as string[],
    children: links
      .map((l) => ({ ...l, bedroomSeen: l.bedroomSeen === null ? null : l.bedroomSeen === 1 }))
      .sort((a, b) => a.childName.localeCompare(b.childName, 'en-GB')),
    people: (JSON.parse(row.people_json) as NotePerson[]).sort((a, b) => a.fullName.localeCompare(b.fullName, 'en-GB')),
    // Versions are append-only and never deleted, so a stored link always has its name.
    template:
      row.template_id !== null && row.template_version !== null
        ? { id: row.template_id, version: row.template_version, name: row.template_name ?? row.template_id }
        : null,
    occurredAt: row.occurred_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
