import { useId } from 'react';
import type { DueItem } from '../../../preload/contract/timescales';
import type { ReminderDecision } from '../../../preload/contract/timescale-options';
import { DueItemRow } from './DueItemRow';
import { groupDueItems, type DueGroup } from './due-groups';

interface DueSectionsProps {
  items: readonly DueItem[];
  today: string;
  onOpenCase: (caseId: string) => void;
  onOpenNote: (noteId: string, caseId: string) => void;
  onDecide: (item: DueItem, decision: ReminderDecision) => void;
}

function DueSection({ group, ...rest }: Omit<DueSectionsProps, 'items'> & { group: DueGroup }) {
  const headingId = useId();
  return (
    <section className={`section due-section due-section--${group.id}`} aria-labelledby={headingId}>
      <h2 id={headingId} className="section-heading">
        {group.title} <span className="due-section__count">({group.items.length})</span>
      </h2>
      <p className="muted due-section__hint">{group.hint}</p>
      <ul className="due-list" aria-labelledby={headingId}>
        {group.items.map((item) => (
          <DueItemRow key={item.key} item={item} {...rest} />
        ))}
      </ul>
    </section>
  );
}

/** The caseload's reminders in sections (Overdue, Due soon, Coming up, Met, Put aside); empty ones are left out. */
export function DueSections({ items, ...rest }: DueSectionsProps) {
  return (
    <>
      {groupDueItems(items).map((group) => (
        <DueSection key={group.id} group={group} {...rest} />
      ))}
    </>
  );
}
