import { useEffect, useState } from 'react';
import type { Draft } from '../../../preload/contract/channels';
import { call } from '../../api';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { PageHeading } from '../../ui/PageHeading';
import { useCaseDirectory } from '../capture/case-directory';
import { DraftList } from './DraftList';

type Load = { state: 'loading' } | { state: 'failed'; message: string } | { state: 'loaded'; drafts: Draft[] };

interface DraftsPageProps {
  onContinue: (draft: Draft) => void;
}

/** "Drafts": every note started and not yet saved, newest first. Nothing typed is ever lost. */
export function DraftsPage({ onContinue }: DraftsPageProps) {
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const directory = useCaseDirectory();

  useEffect(() => {
    let cancelled = false;
    void call('listDrafts', {}).then((result) => {
      if (cancelled) return;
      setLoad(result.ok ? { state: 'loaded', drafts: result.value } : { state: 'failed', message: result.error.message });
    });
    return () => {
      cancelled = true;
    };
  }, []);

  return (
    <>
      <PageHeading documentTitle="Drafts">Drafts</PageHeading>
      <p className="body">
        Notes you have started but not saved yet. They are kept, encrypted on this computer, until you save or
        discard them.
      </p>
      {load.state === 'loading' ? <p className="body muted">Loading drafts…</p> : null}
      {load.state === 'failed' ? <ErrorSummary errors={[{ message: load.message }]} moveFocus={false} /> : null}
      {load.state === 'loaded' && load.drafts.length === 0 ? <p className="body">You have no drafts.</p> : null}
      {load.state === 'loaded' && load.drafts.length > 0 ? (
        <section aria-labelledby="drafts-list-heading">
          <h2 id="drafts-list-heading" className="visually-hidden">
            Your drafts
          </h2>
          <DraftList drafts={load.drafts} labelledBy="drafts-list-heading" nameOf={directory.nameOf} onContinue={onContinue} />
        </section>
      ) : null}
    </>
  );
}
