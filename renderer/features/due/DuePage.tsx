/**
 * "Due": across the caseload, what the team's rules say is overdue, due soon, coming up, recently met
 * and put aside. Advice only (../shared/DOMAIN.md): nothing here blocks anything, overdue is stated
 * plainly rather than alarmed about, and every item can be put aside with a reason.
 */
import './due.css';
import { useEffect, useRef } from 'react';
import { Button } from '../../ui/Button';
import { LiveStatus } from '../../ui/LiveStatus';
import { LoadFailed } from '../../ui/LoadFailed';
import { PageHeading } from '../../ui/PageHeading';
import { requestTimescalesFocus } from '../timescales/settings-focus';
import { DueSections } from './DueSections';
import { NoPackNotice } from './NoPackNotice';
import { PackLine } from './PackLine';
import { useDueList } from './useDueList';

interface DuePageProps {
  onOpenCase: (caseId: string) => void;
  /** Opens the child's case with this note brought into view. */
  onOpenNote: (noteId: string, caseId: string) => void;
  onOpenSettings: () => void;
  /** Something changed that the nav's overdue count shows. */
  onChanged: () => void;
}

export function DuePage({ onOpenCase, onOpenNote, onOpenSettings, onChanged }: DuePageProps) {
  const { load, overview, reload, changed, status, decide, dialog } = useDueList(null, onChanged);
  // "Use the example pack" goes away once it has worked: focus moves on to what is now shown.
  const resultsRef = useRef<HTMLDivElement>(null);
  const focusResults = useRef(false);
  useEffect(() => {
    if (!focusResults.current || !overview?.pack) return;
    focusResults.current = false;
    resultsRef.current?.focus();
  }, [overview]);

  const toSettings = () => {
    requestTimescalesFocus();
    onOpenSettings();
  };

  return (
    <div className="due-page">
      <PageHeading documentTitle="Due">Due</PageHeading>
      <p className="body">
        Reminders worked out from your team's rules and what the notes already show. They are advice: nothing waits on them,
        and any of them can be snoozed or marked not applicable, with a reason.
      </p>
      <LiveStatus status={status} tone="success" />
      {load.state === 'loading' ? <p className="muted">Working out what is due…</p> : null}
      {load.state === 'failed' ? <LoadFailed message={load.message} onRetry={reload} /> : null}
      {overview && overview.pack === null ? (
        <NoPackNotice
          onOpenSettings={toSettings}
          onImported={(message) => {
            focusResults.current = true;
            changed(message);
          }}
        />
      ) : null}
      {overview?.pack ? (
        <div ref={resultsRef} tabIndex={-1} className="due-results">
          <PackLine pack={overview.pack} onOpenSettings={toSettings} />
          {overview.items.length === 0 ? (
            <p className="body due-nothing">Nothing is due, overdue or recently met under these rules.</p>
          ) : (
            <DueSections items={overview.items} today={overview.today} onOpenCase={onOpenCase} onOpenNote={onOpenNote} onDecide={decide} />
          )}
          <p className="due-refresh">
            <Button variant="secondary" className="button--small" onClick={reload}>
              Check again
            </Button>
          </p>
        </div>
      ) : null}
      {dialog}
    </div>
  );
}
