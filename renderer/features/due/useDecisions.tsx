/**
 * The decision dialog for a list of reminders, and where focus goes afterwards. A decided item moves
 * section (Overdue → Put aside), so the button that opened the dialog is gone when it closes; focus
 * follows the item to its new place once the list has reloaded, as a keyboard user would expect.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { DueItem } from '../../../preload/contract/timescales';
import type { ReminderDecision } from '../../../preload/contract/timescale-options';
import { DecisionDialog } from './DecisionDialog';
import { dueRowSelector } from './DueItemRow';

interface Options {
  today: string | null;
  /** The list reloads; the message is announced. */
  onDecided: (message: string) => void;
  /** Changes when the list shown has reloaded (focus is moved then). */
  shown: unknown;
}

export function useDecisions({ today, onDecided, shown }: Options) {
  const [open, setOpen] = useState<{ item: DueItem; decision: ReminderDecision } | null>(null);
  const focusKey = useRef<string | null>(null);

  useEffect(() => {
    if (focusKey.current === null) return;
    const row = document.querySelector<HTMLElement>(dueRowSelector(focusKey.current));
    if (!row) return;
    focusKey.current = null;
    row.focus();
    row.scrollIntoView({ block: 'nearest' });
  }, [shown]);

  const decide = useCallback((item: DueItem, decision: ReminderDecision) => setOpen({ item, decision }), []);

  const dialog =
    open && today !== null ? (
      <DecisionDialog
        key={`${open.item.key}:${open.decision}`}
        item={open.item}
        decision={open.decision}
        today={today}
        onCancel={() => setOpen(null)}
        onDecided={(message) => {
          focusKey.current = open.item.key;
          setOpen(null);
          onDecided(message);
        }}
      />
    ) : null;

  return { decide, dialog };
}
