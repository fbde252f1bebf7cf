/**
 * Conference packs for a child's family: the packs started (any child of the family), "Start a new
 * pack", and this child's export register.
 */
import { useState } from 'react';
import { call } from '../../api';
import { allOk, useLoad } from '../../lib/useLoad';
import { Button } from '../../ui/Button';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { PageHeading } from '../../ui/PageHeading';
import { ExportRegisterTable } from './ExportRegisterTable';
import { NewPackForm } from './NewPackForm';
import { PacksTable } from './PacksTable';

interface PackListPageProps {
  caseId: string;
  onBack: () => void;
  onOpenPack: (packId: string) => void;
}

export function PackListPage({ caseId, onBack, onOpenPack }: PackListPageProps) {
  const [starting, setStarting] = useState(false);
  const { load } = useLoad(
    () => allOk([call('getFamily', { caseId }), call('listPacks', { caseId }), call('listExports', { caseId })]),
    [caseId],
  );
  const loaded = load.state === 'loaded' ? { family: load.value[0].children, packs: load.value[1], exports: load.value[2] } : null;

  const child = loaded?.family[0];
  return (
    <>
      <Button variant="link" className="back-link" onClick={onBack}>
        Back to {child ? `${child.childName}'s case` : 'the case'}
      </Button>
      <PageHeading documentTitle="Conference packs" caption={child?.childName}>
        Conference packs
      </PageHeading>
      {load.state === 'failed' ? <ErrorSummary errors={[{ message: load.message }]} moveFocus={false} /> : null}
      {load.state === 'loading' ? <p className="body muted">Loading…</p> : null}
      {loaded ? (
        <>
          {starting ? (
            <NewPackForm caseId={caseId} family={loaded.family} onDrafted={onOpenPack} onCancel={() => setStarting(false)} />
          ) : (
            <div className="button-group">
              <Button onClick={() => setStarting(true)}>Start a new pack</Button>
            </div>
          )}
          <section className="section" aria-labelledby="packs-heading">
            <h2 id="packs-heading" className="section-heading">
              Packs for {loaded.family.map((c) => c.childName).join(', ')}
            </h2>
            <PacksTable packs={loaded.packs} onOpen={onOpenPack} />
          </section>
          <section className="section" aria-labelledby="export-register-heading">
            <h2 id="export-register-heading" className="section-heading">
              Export register for {child?.childName}
            </h2>
            <ExportRegisterTable exports={loaded.exports} />
          </section>
        </>
      ) : null}
    </>
  );
}
