/**
 * The row under the note box: Save, the draft's state ("Draft saved 14:05"), Discard draft (asks once,
 * inline: a draft is the practitioner's work and is never thrown away on one press), and the polite
 * status line that reads out "Note saved", "Draft restored" and answers given by key.
 */
import { useRef, useState, type ReactNode } from 'react';
import { modifierLabel } from '../../lib/platform';
import { Button } from '../../ui/Button';
import { LiveStatus } from '../../ui/LiveStatus';
import type { StatusMessage } from '../../ui/useStatus';
import { useFocusOnOpen } from '../../ui/useFocusOnOpen';
import type { AutosaveState } from '../drafts/useDraftAutosave';

const clock = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hour12: false });

interface ComposerActionsProps {
  idPrefix: string;
  saveLabel: string;
  saving: boolean;
  onSave: () => void;
  /** There is something to discard (text or answers). */
  hasDraft: boolean;
  onDiscard: () => Promise<void>;
  autosave: AutosaveState;
  status: StatusMessage | null;
  /** More buttons after Save (the quick note's "Keep as draft and close"). */
  extra?: ReactNode;
}

export function ComposerActions({ idPrefix, saveLabel, saving, onSave, hasDraft, onDiscard, autosave, status, extra }: ComposerActionsProps) {
  const [confirming, setConfirming] = useState(false);
  const keepRef = useRef<HTMLButtonElement>(null);
  const discardRef = useRef<HTMLButtonElement>(null);
  const questionId = `${idPrefix}-discard-question`;

  useFocusOnOpen(keepRef, confirming);

  const cancel = () => {
    setConfirming(false);
    // The trigger comes back on the next render; focus it then.
    window.setTimeout(() => discardRef.current?.focus(), 0);
  };

  return (
    <div className="composer__footer">
      <div className="composer__actions">
        <Button onClick={onSave} unavailable={saving} title={`${saveLabel} (${modifierLabel}+Enter)`}>
          {saveLabel}
        </Button>
        {extra}
        {hasDraft && !confirming ? (
          <Button ref={discardRef} variant="link" className="composer__discard" onClick={() => setConfirming(true)}>
            Discard draft
          </Button>
        ) : null}
        {hasDraft && autosave.savedAt ? (
          <span className="composer__saved muted">Draft saved {clock.format(autosave.savedAt)}</span>
        ) : null}
      </div>
      {confirming ? (
        <div className="composer__confirm" role="group" aria-labelledby={questionId}>
          <p id={questionId} className="composer__confirm-text">
            Discard this draft? It cannot be brought back.
          </p>
          <div className="button-group">
            <Button ref={keepRef} variant="secondary" onClick={cancel}>
              Keep draft
            </Button>
            <Button
              variant="warning"
              onClick={() => {
                setConfirming(false);
                void onDiscard();
              }}
            >
              Yes, discard draft
            </Button>
          </div>
        </div>
      ) : null}
      {autosave.error ? (
        <p className="composer__draft-error" role="alert">
          The draft could not be saved: {autosave.error} Your text is still here.
        </p>
      ) : null}
      <LiveStatus status={status} tone="success" className="status--inline composer__status" />
    </div>
  );
}
