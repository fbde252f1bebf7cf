/**
 * "Due for <child>" on the case page: the same reminders as the Due view, for this child only, in one
 * compact list (the state tag on each says where it stands); "Open the note" brings a reminder's
 * evidence into view in the timeline below. Reloads when a note is saved on the page,
 * since a visit note can meet a reminder, and when the key dates below change.
 */
import '../due/due.css';
import { useId } from 'react';
import { LiveStatus } from '../../ui/LiveStatus';
import { LoadFailed } from '../../ui/LoadFailed';
import { DueItemRow } from '../due/DueItemRow';
import { PackLine } from '../due/PackLine';
import { useDueList } from '../due/useDueList';

interface CaseDuePanelProps {
  caseId: string;
  childName: string;
  refreshKey: number;
  onChanged: () => void;
  onOpenNote: (noteId: string) => void;
}

export function CaseDuePanel({ caseId, childName, refreshKey, onChanged, onOpenNote }: CaseDuePanelProps) {
  const headingId = useId();
  const { load, overview, reload, status, decide, dialog } = useDueList(caseId, onChanged, refreshKey);

  return (
    <section className="section due-panel" aria-labelledby={headingId}>
      <h2 id={headingId} className="section-heading">
        Due for {childName}
      </h2>
      <LiveStatus status={status} className="status--inline" />
      {load.state === 'failed' ? <LoadFailed message={load.message} onRetry={reload} /> : null}
      {overview && overview.pack === null ? (
        <p className="muted">No rule pack is in use, so nothing is worked out as due. Your team chooses its rules in Settings → Timescales.</p>
      ) : null}
      {overview?.pack ? (
        <>
          <PackLine pack={overview.pack} />
          {overview.items.length === 0 ? (
            <p className="muted">Nothing due, overdue or recently met for {childName}.</p>
          ) : (
            <ul className="due-list due-list--compact" aria-labelledby={headingId}>
              {overview.items.map((item) => (
                <DueItemRow key={item.key} item={item} today={overview.today} onDecide={decide} onOpenNote={onOpenNote} />
              ))}
            </ul>
          )}
        </>
      ) : null}
      {dialog}
    </section>
  );
}
