import { useCallback, useEffect, useState } from 'react';
import type { DueOverview } from '../../../preload/contract/timescales';
import { call } from '../../api';

export type DueLoad = { state: 'loading' } | { state: 'failed'; message: string } | { state: 'loaded'; overview: DueOverview };

/**
 * What is due across the caseload, or for one child. Main computes everything (states, dates, the
 * evidence in words); this only asks again when something may have changed: `refreshKey` (a note was
 * saved on the page) or reload() after a decision. The last answer stays on screen while reloading,
 * so rows (and focus) do not vanish and come back.
 */
export function useDue(caseId: string | null, refreshKey = 0) {
  const [load, setLoad] = useState<DueLoad>({ state: 'loading' });
  const [serial, setSerial] = useState(0);

  useEffect(() => {
    let cancelled = false;
    void call('getDue', caseId === null ? {} : { caseId }).then((result) => {
      if (cancelled) return;
      setLoad(result.ok ? { state: 'loaded', overview: result.value } : { state: 'failed', message: result.error.message });
    });
    return () => {
      cancelled = true;
    };
  }, [caseId, refreshKey, serial]);

  const reload = useCallback(() => setSerial((s) => s + 1), []);
  return { load, reload };
}
