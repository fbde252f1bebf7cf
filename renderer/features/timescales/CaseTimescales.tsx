/**
 * The timescale panels of a case page, in one component so the page registers them with one line:
 * what is due for the child, then the statuses and dates it is worked out from. Changing a status or a
 * planned date reloads what is due.
 */
import './timescales.css';
import { useCallback, useState } from 'react';
import { CaseDuePanel } from './CaseDuePanel';
import { KeyDatesPanel } from './KeyDatesPanel';

interface CaseTimescalesProps {
  caseId: string;
  childName: string;
  /** Changes when a note was saved (a visit can meet a reminder). */
  refreshKey: number;
  /** Nav counts (the overdue count) may have changed. */
  onChanged: () => void;
  /** A reminder's evidence: bring that note into view in the timeline below. */
  onOpenNote: (noteId: string) => void;
}

export function CaseTimescales({ caseId, childName, refreshKey, onChanged, onOpenNote }: CaseTimescalesProps) {
  const [datesVersion, setDatesVersion] = useState(0);
  const datesChanged = useCallback(() => {
    setDatesVersion((v) => v + 1);
    onChanged();
  }, [onChanged]);
  return (
    <div className="case-timescales">
      <CaseDuePanel caseId={caseId} childName={childName} refreshKey={refreshKey + datesVersion} onChanged={onChanged} onOpenNote={onOpenNote} />
      <KeyDatesPanel caseId={caseId} childName={childName} onChanged={datesChanged} />
    </div>
  );
}
