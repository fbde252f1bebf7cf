/**
 * A note's structure as it stands: what an unchanged amendment sends back (renderer) and what each
 * version stores (main). One function, so a field added to the structure cannot be kept by one side
 * and dropped by the other. Type-only imports: zod-free, the renderer imports it.
 */
import type { Note, NoteStructure } from './channels';

export function structureOf(note: Note): NoteStructure {
  return {
    children: note.children.map(({ caseId, seen, notSeenReason, bedroomSeen }) => ({ caseId, seen, notSeenReason, bedroomSeen })),
    contactAt: note.contactAt,
    contactHasTime: note.contactHasTime,
    contactType: note.contactType,
    significant: note.significant,
    voice: note.voice,
    people: note.people.map((p) => p.personId),
    // Last, as in the schema: an unchanged amendment must serialise exactly as the stored structure.
    template: note.template ? { id: note.template.id, version: note.template.version } : null,
  };
}
