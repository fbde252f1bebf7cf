import { useCallback, useEffect, useState } from 'react';
import type { AuditVerification, CaseAccessRecord } from '../../../preload/contract/trust';
import { call } from '../../api';

export type AccessRecordLoad =
  | { state: 'loading' }
  | { state: 'failed'; message: string }
  | { state: 'loaded'; record: CaseAccessRecord; problem: AuditVerification['problem'] };

/**
 * A child's record of access. When the chain did not verify, the first problem is asked for too, so
 * the warning says what is wrong (an intact chain needs no second walk of the log).
 */
export function useAccessRecord(caseId: string): { load: AccessRecordLoad; retry: () => void } {
  const [load, setLoad] = useState<AccessRecordLoad>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let cancelled = false;
    setLoad({ state: 'loading' });
    void (async () => {
      const answer = await call('getCaseAccessRecord', { caseId });
      if (cancelled) return;
      if (!answer.ok) {
        setLoad({ state: 'failed', message: answer.error.message });
        return;
      }
      const record = answer.value;
      const verification = record.chainIntact ? null : await call('verifyAuditLog', {});
      if (cancelled) return;
      setLoad({ state: 'loaded', record, problem: verification?.ok ? verification.value.problem : null });
    })();
    return () => {
      cancelled = true;
    };
  }, [caseId, attempt]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { load, retry };
}
