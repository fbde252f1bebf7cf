import type { AuditVerification, CaseAccessRecord } from '../../../preload/contract/trust';
import { call, type Envelope } from '../../api';
import { useLoad, type Load } from '../../lib/useLoad';

export interface AccessRecord {
  record: CaseAccessRecord;
  /** The first thing wrong with the audit chain, when it did not verify. */
  problem: AuditVerification['problem'];
}

export type AccessRecordLoad = Load<AccessRecord>;

/**
 * A child's record of access. When the chain did not verify, the first problem is asked for too, so
 * the warning says what is wrong (an intact chain needs no second walk of the log).
 */
export function useAccessRecord(caseId: string): { load: AccessRecordLoad; retry: () => void } {
  const { load, reload } = useLoad(async (): Promise<Envelope<AccessRecord>> => {
    const answer = await call('getCaseAccessRecord', { caseId });
    if (!answer.ok) return answer;
    const record = answer.value;
    const verification = record.chainIntact ? null : await call('verifyAuditLog', {});
    return { ok: true, value: { record, problem: verification?.ok ? verification.value.problem : null } };
  }, [caseId]);
  return { load, retry: reload };
}
