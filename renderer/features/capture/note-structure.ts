/**
 * What a finalised note sends besides its text: exactly what the chips show. Dates, type, significance
 * and quotes come from the live parse (which already left out removed chips); children with their
 * answers, and other people linked, come from the composer's state. Nothing here is required: an empty structure is a complete note.
 */
import type { NoteStructureInput } from '../../../preload/contract/channels';
import type { TemplateLink } from '../templates/template-text';
import type { ChildAnswer } from './child-answers';
import type { ParsedNote } from './parse-note';

// Mirrors the contract's limits, so a very long quote is trimmed rather than refusing the whole note.
const MAX_QUOTE = 2000;
const MAX_QUOTES = 50;

export function noteStructure(
  parsed: ParsedNote,
  children: readonly ChildAnswer[],
  people: readonly string[] = [],
  /** The template version the note started from, if its prompts are still in it (features/templates). */
  template: TemplateLink | null = null,
): NoteStructureInput {
  const voice = parsed.voice
    .map((v) => v.text.trim().slice(0, MAX_QUOTE))
    .filter((v) => v.length > 0)
    .slice(0, MAX_QUOTES);
  return {
    children: children.map((c) => ({
      caseId: c.caseId,
      seen: c.seen,
      notSeenReason: c.seen === 'not-seen' ? c.notSeenReason : null,
      bedroomSeen: c.bedroomSeen,
    })),
    contactAt: parsed.contactDate?.iso ?? null,
    contactHasTime: parsed.contactDate?.hasTime ?? false,
    contactType: parsed.contactType?.typeId ?? null,
    significant: parsed.significant !== null,
    voice,
    people: [...people],
    template,
  };
}
