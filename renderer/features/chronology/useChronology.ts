import { useCallback, useEffect, useState } from 'react';
import type { ChronologyEntry } from '../../../preload/contract/chronology';
import { call } from '../../api';

export type ChronologyLoad = { state: 'loading' } | { state: 'failed'; message: string } | { state: 'loaded'; entries: ChronologyEntry[] };

export interface ChronologyQuery {
  caseIds: readonly string[];
  from: string;
  to: string;
  includeExcluded: boolean;
}

/**
 * The entries for the children and dates asked for, loaded from main, which owns the order and what
 * an entry says. A null query (the dates are being corrected) keeps what is shown.
 */
export function useChronology(query: ChronologyQuery | null) {
  const [load, setLoad] = useState<ChronologyLoad>({ state: 'loading' });
  const [serial, setSerial] = useState(0);
  // Compared by value: a new array with the same children must not reload.
  const key = query ? JSON.stringify(query) : null;

  useEffect(() => {
    if (key === null) return;
    const { caseIds, from, to, includeExcluded } = JSON.parse(key) as ChronologyQuery;
    let cancelled = false;
    void call('listChronology', {
      caseIds: [...caseIds],
      ...(from ? { from } : {}),
      ...(to ? { to } : {}),
      includeExcluded,
    }).then((result) => {
      if (cancelled) return;
      setLoad(result.ok ? { state: 'loaded', entries: result.value } : { state: 'failed', message: result.error.message });
    });
    return () => {
      cancelled = true;
    };
  }, [key, serial]);

  const reload = useCallback(() => setSerial((s) => s + 1), []);
  /** Puts main's answer in at once (the row keeps its place and focus), before the reload confirms it. */
  const replace = useCallback((entry: ChronologyEntry) => {
    setLoad((current) =>
      current.state === 'loaded' ? { state: 'loaded', entries: current.entries.map((e) => (e.key === entry.key ? entry : e)) } : current,
    );
  }, []);
  return { load, reload, replace };
}
