/**
 * What makes a team's list of contact types usable in a note: every #tag must mean exactly one type,
 * or typing it would pick one silently. Checked before anything is written, with a message that names
 * the tag and the types involved so the practitioner can fix it in one go.
 */
import { normaliseTag, SIGNIFICANT_TAGS } from '../../preload/contract/contact-tags';
import { AppError } from '../shared/app-error';

export interface ContactTypeInput {
  id: string;
  label: string;
  tags: readonly string[];
}

/** Tags the parser reads as "significant event": never a contact type. */
const RESERVED_TAGS = SIGNIFICANT_TAGS;

/** Each type's tags without repeats (by normalised form), in the order given. */
export function withDistinctTags<T extends ContactTypeInput>(type: T): T {
  const seen = new Set<string>();
  const tags = type.tags.filter((tag) => {
    const key = normaliseTag(tag);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return { ...type, tags };
}

interface Claim {
  type: ContactTypeInput;
  index: number;
  /** The tag is the type's id (every type answers to its own id), not one of its listed tags. */
  viaId: boolean;
}

/**
 * Throws INVALID_REQUEST when a tag is reserved or claimed by two types (a type's id counts as one
 * of its tags: `#meeting` works for "Meeting"). The field points at the input to change.
 */
export function checkTags(types: readonly ContactTypeInput[]): void {
  const owners = new Map<string, Claim>();
  types.forEach((type, index) => {
    if (RESERVED_TAGS.has(normaliseTag(type.id))) {
      throw invalid(`“${type.label}” would be written #${type.id}, which marks a note as significant. Choose another name.`, index, 'label');
    }
    claim(owners, type.id, { type, index, viaId: true });
    for (const tag of type.tags) {
      if (RESERVED_TAGS.has(normaliseTag(tag))) {
        throw invalid(`#${tag} marks a note as significant, so it cannot be a tag for “${type.label}”. Remove it from that type's tags.`, index, 'tags');
      }
      claim(owners, tag, { type, index, viaId: false });
    }
  });
}

function claim(owners: Map<string, Claim>, tag: string, next: Claim): void {
  const key = normaliseTag(tag);
  const first = owners.get(key);
  if (!first) {
    owners.set(key, next);
    return;
  }
  if (first.type.id === next.type.id) return;
  const own = next.viaId ? next : first.viaId ? first : null;
  const why = own ? ` (“${own.type.label}” is always #${own.type.id})` : '';
  // Point at a tags box when one side is a listed tag: an id cannot be edited once used.
  const fix = !next.viaId ? next : !first.viaId ? first : next;
  throw invalid(
    `#${tag} would mean both “${first.type.label}” and “${next.type.label}”${why}. Keep that tag on one of them.`,
    fix.index,
    next.viaId && first.viaId ? 'label' : 'tags',
  );
}

/** `types.<n>.<field>`: the first segment is what the contract names; the rest lets a form point at the input. */
function invalid(message: string, index: number, field: 'label' | 'tags'): AppError {
  return new AppError('INVALID_REQUEST', message, { field: `types.${index}.${field}` });
}
