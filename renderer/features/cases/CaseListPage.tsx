import { useEffect, useRef, useState } from 'react';
import type { CaseSummary } from '../../../preload/contract/channels';
import { call } from '../../api';
import { useLoad } from '../../lib/useLoad';
import { Button } from '../../ui/Button';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { LiveStatus } from '../../ui/LiveStatus';
import { PageHeading } from '../../ui/PageHeading';
import { useStatus } from '../../ui/useStatus';
import { CasesTable, caseLinkId } from './CasesTable';
import { NewCaseForm } from './NewCaseForm';

const FORM_ID = 'new-case';

interface CaseListPageProps {
  notice: string | null;
  /** After "Back to cases", focus returns to that case's name in the table. */
  focusCaseId: string | null;
  onOpenCase: (summary: CaseSummary) => void;
}

type FormState = 'closed' | 'open' | 'opened-by-user';

/**
 * "New case" opens the form, and closes it if the practitioner opened it. A form that opened by itself
 * (an empty list) is kept open and its first field focused: a click meant to open it, landing just as
 * the list finished loading, must not hide it again.
 */
const afterNewCaseClick = (form: FormState): FormState => (form === 'opened-by-user' ? 'closed' : 'opened-by-user');

/** "Cases": the case table and the "New case" form. */
export function CaseListPage({ notice, focusCaseId, onOpenCase }: CaseListPageProps) {
  const { load, reload } = useLoad(() => call('listCases', {}), []);
  const [form, setForm] = useState<FormState>('closed');
  const toggleRef = useRef<HTMLButtonElement>(null);
  const { status } = useStatus(notice);

  // No cases yet: the form is what the page is for, so it opens by itself.
  const noCases = load.state === 'loaded' && load.value.length === 0;
  useEffect(() => {
    if (noCases) setForm((current) => (current === 'closed' ? 'open' : current));
  }, [noCases]);

  useEffect(() => {
    if (load.state === 'loaded' && focusCaseId) document.getElementById(caseLinkId(focusCaseId))?.focus();
  }, [load.state, focusCaseId]);

  const formOpen = form !== 'closed';
  const closeForm = () => {
    setForm('closed');
    toggleRef.current?.focus();
  };

  return (
    <>
      {load.state === 'failed' ? <ErrorSummary errors={[{ message: load.message }]} moveFocus={false} /> : null}
      <LiveStatus status={status} tone="success" className="notice-banner" />
      <div className="page-title-row">
        <PageHeading documentTitle="Cases" focusOnOpen={focusCaseId === null}>
          Cases
        </PageHeading>
        <Button
          ref={toggleRef}
          variant="secondary"
          aria-expanded={formOpen}
          aria-controls={formOpen ? FORM_ID : undefined}
          onClick={() => setForm(afterNewCaseClick)}
        >
          New case
        </Button>
      </div>
      {formOpen ? (
        <NewCaseForm
          id={FORM_ID}
          focusOnOpen={form === 'opened-by-user'}
          onCreated={onOpenCase}
          onCancel={closeForm}
        />
      ) : null}
      {load.state === 'loading' ? <p className="body muted">Loading cases…</p> : null}
      {load.state === 'failed' ? (
        <div className="button-group">
          <Button variant="secondary" onClick={reload}>
            Try again
          </Button>
        </div>
      ) : null}
      {load.state === 'loaded' && load.value.length === 0 ? (
        <p className="body">You have no cases yet. Add the first one with the form above.</p>
      ) : null}
      {load.state === 'loaded' && load.value.length > 0 ? <CasesTable cases={load.value} onOpen={onOpenCase} /> : null}
    </>
  );
}
