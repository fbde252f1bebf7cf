import type { CaseStatus } from '../../../preload/contract/timescales';
import { Button } from '../../ui/Button';
import { dayWords } from '../due/due-dates';

interface StatusListProps {
  statuses: readonly CaseStatus[];
  labelledBy: string;
  onEnd: (status: CaseStatus) => void;
  onCorrect: (status: CaseStatus) => void;
}

export const statusRowId = (statusId: string) => `case-status-${statusId}`;

function periodWords(status: CaseStatus): string {
  return status.endedOn === null
    ? `from ${dayWords(status.startedOn)}, continuing`
    : `from ${dayWords(status.startedOn)} to ${dayWords(status.endedOn)}`;
}

/** A child's statuses, each with its dates; one still running can be ended, any can be corrected. */
export function StatusList({ statuses, labelledBy, onEnd, onCorrect }: StatusListProps) {
  if (statuses.length === 0) return <p className="muted">No status recorded.</p>;
  return (
    <ul className="key-dates-list" aria-labelledby={labelledBy}>
      {statuses.map((status) => {
        const context = <span className="visually-hidden"> ({status.label}, {periodWords(status)})</span>;
        return (
          <li key={status.id} id={statusRowId(status.id)} className="key-dates-list__item" tabIndex={-1}>
            <p className="key-dates-list__text">
              <strong>{status.label}</strong> {periodWords(status)}
              {status.permanent ? <span className="key-dates-list__note"> · permanent placement</span> : null}
            </p>
            <div className="key-dates-list__actions">
              {status.endedOn === null ? (
                <Button variant="secondary" className="button--small" onClick={() => onEnd(status)}>
                  End…{context}
                </Button>
              ) : null}
              <Button variant="secondary" className="button--small" onClick={() => onCorrect(status)}>
                Correct…{context}
              </Button>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
