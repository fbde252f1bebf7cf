import { useRef, useState } from 'react';
import type { Note } from '../../../preload/contract/channels';
import { formatDateTime, formatDay } from '../../lib/dates';
import { Button } from '../../ui/Button';
import { useFocusOnOpen } from '../../ui/useFocusOnOpen';
import { useCaseDirectory } from '../capture/case-directory';
import { ContactTypeName } from '../contact-types/ContactTypeName';
import { FilePicker } from './FilePicker';

interface InboxItemProps {
  note: Note;
  /** Opened from search: bring this note into view and focus it. */
  focused: boolean;
  onFile: (note: Note, caseIds: string[]) => Promise<string | null>;
}

/** When the contact was (a date alone if no time was written), else when the note was written. */
function ContactTime({ note }: { note: Note }) {
  if (!note.contactAt) {
    return (
      <span>
        Written <time dateTime={note.createdAt}>{formatDateTime(note.createdAt)}</time>
      </span>
    );
  }
  return (
    <span>
      Contact <time dateTime={note.contactAt}>{note.contactHasTime ? formatDateTime(note.contactAt) : formatDay(note.contactAt)}</time>
      <span className="inbox-item__written">
        {' '}
        · written <time dateTime={note.createdAt}>{formatDateTime(note.createdAt)}</time>
      </span>
    </span>
  );
}

/** One unfiled note: when, what kind, the text, and "File to…" (which opens the child picker in place). */
export function InboxItem({ note, focused, onFile }: InboxItemProps) {
  const [picking, setPicking] = useState(false);
  const directory = useCaseDirectory();
  const itemRef = useRef<HTMLLIElement>(null);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const metaId = `inbox-meta-${note.id}`;

  useFocusOnOpen(itemRef, focused);

  const cancel = () => {
    setPicking(false);
    window.setTimeout(() => triggerRef.current?.focus(), 0);
  };

  return (
    <li ref={itemRef} className="inbox-item" data-note-id={note.id} tabIndex={focused ? -1 : undefined}>
      <p id={metaId} className="inbox-item__meta">
        <ContactTime note={note} />
        {note.contactType ? <span className="tag"><ContactTypeName id={note.contactType} /></span> : null}
        {note.significant ? <span className="tag tag--significant">Significant</span> : null}
      </p>
      <div className="inbox-item__body">{note.body}</div>
      {picking ? (
        <FilePicker
          idPrefix={`file-${note.id}`}
          children={directory.children}
          onFile={(caseIds) => onFile(note, caseIds)}
          onCancel={cancel}
        />
      ) : (
        <Button ref={triggerRef} variant="secondary" className="inbox-item__file" aria-describedby={metaId} onClick={() => setPicking(true)}>
          File to…
        </Button>
      )}
    </li>
  );
}
