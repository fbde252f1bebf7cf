/**
 * The structure a practitioner would have added to a demo note while writing it: the contact type,
 * whether the child was seen (and alone) on a visit, the child's words marked, and a flag on the
 * events a chronology needs (meetings about the plan, and the case closing). Deterministic from the
 * note itself, so the same seed always gives the same record.
 */
import type { NoteKind } from './families';
import type { PlannedNote } from './demo-plan';

const CONTACT_TYPE: Record<NoteKind, string> = {
  'home-visit': 'home-visit',
  'school-visit': 'school-visit',
  'phone-call': 'phone-call',
  meeting: 'meeting',
  // Direct work happens face to face with the child: recorded as a visit in the team's list.
  'direct-work': 'home-visit',
  observation: 'observation',
  'office-visit': 'office-visit',
  correspondence: 'correspondence',
};

const SEEN_ALONE_KINDS: ReadonlySet<NoteKind> = new Set(['school-visit', 'direct-work', 'office-visit']);
const SEEN_KINDS: ReadonlySet<NoteKind> = new Set(['home-visit', 'observation']);

export function demoNoteStructure(note: PlannedNote, caseId: string, index: number) {
  const kind = note.kind;
  // Home visits: the child is seen, and seen alone on every third (as statutory visits expect).
  const seen = kind === null ? null : SEEN_ALONE_KINDS.has(kind) || (kind === 'home-visit' && index % 3 === 0) ? 'seen-alone' : SEEN_KINDS.has(kind) ? 'seen' : null;
  return {
    children: [{ caseId, seen }],
    contactType: kind === null ? null : CONTACT_TYPE[kind],
    significant: kind === null || kind === 'meeting',
    voice: note.voice,
  };
}
