import type { Draft } from '../../../preload/contract/channels';
import { call } from '../../api';
import { useLoad } from '../../lib/useLoad';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { PageHeading } from '../../ui/PageHeading';
import { useCaseDirectory } from '../capture/case-directory';
import { DraftList } from './DraftList';

interface DraftsPageProps {
  onContinue: (draft: Draft) => void;
}

/** "Drafts": every note started and not yet saved, newest first. Nothing typed is ever lost. */
export function DraftsPage({ onContinue }: DraftsPageProps) {
  const { load } = useLoad(() => call('listDrafts', {}), []);
  const directory = useCaseDirectory();

  return (
    <>
      <PageHeading documentTitle="Drafts">Drafts</PageHeading>
      <p className="body">
        Notes you have started but not saved yet. They are kept, encrypted on this computer, until you save or
        discard them.
      </p>
      {load.state === 'loading' ? <p className="body muted">Loading drafts…</p> : null}
      {load.state === 'failed' ? <ErrorSummary errors={[{ message: load.message }]} moveFocus={false} /> : null}
      {load.state === 'loaded' && load.value.length === 0 ? <p className="body">You have no drafts.</p> : null}
      {load.state === 'loaded' && load.value.length > 0 ? (
        <section aria-labelledby="drafts-list-heading">
          <h2 id="drafts-list-heading" className="visually-hidden">
            Your drafts
          </h2>
          <DraftList drafts={load.value} labelledBy="drafts-list-heading" nameOf={directory.nameOf} onContinue={onContinue} />
        </section>
      ) : null}
    </>
  );
}
