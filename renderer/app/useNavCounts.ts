import { useCallback, useEffect, useState } from 'react';
import { call } from '../api';

export interface NavCounts {
  /** Notes waiting to be filed; null until known. */
  inbox: number | null;
  /** Notes started and not saved. */
  drafts: number | null;
  refresh: () => void;
}

/** The counts on the Inbox and Drafts nav items, reloaded whenever something may have changed them. */
export function useNavCounts(): NavCounts {
  const [counts, setCounts] = useState<{ inbox: number | null; drafts: number | null }>({ inbox: null, drafts: null });
  const [serial, setSerial] = useState(0);

  useEffect(() => {
    let cancelled = false;
    void Promise.all([call('listInbox', {}), call('listDrafts', {})]).then(([inbox, drafts]) => {
      if (cancelled) return;
      setCounts({ inbox: inbox.ok ? inbox.value.length : null, drafts: drafts.ok ? drafts.value.length : null });
    });
    return () => {
      cancelled = true;
    };
  }, [serial]);

  const refresh = useCallback(() => setSerial((s) => s + 1), []);
  return { ...counts, refresh };
}
