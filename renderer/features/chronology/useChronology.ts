import { useCallback } from 'react';
import type { ChronologyEntry } from '../../../preload/contract/chronology';
import { call } from '../../api';
import { useLoad, type Load } from '../../lib/useLoad';

export type ChronologyLoad = Load<ChronologyEntry[]>;

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
  // Compared by value: a new array with the same children must not reload.
  const key = query ? JSON.stringify(query) : null;
  const { load, reload, update } = useLoad(
    query
      ? () =>
          call('listChronology', {
            caseIds: [...query.caseIds],
            ...(query.from ? { from: query.from } : {}),
            ...(query.to ? { to: query.to } : {}),
            includeExcluded: query.includeExcluded,
          })
      : null,
    [key],
  );

  /** Puts main's answer in at once (the row keeps its place and focus), before the reload confirms it. */
  const replace = useCallback(
    (entry: ChronologyEntry) => update((entries) => entries.map((e) => (e.key === entry.key ? entry : e))),
    [update],
  );
  return { load, reload, replace };
}
