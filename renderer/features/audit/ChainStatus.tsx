import type { AuditVerification } from '../../../preload/contract/trust';

interface ChainStatusProps {
  intact: boolean;
  /** The first problem found, when known (the record of access asks for it only when not intact). */
  problem: AuditVerification['problem'];
}

/**
 * Whether the audit chain verified, in words nobody can misread: a plain confirmation when intact, a
 * warning (announced) with the first problem and what to do when not.
 */
export function ChainStatus({ intact, problem }: ChainStatusProps) {
  if (intact) {
    return (
      <p className="audit-status">
        <strong>Audit log verified: intact</strong>
      </p>
    );
  }
  return (
    <div className="audit-warning" role="alert">
      <p className="audit-warning__title">Audit log verification failed</p>
      {problem ? <p className="body">{problem.message}</p> : null}
      <p className="body">
        Entries may have been changed, removed or reordered outside Casework, so this record may not be complete. Tell your team manager or IT.
      </p>
    </div>
  );
}
