import { useCallback } from 'react';
import { useStatus } from '../../ui/useStatus';
import { useDecisions } from './useDecisions';
import { useDue } from './useDue';

/**
 * A list of what is due (the caseload's, or one child's with `caseId`) with its decision dialog:
 * after a decision, or anything else passed to `changed`, the list reloads, `onChanged` is told (the
 * nav's overdue count) and the message is announced in `status`.
 */
export function useDueList(caseId: string | null, onChanged: () => void, refreshKey = 0) {
  const { load, reload } = useDue(caseId, refreshKey);
  const { status, announce } = useStatus();
  const overview = load.state === 'loaded' ? load.overview : null;
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
