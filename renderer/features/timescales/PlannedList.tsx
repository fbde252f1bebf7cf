import type { PlannedEvent } from '../../../preload/contract/timescales';
import { Button } from '../../ui/Button';
import { dayWords } from '../due/due-dates';

interface PlannedListProps {
  planned: readonly PlannedEvent[];
  labelledBy: string;
  onCancelPlan: (event: PlannedEvent) => void;
}

export const plannedRowId = (plannedEventId: string) => `planned-event-${plannedEventId}`;

/** Dates booked for this child ("Review conference planned for …"); a cancelled one stays listed as such. */
export function PlannedList({ planned, labelledBy, onCancelPlan }: PlannedListProps) {
  if (planned.length === 0) return <p className="muted">Nothing planned.</p>;
  return (
    <ul className="key-dates-list" aria-labelledby={labelledBy}>
      {planned.map((event) => {
        const words = `${event.label} planned for ${dayWords(event.plannedOn)}`;
        return (
          <li key={event.id} id={plannedRowId(event.id)} className="key-dates-list__item" tabIndex={-1}>
            <p className="key-dates-list__text">
              {event.cancelled ? <s>{words}</s> : words}
              {event.cancelled ? <span className="key-dates-list__note"> · cancelled</span> : null}
            </p>
            {event.cancelled ? null : (
              <div className="key-dates-list__actions">
                <Button variant="secondary" className="button--small" onClick={() => onCancelPlan(event)}>
                  Cancel this date<span className="visually-hidden"> ({words})</span>
                </Button>
              </div>
            )}
          </li>
        );
      })}
    </ul>
  );
}
