/**
 * A child's record of access: everything done with their records in this profile (created, opened,
 * notes saved and amended, searches narrowed to them, exports), who did it and when, oldest first. A
 * manager or auditor reads or prints it; it says whether the audit chain verified and gives the head
 * hash to compare with an export's metadata. The print shows this record only, none of the app around it.
 */
import { useState } from 'react';
import { Button } from '../../ui/Button';
import { LoadFailed } from '../../ui/LoadFailed';
import { PageHeading } from '../../ui/PageHeading';
import { SummaryList } from '../../ui/SummaryList';
import { formatAuditTime } from './audit-time';
import { AccessRecordTable } from './AccessRecordTable';
import { ChainStatus } from './ChainStatus';
import { HeadHash } from './HeadHash';
import { useAccessRecord } from './useAccessRecord';

export interface AccessRecordPageProps {
  caseId: string;
  /** Who is viewing (and so printing) the record: named on the printout. */
  practitionerName: string;
  onBack: () => void;
}

const count = (n: number) => `${n} ${n === 1 ? 'entry' : 'entries'}`;

export function AccessRecordPage({ caseId, practitionerName, onBack }: AccessRecordPageProps) {
  const { load, retry } = useAccessRecord(caseId);
  const [openedAt] = useState(() => new Date().toISOString());
  const record = load.state === 'loaded' ? load.value.record : null;

  return (
    <div className="print-area access-record">
      <Button variant="link" className="back-link print-hide" onClick={onBack}>
        Back to the case
      </Button>
      {/* The window title stays generic: it can show in the taskbar and when sharing a screen. */}
      <PageHeading documentTitle="Record of access" caption={record?.childName}>
        Record of access
      </PageHeading>
      {load.state === 'loading' ? <p className="body muted">Loading the record of access…</p> : null}
      {load.state === 'failed' ? <LoadFailed message={load.message} onRetry={retry} /> : null}
      {load.state === 'loaded' && record ? (
        <>
          <p className="body">
            Everything done with {record.childName}’s records in this profile, oldest first: who did it and when. Note text and search words are
            never recorded.
          </p>
          <ChainStatus intact={record.chainIntact} problem={load.value.problem} />
          <SummaryList
            rows={[
              { key: 'Head hash (SHA-256)', value: <HeadHash hash={record.headHash} /> },
              { key: 'Produced', value: `${formatAuditTime(openedAt)} by ${practitionerName}` },
            ]}
          />
          <div className="button-group print-hide">
            <Button variant="secondary" onClick={() => window.print()}>
              Print
            </Button>
          </div>
          {record.entries.length > 0 ? (
            <AccessRecordTable entries={record.entries} caption={`Record of access for ${record.childName}: ${count(record.entries.length)}, oldest first`} />
          ) : (
            <p className="body">Nothing has been recorded for {record.childName} yet.</p>
          )}
        </>
      ) : null}
    </div>
  );
}
