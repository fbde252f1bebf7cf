/** How a note's structure reads on screen: contact time, type, children's visit answers. */
import type { ChildLink, Note } from '../../../preload/contract/channels';
import { formatDateTime, formatDay } from '../../lib/dates';
import { DEFAULT_CONTACT_TYPES, type ContactTypeDef } from '../capture/contact-types';

/**
 * "Home visit" for "home-visit", from the team's list (features/contact-types passes it, retired
 * types included, so older notes keep their name); a type on no list reads from its id.
 */
export function contactTypeLabel(id: string, types: readonly ContactTypeDef[] = DEFAULT_CONTACT_TYPES): string {
  const known = types.find((t) => t.id === id);
  if (known) return known.label;
  const words = id.replace(/-/gu, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** When it happened as the practitioner gave it (a day, or a day and time), else when it was written. */
export function noteWhen(note: Pick<Note, 'contactAt' | 'contactHasTime' | 'createdAt'>): string {
  if (note.contactAt) return note.contactHasTime ? formatDateTime(note.contactAt) : formatDay(note.contactAt);
  return formatDateTime(note.createdAt);
}

const SEEN: Record<NonNullable<ChildLink['seen']>, string> = {
  seen: 'seen',
  'seen-alone': 'seen alone',
  'not-seen': 'not seen',
};

/** "seen alone, bedroom seen" / "not seen (at nursery)"; null when nothing was recorded. */
export function visitAnswers(child: Pick<ChildLink, 'seen' | 'notSeenReason' | 'bedroomSeen'>): string | null {
  const parts: string[] = [];
  if (child.seen) parts.push(child.seen === 'not-seen' && child.notSeenReason ? `not seen (${child.notSeenReason})` : SEEN[child.seen]);
  if (child.bedroomSeen !== null) parts.push(child.bedroomSeen ? 'bedroom seen' : 'bedroom not seen');
  return parts.length > 0 ? parts.join(', ') : null;
}
