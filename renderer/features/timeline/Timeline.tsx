// Interim: the case's notes as a plain list until the filtered, virtualised timeline lands (issue 3).
import { useEffect, useState } from 'react';
import type { Note } from '../../../preload/contract/channels';
import { call } from '../../api';
import { NoteList } from '../notes/NoteList';

export interface TimelineProps {
  caseId: string;
  /** Changes whenever a note was saved on this page, so the timeline reloads. */
  refreshKey: number;
  /** Scroll to and highlight this note (e.g. opened from search). */
  focusNoteId?: string | null;
  /** Id of the heading that names the list. */
  labelledBy: string;
}

export function Timeline({ caseId, refreshKey, labelledBy }: TimelineProps) {
  const [notes, setNotes] = useState<Note[]>([]);
  useEffect(() => {
    void call('listNotes', { caseId }).then((r) => r.ok && setNotes(r.value));
  }, [caseId, refreshKey]);
  return <NoteList notes={notes} labelledBy={labelledBy} />;
}
