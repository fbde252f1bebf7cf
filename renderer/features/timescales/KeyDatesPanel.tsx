/**
 * "Status and key dates" on the case page: the child's statuses (what the visit rules run from) and
 * dates planned ahead (what report deadlines run back from). Which statuses and events exist is the
 * team's pack; before there is one, what was recorded is still listed, and the page says where the
 * choices come from.
 */
import { useEffect, useId, useRef, useState } from 'react';
import type { CaseStatus } from '../../../preload/contract/timescales';
import { call } from '../../api';
import { Button } from '../../ui/Button';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { LiveStatus } from '../../ui/LiveStatus';
import { LoadFailed } from '../../ui/LoadFailed';
import { useStatus } from '../../ui/useStatus';
import { dayWords } from '../due/due-dates';
import { AddStatusDialog } from './AddStatusDialog';
import { PlannedDateDialog } from './PlannedDateDialog';
import { PlannedList, plannedRowId } from './PlannedList';
import { StatusDatesDialog } from './StatusDatesDialog';
import { StatusList, statusRowId } from './StatusList';
import { useKeyDates } from './useKeyDates';

interface KeyDatesPanelProps {
  caseId: string;
  childName: string;
  /** A status or date changed: what is due for the child changes with it. */
  onChanged: () => void;
}

type Open = { kind: 'add-status' } | { kind: 'add-planned' } | { kind: 'end' | 'correct'; status: CaseStatus } | null;

export function KeyDatesPanel({ caseId, childName, onChanged }: KeyDatesPanelProps) {
  const headingId = useId();
  const statusesId = useId();
  const plannedId = useId();
  const { load, reload } = useKeyDates(caseId);
  const [open, setOpen] = useState<Open>(null);
  const [error, setError] = useState<string | null>(null);
  const { status, announce } = useStatus();
  // A row whose button went away (ended, cancelled) takes focus once the list has reloaded.
  const focusAfter = useRef<string | null>(null);

  useEffect(() => {
    if (focusAfter.current === null || load.state !== 'loaded') return;
    document.getElementById(focusAfter.current)?.focus();
    focusAfter.current = null;
  }, [load]);

  const done = (message: string, focusId: string | null = null) => {
    focusAfter.current = focusId;
    setOpen(null);
    setError(null);
    reload();
    onChanged();
    announce(message);
  };

  const cancelPlan = async (plannedEventId: string, words: string) => {
    const result = await call('cancelPlannedEvent', { plannedEventId });
    if (result.ok) done(`${words} cancelled`, plannedRowId(plannedEventId));
    else setError(result.error.message);
  };

  const dates = load.state === 'loaded' ? load.value : null;
  const pack = dates?.pack ?? null;
  const permanenceOf = (s: CaseStatus) => s.permanent !== null || (pack?.statuses.find((p) => p.id === s.status)?.permanence ?? false);

  return (
    <section className="section key-dates" aria-labelledby={headingId}>
      <h2 id={headingId} className="section-heading">
        Status and key dates
      </h2>
      <LiveStatus status={status} className="status--inline" />
      <ErrorSummary errors={error ? [{ message: error }] : []} />
      {load.state === 'failed' ? <LoadFailed message={load.message} onRetry={reload} /> : null}
      {dates ? (
        <div className="key-dates__columns">
          <div>
            <h3 id={statusesId} className="key-dates__heading">
              Statuses
            </h3>
            <StatusList
              statuses={dates.statuses}
              labelledBy={statusesId}
              onEnd={(s) => setOpen({ kind: 'end', status: s })}
              onCorrect={(s) => setOpen({ kind: 'correct', status: s })}
            />
            {pack && pack.statuses.length > 0 ? (
              <Button variant="secondary" className="button--small" onClick={() => setOpen({ kind: 'add-status' })}>
                Add status
              </Button>
            ) : null}
          </div>
          <div>
            <h3 id={plannedId} className="key-dates__heading">
              Planned dates
            </h3>
            <PlannedList planned={dates.planned} labelledBy={plannedId} onCancelPlan={(e) => void cancelPlan(e.id, `${e.label} on ${dayWords(e.plannedOn)}`)} />
            {pack && pack.events.length > 0 ? (
              <Button variant="secondary" className="button--small" onClick={() => setOpen({ kind: 'add-planned' })}>
                Add a planned date
              </Button>
            ) : null}
          </div>
        </div>
      ) : null}
      {dates && !pack ? (
        <p className="muted">The statuses and events you can add come from your team's rules: choose them in Settings → Timescales.</p>
      ) : null}
      {open?.kind === 'add-status' && pack ? (
        <AddStatusDialog
          caseId={caseId}
          childName={childName}
          statuses={pack.statuses}
          onAdded={(s) => done(`${s.label} added, from ${dayWords(s.startedOn)}`)}
          onCancel={() => setOpen(null)}
        />
      ) : null}
      {open?.kind === 'add-planned' && pack ? (
        <PlannedDateDialog
          caseId={caseId}
          childName={childName}
          events={pack.events}
          onAdded={(e) => done(`${e.label} planned for ${dayWords(e.plannedOn)}`)}
          onCancel={() => setOpen(null)}
        />
      ) : null}
      {open?.kind === 'end' || open?.kind === 'correct' ? (
        <StatusDatesDialog
          mode={open.kind}
          status={open.status}
          hasPermanence={permanenceOf(open.status)}
          onSaved={(s) => done(open.kind === 'end' ? `${s.label} ended ${dayWords(s.endedOn ?? '')}` : `${s.label} corrected`, statusRowId(s.id))}
          onCancel={() => setOpen(null)}
        />
      ) : null}
    </section>
  );
}
