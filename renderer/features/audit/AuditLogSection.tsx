/**
 * Settings → "Audit log": walks the whole hash chain on request and says whether any entry was
 * changed, removed or reordered — with the entry count and head hash when intact, or the first
 * problem and its entry number when not.
 */
import { useState } from 'react';
import type { AuditVerification } from '../../../preload/contract/trust';
import { call } from '../../api';
import { Button } from '../../ui/Button';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { LiveStatus } from '../../ui/LiveStatus';
import { SummaryList } from '../../ui/SummaryList';
import { useStatus } from '../../ui/useStatus';
import { ChainStatus } from './ChainStatus';
import { HeadHash } from './HeadHash';

export function AuditLogSection() {
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<AuditVerification | null>(null);
  const [error, setError] = useState<string | null>(null);
  const { status, announce, clear } = useStatus();

  const verify = async () => {
    if (busy) return;
    setBusy(true);
    setResult(null);
    setError(null);
    announce('Verifying the audit log…');
    const answer = await call('verifyAuditLog', {});
    setBusy(false);
    if (!answer.ok) {
      clear();
      setError(answer.error.message);
      return;
    }
    setResult(answer.value);
    // A failure is announced by the warning itself (role="alert"); success is said here.
    if (answer.value.intact) announce(`Audit log verified: intact, ${answer.value.entries} ${answer.value.entries === 1 ? 'entry' : 'entries'}`);
    else clear();
  };

  return (
    <section className="section" aria-labelledby="audit-log-heading">
      <h2 id="audit-log-heading" className="section-heading">
        Audit log
      </h2>
      <p className="body">
        Casework records what is done with your records — unlocking, opening cases, saving notes, searches and exports — never note text or search
        words. Each entry is chained to the one before, so a change, removal or reordering shows when the log is verified.
      </p>
      {error ? <ErrorSummary errors={[{ message: error }]} moveFocus={false} /> : null}
      <div className="composer__actions">
        <Button variant="secondary" unavailable={busy} onClick={() => void verify()}>
          Verify audit log
        </Button>
        <LiveStatus status={status} tone={busy ? 'busy' : 'success'} className="status--inline" />
      </div>
      {result ? <VerificationResult result={result} /> : null}
    </section>
  );
}

function VerificationResult({ result }: { result: AuditVerification }) {
  const rows = result.problem
    ? [
        { key: 'First problem', value: `Entry ${result.problem.seq}` },
        { key: 'Entries verified before it', value: String(result.entries) },
      ]
    : [{ key: 'Entries', value: String(result.entries) }];
  return (
    <div className="audit-result">
      {result.intact ? null : <ChainStatus intact={false} problem={result.problem} />}
      <SummaryList rows={[...rows, { key: 'Head hash (SHA-256)', value: <HeadHash hash={result.headHash} /> }]} />
    </div>
  );
}
