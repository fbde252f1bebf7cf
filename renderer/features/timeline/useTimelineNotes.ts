import { useCallback, useEffect, useRef, useState } from 'react';
import type { Note } from '../../../preload/contract/channels';
import { call } from '../../api';
import { listNotesRequest, type TimelineFilter } from './timeline-filter';

export type TimelineLoad = { state: 'loading' } | { state: 'failed'; message: string } | { state: 'loaded'; notes: Note[] };

/**
 * The case's notes for the current filters, reloaded when they or `refreshKey` change. An answer that
 * arrives after a newer request was made is dropped, so quick filter changes never show stale notes.
 */
export function useTimelineNotes(caseId: string, filter: TimelineFilter, refreshKey: number) {
  const [load, setLoad] = useState<TimelineLoad>({ state: 'loading' });
  const latest = useRef(0);

  const reload = useCallback(async () => {
    const request = ++latest.current;
    const result = await call('listNotes', listNotesRequest(caseId, filter));
    if (request !== latest.current) return;
    setLoad(result.ok ? { state: 'loaded', notes: result.value } : { state: 'failed', message: result.error.message });
  }, [caseId, filter]);

  useEffect(() => {
    void reload();
  }, [reload, refreshKey]);

  return { load, reload };
}
