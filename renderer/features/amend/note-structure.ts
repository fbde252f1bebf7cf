import type { Note, NoteStructureInput } from '../../../preload/contract/channels';

/**
 * A note's structure exactly as it is, for an amendment of the text alone: the children and their
 * answers, the contact time and type, significance and the child's words are kept. (Changing those is
 * the composer's job.)
 */
export function unchangedStructure(note: Note): NoteStructureInput {
  return {
    children: note.children.map(({ caseId, seen, notSeenReason, bedroomSeen }) => ({ caseId, seen, notSeenReason, bedroomSeen })),
    contactAt: note.contactAt,
    contactHasTime: note.contactHasTime,
    contactType: note.contactType,
    significant: note.significant,
    voice: note.voice,
    people: note.people.map((p) => p.personId),
  };
}
