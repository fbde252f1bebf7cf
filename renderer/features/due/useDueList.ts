import { useCallback } from 'react';
import { call } from '../../api';
import { useLoad } from '../../lib/useLoad';
import { useStatus } from '../../ui/useStatus';
import { useDecisions } from './useDecisions';

/**
 * A list of what is due (the caseload's, or one child's with `caseId`) with its decision dialog:
 * after a decision, or anything else passed to `changed`, the list reloads, `onChanged` is told (the
 * nav's overdue count) and the message is announced in `status`. Main computes everything (states,
 * dates, the evidence in words); the list is asked for again only when something may have changed:
 * `refreshKey` (a note was saved on the page) or a decision. The last answer stays on screen while
 * reloading, so rows (and focus) do not vanish and come back.
 */
export function useDueList(caseId: string | null, onChanged: () => void, refreshKey = 0) {
  const { load, reload } = useLoad(() => call('getDue', caseId === null ? {} : { caseId }), [caseId, refreshKey]);
  const { status, announce } = useStatus();
  const overview = load.state === 'loaded' ? load.value : null;
  const changed = useCallback(
    (message: string) => {
      reload();
      onChanged();
      announce(message);
    },
    [reload, onChanged, announce],
  );
  const { decide, dialog } = useDecisions({ today: overview?.today ?? null, onDecided: changed, shown: overview });
  return { load, overview, reload, changed, status, decide, dialog };
}
