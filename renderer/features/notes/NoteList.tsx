import { memo } from 'react';
import type { Note } from '../../../preload/contract/channels';
import { formatDateTime } from '../../lib/dates';

const NoteItem = memo(function NoteItem({ note }: { note: Note }) {
  return (
    <li className="note">
      <p className="note__meta">
        <time dateTime={note.createdAt}>{formatDateTime(note.createdAt)}</time>
      </p>
      <div className="note__body">{note.body}</div>
    </li>
  );
});

/** Notes, newest first, each with the time it was written. Line breaks are kept (pre-wrap). */
export const NoteList = memo(function NoteList({ notes, labelledBy }: { notes: readonly Note[]; labelledBy: string }) {
  if (notes.length === 0) return <p className="body muted">No notes yet.</p>;
  return (
    <ol className="note-list" aria-labelledby={labelledBy}>
      {notes.map((note) => (
        <NoteItem key={note.id} note={note} />
      ))}
    </ol>
  );
});
