/**
 * A child's chronology (or their family's): significant events in date order, from notes marked
 * significant and from events added by hand. Shown in court (PD12A) or conference format, for a date
 * window that starts at the last two years. Wording is edited here without touching any note.
 */
import { useEffect, useRef, useState } from 'react';
import type { ChronologyEntry } from '../../../preload/contract/chronology';
import { call } from '../../api';
import { todayIsoDate } from '../../lib/dates';
import { useLoad } from '../../lib/useLoad';
import { Button } from '../../ui/Button';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { LoadFailed } from '../../ui/LoadFailed';
import type { FormError } from '../../ui/form-errors';
import { LiveStatus } from '../../ui/LiveStatus';
import { PageHeading } from '../../ui/PageHeading';
import { useStatus } from '../../ui/useStatus';
import { AddEntryDialog } from './AddEntryDialog';
import { twoYearsBefore } from './chronology-ages';
import { inRange, rangeErrors, rangeInWords, type DateRange } from './chronology-range';
import { ChronologyControls, type ChronologyFormat, type ChronologyView } from './ChronologyControls';
import { ChronologyTable } from './ChronologyTable';
import { ConfirmRemoveDialog } from './ConfirmRemoveDialog';
import { EditEntryDialog } from './EditEntryDialog';
import { LeftOutEntries } from './LeftOutEntries';
import { useChronology } from './useChronology';

export interface ChronologyPageProps {
  caseId: string;
  onBack: () => void;
  /** Opens the note an entry came from, on the child's timeline. */
  onOpenNote: (noteId: string, caseId: string) => void;
}

type Open = { name: 'none' } | { name: 'add' } | { name: 'edit' | 'remove'; entry: ChronologyEntry; serial: number };

const FORMAT_NAMES: Record<ChronologyFormat, string> = { court: 'Court (PD12A)', conference: 'Conference' };
const count = (n: number) => `${n} ${n === 1 ? 'entry' : 'entries'}`;

export function ChronologyPage({ caseId, onBack, onOpenNote }: ChronologyPageProps) {
  const { load: family } = useLoad(() => call('getFamily', { caseId }), [caseId]);
  const [today] = useState(todayIsoDate);
  const [view, setView] = useState<ChronologyView>('child');
  const [range, setRange] = useState<DateRange>(() => ({ from: twoYearsBefore(today), to: today }));
  const [problems, setProblems] = useState<FormError[]>([]);
  const [format, setFormat] = useState<ChronologyFormat>('court');
  const [showLeftOut, setShowLeftOut] = useState(false);
  const [open, setOpen] = useState<Open>({ name: 'none' });
  const [actionError, setActionError] = useState<string | null>(null);
  const [restoring, setRestoring] = useState<string | null>(null);
  const [focusAfter, setFocusAfter] = useState<'entries' | 'left-out' | null>(null);
  const { status, announce } = useStatus();
  const fromRef = useRef<HTMLInputElement>(null);
  const toRef = useRef<HTMLInputElement>(null);
  const entriesHeading = useRef<HTMLHeadingElement>(null);
  const leftOutHeading = useRef<HTMLHeadingElement>(null);
  // Set when the practitioner changes which entries are shown, so the new count is read out (not on
  // opening, and not after an action, which says what it did).
  const announceCount = useRef(false);

  const children = family.state === 'loaded' ? family.value.children : [];
  const hasSiblings = children.length > 1;
  const familyView = view === 'family' && hasSiblings;
  const shownChildren = familyView ? children : children.filter((c) => c.caseId === caseId);
  const query = family.state === 'loaded' && problems.length === 0
    ? { caseIds: familyView ? children.map((c) => c.caseId) : [caseId], from: range.from, to: range.to, includeExcluded: showLeftOut }
    : null;
  const { load, reload, replace } = useChronology(query);
  const entries = load.state === 'loaded' ? load.value.filter((e) => !e.excluded) : [];
  const leftOut = load.state === 'loaded' ? load.value.filter((e) => e.excluded) : [];

  useEffect(() => {
    if (load.state !== 'loaded' || !announceCount.current) return;
    announceCount.current = false;
    announce(`Showing ${count(load.value.filter((e) => !e.excluded).length)}`);
  }, [load, announce]);

  // After a row that had focus goes away, focus moves to the heading of its list, not to the page's end.
  useEffect(() => {
    if (focusAfter === null) return;
    (focusAfter === 'entries' ? entriesHeading : leftOutHeading).current?.focus();
    setFocusAfter(null);
  }, [focusAfter]);

  const changed = <T,>(set: (value: T) => void, reloads = true) => (value: T) => {
    announceCount.current = reloads;
    setActionError(null);
    set(value);
  };
  const changeRange = changed((next: DateRange) => {
    setRange(next);
    setProblems(rangeErrors(next, { from: fromRef.current?.validity.badInput ?? false, to: toRef.current?.validity.badInput ?? false }));
  });

  const viewNote = (entry: ChronologyEntry) => {
    const onThisCase = entry.children.some((c) => c.caseId === caseId);
    const target = onThisCase ? caseId : entry.children[0]?.caseId;
    if (entry.noteId && target) onOpenNote(entry.noteId, target);
  };

  const saved = (entry: ChronologyEntry) => {
    setOpen({ name: 'none' });
    replace(entry);
    announce(entry.kind === 'note' ? 'Wording saved. The note itself is unchanged.' : 'Wording saved');
  };

  const removed = (entry: ChronologyEntry) => {
    setOpen({ name: 'none' });
    setFocusAfter('entries');
    announce(entry.kind === 'note' ? 'Entry left out. Its note is unchanged; "Show left-out entries" lists it.' : 'Event removed from the chronology');
    reload();
  };

  const added = (entry: ChronologyEntry) => {
    setOpen({ name: 'none' });
    const shown = inRange(entry.date, range) && entry.children.some((c) => shownChildren.some((s) => s.caseId === c.caseId));
    announce(shown ? 'Event added to the chronology' : 'Event added. It is outside the dates or children shown.');
    reload();
  };

  const restore = async (entry: ChronologyEntry) => {
    if (restoring) return;
    setRestoring(entry.key);
    const result = await call('restoreChronologyEntry', { key: entry.key });
    setRestoring(null);
    if (!result.ok) {
      setActionError(result.error.message);
      return;
    }
    setActionError(null);
    setFocusAfter('left-out');
    announce('Entry restored to the chronology');
    reload();
  };

  const self = children.find((c) => c.caseId === caseId);
  const names = shownChildren.map((c) => c.childName).join(' and ');
  const caption = `${FORMAT_NAMES[format]} chronology for ${names}, ${rangeInWords(range)}`;
  return (
    <>
      <Button variant="link" className="back-link" onClick={onBack}>
        Back to the case
      </Button>
      {/* The window title stays generic: it can show in the taskbar and when sharing a screen. */}
      <PageHeading documentTitle="Chronology">Chronology: {self?.childName ?? '…'}</PageHeading>
      <LiveStatus status={status} tone="success" className="status--inline" />
      {family.state === 'failed' ? <ErrorSummary errors={[{ message: family.message }]} moveFocus={false} /> : null}
      {family.state === 'loading' ? <p className="body muted">Opening the chronology…</p> : null}
      {family.state === 'loaded' ? (
        <>
          <ErrorSummary errors={[...problems, ...(actionError ? [{ message: actionError }] : [])]} moveFocus={false} />
          <ChronologyControls
            hasSiblings={hasSiblings}
            view={view}
            onView={changed(setView)}
            from={range.from}
            to={range.to}
            onRange={changeRange}
            rangeErrors={problems}
            fromRef={fromRef}
            toRef={toRef}
            today={today}
            format={format}
            onFormat={changed(setFormat, false)}
            showLeftOut={showLeftOut}
            onShowLeftOut={changed(setShowLeftOut)}
          />
          <section className="section" aria-labelledby="chronology-entries-heading">
            <div className="chronology-entries-head">
              <h2 id="chronology-entries-heading" ref={entriesHeading} tabIndex={-1} className="section-heading">
                Entries
              </h2>
              <Button variant="secondary" onClick={() => setOpen({ name: 'add' })}>
                Add an event
              </Button>
            </div>
            {load.state === 'loading' ? <p className="body muted">Loading the chronology…</p> : null}
            {load.state === 'failed' ? <LoadFailed message={load.message} onRetry={reload} /> : null}
            {load.state === 'loaded' && entries.length === 0 ? (
              <div className="chronology-empty">
                <p className="body">No entries for {names}, {rangeInWords(range)}.</p>
                <p className="body muted">
                  Notes marked significant appear here by themselves (type ! in a note). Events known from other agencies or documents can be
                  added with "Add an event".
                </p>
              </div>
            ) : null}
            {entries.length > 0 ? (
              <ChronologyTable
                entries={entries}
                caption={caption}
                format={format}
                onlyCaseId={familyView ? null : caseId}
                onViewNote={viewNote}
                onEdit={(entry, serial) => setOpen({ name: 'edit', entry, serial })}
                onRemove={(entry, serial) => setOpen({ name: 'remove', entry, serial })}
              />
            ) : null}
          </section>
          {showLeftOut && load.state === 'loaded' ? (
            <LeftOutEntries entries={leftOut} onRestore={(entry) => void restore(entry)} headingRef={leftOutHeading} busyKey={restoring} />
          ) : null}
        </>
      ) : null}

      {open.name === 'add' ? (
        <AddEntryDialog
          family={children}
          initialCaseIds={familyView ? children.map((c) => c.caseId) : [caseId]}
          onAdded={added}
          onCancel={() => setOpen({ name: 'none' })}
        />
      ) : null}
      {open.name === 'edit' ? <EditEntryDialog entry={open.entry} serial={open.serial} onSaved={saved} onCancel={() => setOpen({ name: 'none' })} /> : null}
      {open.name === 'remove' ? (
        <ConfirmRemoveDialog entry={open.entry} serial={open.serial} onDone={removed} onCancel={() => setOpen({ name: 'none' })} />
      ) : null}
    </>
  );
}
