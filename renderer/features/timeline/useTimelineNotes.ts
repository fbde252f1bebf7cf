import type { Note } from '../../../preload/contract/channels';
import { call } from '../../api';
import { useLoad, type Load } from '../../lib/useLoad';
import { listNotesRequest, type TimelineFilter } from './timeline-filter';

export type TimelineLoad = Load<Note[]>;

/**
 * The case's notes for the current filters, reloaded when they or `refreshKey` change. An answer that
 * arrives after a newer request was made is dropped, so quick filter changes never show stale notes.
 */
export function useTimelineNotes(caseId: string, filter: TimelineFilter, refreshKey: number) {
  const { load, reload } = useLoad(() => call('listNotes', listNotesRequest(caseId, filter)), [caseId, filter, refreshKey]);
  return { load, reload };
}
