/**
 * A child's timeline: their notes newest first (by contact time, else writing time), filtered by
 * contact type, significance and dates, virtualised for long records. Each note can be amended (a new
 * version with a reason) and, once amended, its history read with the changes marked.
 */
import './timeline.css';
import { useCallback, useEffect, useState } from 'react';
import type { Note } from '../../../preload/contract/channels';
import { Button } from '../../ui/Button';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { LiveStatus } from '../../ui/LiveStatus';
import { useStatus } from '../../ui/useStatus';
import { AmendDialog } from '../amend/AmendDialog';
import { HistoryDialog } from '../amend/HistoryDialog';
import { isFiltered, NO_FILTER, type TimelineFilter } from './timeline-filter';
import { TimelineFilters } from './TimelineFilters';
import { TimelineNote } from './TimelineNote';
import { useTimelineNotes } from './useTimelineNotes';
import { VirtualNoteList } from './VirtualNoteList';

export interface TimelineProps {
  caseId: string;
  /** Changes whenever a note was saved on this page, so the timeline reloads. */
  refreshKey: number;
  /** Scroll to and highlight this note (e.g. opened from search). */
  focusNoteId?: string | null;
  /** Raised to focus the same note again. */
  focusSerial?: number;
  /** Id of the heading that names the list. */
  labelledBy: string;
}

type Open = { kind: 'amend' | 'history'; note: Note } | null;

const count = (n: number) => `${n.toLocaleString('en-GB')} note${n === 1 ? '' : 's'}`;

export function Timeline({ caseId, refreshKey, focusNoteId = null, focusSerial = 0, labelledBy }: TimelineProps) {
  const [filter, setFilter] = useState<TimelineFilter>(NO_FILTER);
  const [open, setOpen] = useState<Open>(null);
  const { load, reload } = useTimelineNotes(caseId, filter, refreshKey);
  const { status, announce } = useStatus();
  const filtered = isFiltered(filter);

  // A note asked for that the filters hide: show everything rather than nothing.
  useEffect(() => {
    if (focusNoteId && load.state === 'loaded' && filtered && !load.value.some((n) => n.id === focusNoteId)) setFilter(NO_FILTER);
  }, [focusNoteId, load, filtered]);

  const changeFilter = (next: TimelineFilter) => {
    setFilter(next);
    announce('Updating notes…');
  };
  useEffect(() => {
    if (load.state === 'loaded' && filtered) announce(`Showing ${count(load.value.length)}`);
  }, [load, filtered, announce]);

  const onAmend = useCallback((note: Note) => setOpen({ kind: 'amend', note }), []);
  const onHistory = useCallback((note: Note) => setOpen({ kind: 'history', note }), []);
  const renderNote = useCallback(
    (note: Note, tabbable: boolean) => <TimelineNote note={note} tabbable={tabbable} onAmend={onAmend} onHistory={onHistory} />,
    [onAmend, onHistory],
  );

  const amended = () => {
    setOpen(null);
    announce('Amendment saved');
    reload();
  };

  return (
    <div className="timeline">
      <TimelineFilters filter={filter} onChange={changeFilter} />
      <LiveStatus status={status} tone="info" className="timeline__status" />
      {load.state === 'loading' ? <p className="body muted">Loading notes…</p> : null}
      {load.state === 'failed' ? (
        <>
          <ErrorSummary errors={[{ message: load.message }]} moveFocus={false} />
          <Button variant="secondary" onClick={() => reload()}>
            Try again
          </Button>
        </>
      ) : null}
      {load.state === 'loaded' && load.value.length === 0 ? (
        <p className="body muted">{filtered ? 'No notes match these filters.' : 'No notes yet.'}</p>
      ) : null}
      {load.state === 'loaded' && load.value.length > 0 ? (
        <VirtualNoteList notes={load.value} labelledBy={labelledBy} focusNoteId={focusNoteId} focusSerial={focusSerial} highlightNoteId={focusNoteId} renderNote={renderNote} />
      ) : null}
      {open?.kind === 'amend' ? <AmendDialog note={open.note} onClose={() => setOpen(null)} onAmended={amended} /> : null}
      {open?.kind === 'history' ? <HistoryDialog note={open.note} onClose={() => setOpen(null)} /> : null}
    </div>
  );
}
