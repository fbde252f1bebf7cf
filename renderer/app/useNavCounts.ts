import { useCallback, useState } from 'react';
import { call } from '../api';
import { useAnswer } from '../lib/useAnswer';
import { overdueCount } from '../features/due/due-groups';

export interface NavCounts {
  /** Notes waiting to be filed; null until known. */
  inbox: number | null;
  /** Notes started and not saved. */
  drafts: number | null;
  /** Reminders past their date across the caseload; null until known (or before a rule pack is in use). */
  overdue: number | null;
  refresh: () => void;
}

type Counts = Omit<NavCounts, 'refresh'>;

/** The counts on the Due, Inbox and Drafts nav items, reloaded whenever something may have changed them. */
export function useNavCounts(): NavCounts {
  const [counts, setCounts] = useState<Counts>({ inbox: null, drafts: null, overdue: null });
  const [serial, setSerial] = useState(0);

  useAnswer(
    () => Promise.all([call('listInbox', {}), call('listDrafts', {}), call('getDue', {})]),
    ([inbox, drafts, due]) =>
      setCounts({
        inbox: inbox.ok ? inbox.value.length : null,
        drafts: drafts.ok ? drafts.value.length : null,
        overdue: due.ok ? overdueCount(due.value.items) : null,
      }),
    [serial],
  );

  const refresh = useCallback(() => setSerial((s) => s + 1), []);
  return { ...counts, refresh };
}
