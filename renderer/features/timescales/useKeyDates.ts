import { useCallback, useEffect, useState } from 'react';
import type { CaseStatus, PlannedEvent, RulePackSummary } from '../../../preload/contract/timescales';
import { call } from '../../api';

export interface KeyDates {
  statuses: CaseStatus[];
  planned: PlannedEvent[];
  /** The pack's statuses and events are what can be added; null before a team has chosen one. */
  pack: RulePackSummary | null;
}

export type KeyDatesLoad = { state: 'loading' } | { state: 'failed'; message: string } | { state: 'loaded'; dates: KeyDates };

/** A child's statuses and planned dates, with the pack that says which ones exist. */
export function useKeyDates(caseId: string) {
  const [load, setLoad] = useState<KeyDatesLoad>({ state: 'loading' });
  const [serial, setSerial] = useState(0);

  useEffect(() => {
    let cancelled = false;
    void Promise.all([call('listCaseStatuses', { caseId }), call('listPlannedEvents', { caseId }), call('getRulePack', {})]).then(
      ([statuses, planned, pack]) => {
        if (cancelled) return;
        const failed = [statuses, planned, pack].find((r) => !r.ok);
        if (failed && !failed.ok) setLoad({ state: 'failed', message: failed.error.message });
        else if (statuses.ok && planned.ok && pack.ok) setLoad({ state: 'loaded', dates: { statuses: statuses.value, planned: planned.value, pack: pack.value.pack } });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [caseId, serial]);

  const reload = useCallback(() => setSerial((s) => s + 1), []);
  return { load, reload };
}
