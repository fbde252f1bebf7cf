import { useCallback, useEffect, useMemo, useState } from 'react';
import type { CaseSummary, Draft } from '../../../preload/contract/channels';
import { call } from '../../api';
import { useAnswer } from '../../lib/useAnswer';
import { ageInYears, formatCalendarDate } from '../../lib/dates';
import { Button } from '../../ui/Button';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { LiveStatus } from '../../ui/LiveStatus';
import { PageHeading } from '../../ui/PageHeading';
import { NotRecorded, SummaryList } from '../../ui/SummaryList';
import { useStatus } from '../../ui/useStatus';
import { useCaseDirectory } from '../capture/case-directory';
import { Composer } from '../capture/Composer';
import { DraftList } from '../drafts/DraftList';
import { flushAllDrafts } from '../drafts/draft-flush';
import { FamilyPanel } from '../people/FamilyPanel';
import { Timeline } from '../timeline/Timeline';
import { CaseTimescales } from '../timescales/CaseTimescales';
import { EditCaseSummary } from './EditCaseSummary';

interface CasePageProps {
  caseId: string;
  /** Known when opened from the case list; otherwise (search, a draft) it is loaded. */
  initialSummary: CaseSummary | null;
  /** Opened from search: the timeline brings this note into view. */
  focusNoteId: string | null;
  /** Continue this draft in the note box instead of the most recent one. */
  draftId: string | null;
  /** Changes when a note for any child was saved elsewhere (the quick note), so the timeline reloads. */
  notesVersion: number;
  onBack: () => void;
  /** Opens another child's case (a sibling in the family group). */
  onOpenCase: (caseId: string) => void;
  /** Opens this child's chronology, and the conference packs of their family. */
  onOpenChronology: () => void;
  onOpenPacks: () => void;
  /** Opens who did what with this child's records (the audit log). */
  onOpenAccessRecord: () => void;
  /** A note was saved or a draft came or went (nav counts). */
  onChanged: () => void;
}

function dateOfBirthText(dateOfBirth: string | null) {
  if (!dateOfBirth) return <NotRecorded />;
  const age = ageInYears(dateOfBirth);
  return `${formatCalendarDate(dateOfBirth)}${age === null ? '' : ` (age ${age})`}`;
}

function summaryRows(summary: CaseSummary) {
  return [
    { key: 'Child', value: summary.childName },
    { key: 'Date of birth', value: dateOfBirthText(summary.dateOfBirth) },
    { key: 'Case reference', value: summary.caseReference ?? <NotRecorded /> },
    { key: 'Legal status', value: summary.legalStatus ?? <NotRecorded /> },
    { key: 'Allocated worker', value: summary.allocatedWorker ?? <NotRecorded /> },
  ];
}

/**
 * One child's case: key facts (editable), the note box (focused on open, this child linked), this
 * child's other drafts, the family and network, and the timeline. The composer is keyed by the draft
 * it continues: choosing another draft saves the current one first, then remounts the box on it.
 */
export function CasePage(props: CasePageProps) {
  const { caseId, initialSummary, focusNoteId, draftId, notesVersion, onBack, onOpenCase, onOpenChronology, onOpenPacks, onOpenAccessRecord, onChanged } = props;
  const [summary, setSummary] = useState<CaseSummary | null>(initialSummary);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [savedCount, setSavedCount] = useState(0);
  const [current, setCurrent] = useState<{ draftId: string | null; serial: number }>({ draftId, serial: 0 });
  const [drafts, setDrafts] = useState<Draft[]>([]);
  const [activeDraftId, setActiveDraftId] = useState<string | null>(null);
  const [editingSummary, setEditingSummary] = useState(false);
  const [summaryVersion, setSummaryVersion] = useState(0);
  const { status, announce } = useStatus();
  const directory = useCaseDirectory();
  // The note the timeline brings into view: the one this page was opened on, then any the Due panel names.
  const [noteFocus, setNoteFocus] = useState({ noteId: focusNoteId, serial: 0 });
  const openNote = useCallback((noteId: string) => setNoteFocus((f) => ({ noteId, serial: f.serial + 1 })), []);

  useAnswer(
    summary ? null : () => call('getCase', { caseId }),
    (result) => {
      if (result.ok) setSummary(result.value);
      else setLoadError(result.error.message);
    },
    [caseId, summary],
  );

  const fetchDrafts = useCallback(async () => {
    const result = await call('listDrafts', { caseId });
    if (result.ok) setDrafts(result.value);
  }, [caseId]);

  useEffect(() => {
    void fetchDrafts();
  }, [fetchDrafts, current.serial]);

  const place = useMemo(() => ({ caseId, defaultChildIds: [caseId] }), [caseId]);
  const knownNames = useMemo(() => (summary ? { [caseId]: summary.childName } : {}), [caseId, summary]);

  const continueDraft = async (draft: Draft) => {
    await flushAllDrafts();
    setCurrent((c) => ({ draftId: draft.id, serial: c.serial + 1 }));
  };

  const summarySaved = (next: CaseSummary) => {
    setSummary(next);
    setEditingSummary(false);
    setSummaryVersion((v) => v + 1); // the family panel shows the child's name too
    directory.refresh(); // @mentions and chips name the child
    announce('Case summary saved');
  };

  const draftsChanged = useCallback(() => {
    void fetchDrafts();
    onChanged();
  }, [fetchDrafts, onChanged]);

  if (loadError) return <ErrorSummary errors={[{ message: loadError }]} moveFocus={false} />;
  if (!summary) return <p className="body muted">Opening the case…</p>;

  // The draft in the box is not listed again.
  const others = drafts.filter((d) => d.id !== activeDraftId);
  return (
    <>
      <Button variant="link" className="back-link" onClick={onBack}>
        Back to cases
      </Button>
      {/* The window title stays generic: it can show in the taskbar and when sharing a screen. */}
      {/* The note box takes focus; opened on a search result, the heading does (then the timeline's note). */}
      <PageHeading documentTitle="Case" focusOnOpen={focusNoteId !== null}>
        {summary.childName}
      </PageHeading>
      <LiveStatus status={status} tone="success" className="status--inline" />
      <SummaryList rows={summaryRows(summary)} />
      <div className="button-group">
        <Button variant="secondary" onClick={() => setEditingSummary(true)}>
          Edit summary
        </Button>
        <Button variant="secondary" onClick={onOpenChronology}>
          Chronology
        </Button>
        <Button variant="secondary" onClick={onOpenPacks}>
          Conference packs
        </Button>
        <Button variant="secondary" onClick={onOpenAccessRecord}>
          Record of access
        </Button>
      </div>
      {editingSummary ? <EditCaseSummary summary={summary} onSaved={summarySaved} onCancel={() => setEditingSummary(false)} /> : null}
      <Composer
        key={current.serial}
        idPrefix="case-note"
        place={place}
        knownNames={knownNames}
        draftId={current.draftId}
        savedMessage={() => 'Note saved'}
        onSaved={() => setSavedCount((n) => n + 1)}
        onDraftsChanged={draftsChanged}
        onActiveDraft={setActiveDraftId}
        autoFocus={focusNoteId === null}
      />
      {others.length > 0 ? (
        <section className="section" aria-labelledby="case-drafts-heading">
          <h2 id="case-drafts-heading" className="section-heading">
            Other drafts for {summary.childName}
          </h2>
          <DraftList
            drafts={others}
            labelledBy="case-drafts-heading"
            nameOf={directory.nameOf}
            onContinue={(draft) => void continueDraft(draft)}
            showPlace={false}
          />
        </section>
      ) : null}
      <CaseTimescales caseId={caseId} childName={summary.childName} refreshKey={savedCount + notesVersion} onChanged={onChanged} onOpenNote={openNote} />
      <FamilyPanel caseId={caseId} refreshKey={summaryVersion} onOpenCase={onOpenCase} />
      <section className="section" aria-labelledby="notes-heading">
        <h2 id="notes-heading" className="section-heading">
          Notes
        </h2>
        <Timeline
          caseId={caseId}
          refreshKey={savedCount + notesVersion}
          focusNoteId={noteFocus.noteId}
          focusSerial={noteFocus.serial}
          labelledBy="notes-heading"
        />
      </section>
    </>
  );
}
