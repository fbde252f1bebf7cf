import type { CaseStatus, PlannedEvent, RulePackSummary } from '../../../preload/contract/timescales';
import { call } from '../../api';
import { allOk, mapOk, useLoad, type Load } from '../../lib/useLoad';

export interface KeyDates {
  statuses: CaseStatus[];
  planned: PlannedEvent[];
  /** The pack's statuses and events are what can be added; null before a team has chosen one. */
  pack: RulePackSummary | null;
}

export type KeyDatesLoad = Load<KeyDates>;

/** A child's statuses and planned dates, with the pack that says which ones exist. */
export function useKeyDates(caseId: string) {
  const { load, reload } = useLoad(
    async () =>
      mapOk(await allOk([call('listCaseStatuses', { caseId }), call('listPlannedEvents', { caseId }), call('getRulePack', {})]), ([statuses, planned, rules]): KeyDates => ({
        statuses,
        planned,
        pack: rules.pack,
      })),
    [caseId],
  );
  return { load, reload };
}
