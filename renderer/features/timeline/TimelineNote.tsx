import { memo } from 'react';
import type { Note } from '../../../preload/contract/channels';
import { formatDateTime } from '../../lib/dates';
import { NoteBody } from './NoteBody';
import { ContactTypeName } from '../contact-types/ContactTypeName';
import { noteWhen, visitAnswers } from './note-labels';
import { TemplateUsed } from '../templates/TemplateUsed';

interface TimelineNoteProps {
  note: Note;
  /** Only the current note's buttons are in the tab order (the list is one tab stop; arrows move). */
  tabbable: boolean;
  onAmend: (note: Note) => void;
  onHistory: (note: Note) => void;
}

/** One note on the timeline: when, what kind, who, what happened, and whether it was amended. */
export const TimelineNote = memo(function TimelineNote({ note, tabbable, onAmend, onHistory }: TimelineNoteProps) {
  const when = noteWhen(note);
  const tabIndex = tabbable ? 0 : -1;
  return (
    <article className="timeline-note" aria-label={`Note from ${when}`}>
      <p className="timeline-note__meta">
        <time dateTime={note.occurredAt} className="timeline-note__when">
          {when}
        </time>
        {note.contactAt ? <span className="timeline-note__written"> (written {formatDateTime(note.createdAt)})</span> : null}
        {note.contactType ? <span className="timeline-badge"><ContactTypeName id={note.contactType} /></span> : null}
        {note.significant ? <span className="timeline-badge timeline-badge--significant">Significant</span> : null}
        {note.version > 1 ? <span className="timeline-badge timeline-badge--amended">Amended</span> : null}
        <TemplateUsed template={note.template} />
      </p>
      {/* On a child's own timeline, a lone child with nothing recorded about the visit says nothing new. */}
      {note.children.length > 1 || note.children.some((c) => visitAnswers(c) !== null) ? (
        <ul className="timeline-note__children" aria-label="Children">
          {note.children.map((child) => {
            const answers = visitAnswers(child);
            return (
              <li key={child.caseId}>
                <span className="timeline-note__child">{child.childName}</span>
                {answers ? `: ${answers}` : null}
              </li>
            );
          })}
        </ul>
      ) : null}
      {note.people.length > 0 ? (
        <p className="timeline-note__people">
          <span className="timeline-note__child">With:</span> {note.people.map((p) => p.fullName).join(', ')}
        </p>
      ) : null}
      <NoteBody note={note} />
      <p className="timeline-note__actions">
        <button type="button" className="link-button" tabIndex={tabIndex} aria-label={`Amend note from ${when}`} onClick={() => onAmend(note)}>
          Amend
        </button>
        {note.version > 1 ? (
          <button type="button" className="link-button" tabIndex={tabIndex} aria-label={`History of note from ${when}`} onClick={() => onHistory(note)}>
            History
          </button>
        ) : null}
      </p>
    </article>
  );
});
