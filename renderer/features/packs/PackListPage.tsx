/**
 * Conference packs for a child's family: the packs started (any child of the family), "Start a new
 * pack", and this child's export register.
 */
import { useEffect, useState } from 'react';
import type { ExportRecord, PackSummary } from '../../../preload/contract/packs';
import type { FamilyChild } from '../../../preload/contract/people';
import { call } from '../../api';
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

interface Loaded {
  family: FamilyChild[];
  packs: PackSummary[];
  exports: ExportRecord[];
}

export function PackListPage({ caseId, onBack, onOpenPack }: PackListPageProps) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [starting, setStarting] = useState(false);

  useEffect(() => {
    let cancelled = false;
    void Promise.all([call('getFamily', { caseId }), call('listPacks', { caseId }), call('listExports', { caseId })]).then(([family, packs, exports]) => {
      if (cancelled) return;
      if (!family.ok) setLoadError(family.error.message);
      else if (!packs.ok) setLoadError(packs.error.message);
      else if (!exports.ok) setLoadError(exports.error.message);
      else setLoaded({ family: family.value.children, packs: packs.value, exports: exports.value });
    });
    return () => {
      cancelled = true;
    };
  }, [caseId]);

  const child = loaded?.family[0];
  return (
    <>
      <Button variant="link" className="back-link" onClick={onBack}>
        Back to {child ? `${child.childName}'s case` : 'the case'}
      </Button>
      <PageHeading documentTitle="Conference packs" caption={child?.childName}>
        Conference packs
      </PageHeading>
      {loadError ? <ErrorSummary errors={[{ message: loadError }]} moveFocus={false} /> : null}
      {!loaded && !loadError ? <p className="body muted">Loading…</p> : null}
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
