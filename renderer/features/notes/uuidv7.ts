import { v7 } from 'uuid';

/**
 * A new note id (UUIDv7: time-ordered, random tail from crypto.getRandomValues). Made once per draft
 * and re-sent on retry, so a save that landed but was not acknowledged never creates a second note.
 */
export function newNoteId(): string {
  return v7();
}
