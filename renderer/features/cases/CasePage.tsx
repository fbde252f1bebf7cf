import { useCallback, useEffect, useState } from 'react';
import type { CaseSummary, Note } from '../../../preload/contract/channels';
import { call } from '../../api';
import { ageInYears, formatCalendarDate } from '../../lib/dates';
import { NoteComposer } from '../notes/NoteComposer';
import { NoteList } from '../notes/NoteList';
import { Button } from '../../ui/Button';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { PageHeading } from '../../ui/PageHeading';
import { NotRecorded, SummaryList } from '../../ui/SummaryList';

interface CasePageProps {
  initialSummary: CaseSummary;
  onBack: () => void;
}

type Load = { state: 'loading' } | { state: 'failed'; message: string } | { state: 'loaded'; notes: Note[] };

function dateOfBirthText(dateOfBirth: string | null) {
  if (!dateOfBirth) return <NotRecorded />;
  const age = ageInYears(dateOfBirth);
  return `${formatCalendarDate(dateOfBirth)}${age === null ? '' : ` (age ${age})`}`;
}

/** One child's case: key facts, the note box (focused on open) and the notes, newest first. */
export function CasePage({ initialSummary, onBack }: CasePageProps) {
  const summary = initialSummary;
  const [load, setLoad] = useState<Load>({ state: 'loading' });

  const fetchNotes = useCallback(async () => {
    const result = await call('listNotes', { caseId: summary.id });
    setLoad(result.ok ? { state: 'loaded', notes: result.value } : { state: 'failed', message: result.error.message });
  }, [summary.id]);

  useEffect(() => {
    void fetchNotes();
  }, [fetchNotes]);

  const onSaved = useCallback((note: Note) => {
    setLoad((current) => {
      const existing = current.state === 'loaded' ? current.notes.filter((n) => n.id !== note.id) : [];
      return { state: 'loaded', notes: [note, ...existing] };
    });
  }, []);

  const onConflict = useCallback(() => void fetchNotes(), [fetchNotes]);

  return (
    <>
      <Button variant="link" className="back-link" onClick={onBack}>
        Back to cases
      </Button>
      {/* The window title stays generic: it can show in the taskbar and when sharing a screen. */}
      <PageHeading documentTitle="Case" focusOnOpen={false}>
        {summary.childName}
      </PageHeading>
      <SummaryList
        rows={[
          { key: 'Date of birth', value: dateOfBirthText(summary.dateOfBirth) },
          { key: 'Case reference', value: summary.caseReference ?? <NotRecorded /> },
        ]}
      />
      <NoteComposer caseId={summary.id} onSaved={onSaved} onConflict={onConflict} />
      <section className="section" aria-labelledby="notes-heading">
        <h2 id="notes-heading" className="section-heading">
          Notes
        </h2>
        {load.state === 'loading' ? <p className="body muted">Loading notes…</p> : null}
        {load.state === 'failed' ? (
          <>
            <ErrorSummary errors={[{ message: load.message }]} moveFocus={false} />
            <Button variant="secondary" onClick={() => void fetchNotes()}>
              Try again
            </Button>
          </>
        ) : null}
        {load.state === 'loaded' ? <NoteList notes={load.notes} labelledBy="notes-heading" /> : null}
      </section>
    </>
  );
}
