/**
 * The quick note (Ctrl/Cmd+Shift+N from any screen): a thought written down in seconds, over whatever
 * is open. No child is linked unless typed with @; unlinked notes go to the inbox to be filed later.
 * Ctrl/Cmd+Enter saves and closes; Escape closes and keeps what was typed as a draft (never "are you
 * sure?"): the draft comes back the next time the quick note opens, and is listed in the Inbox.
 */
import { useRef, useState } from 'react';
import type { Note } from '../../../preload/contract/channels';
import { Button } from '../../ui/Button';
import { Modal } from '../../ui/Modal';
import { flushAllDrafts } from '../drafts/draft-flush';
import { Composer } from './Composer';
import type { ComposerPlace } from './useComposerDraft';

const QUICK_PLACE: ComposerPlace = { caseId: null, defaultChildIds: [] };
const TITLE_ID = 'quick-note-title';

export function savedWhere(note: Note): string {
  return note.children.length === 0 ? 'Saved to inbox' : 'Saved';
}

interface QuickCaptureDialogProps {
  /** Continue this quick-note draft; otherwise the most recent one comes back. */
  draftId: string | null;
  onSaved: (note: Note) => void;
  /** Closed without saving; `kept` says whether a draft holds what was typed. */
  onClosed: (kept: boolean) => void;
  onDraftsChanged: () => void;
}

export function QuickCaptureDialog({ draftId, onSaved, onClosed, onDraftsChanged }: QuickCaptureDialogProps) {
  const [hasDraft, setHasDraft] = useState(false);
  const closing = useRef(false);

  const keep = async () => {
    if (closing.current) return;
    closing.current = true;
    await flushAllDrafts();
    onClosed(hasDraft);
  };

  return (
    <Modal labelledBy={TITLE_ID} onEscape={() => void keep()} className="modal--note">
      <div className="modal__header">
        <h2 id={TITLE_ID} className="modal__title">
          Quick note
        </h2>
        <p className="modal__intro">
          Goes to your inbox unless you link a child with @. <kbd>Esc</kbd> keeps it as a draft.
        </p>
      </div>
      <Composer
        idPrefix="quick-note"
        place={QUICK_PLACE}
        draftId={draftId}
        rows={6}
        savedMessage={savedWhere}
        onSaved={(note) => {
          closing.current = true;
          onSaved(note);
        }}
        onDraftsChanged={onDraftsChanged}
        onHasDraftChange={setHasDraft}
        extraActions={
          <Button variant="secondary" onClick={() => void keep()}>
            Keep as draft and close
          </Button>
        }
      />
    </Modal>
  );
}
