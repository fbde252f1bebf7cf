/**
 * Every version of a note, oldest first: the original text in full, then each amendment with its
 * reason and the words it changed from the version before.
 */
import './amend.css';
import { useId, useRef } from 'react';
import type { Note } from '../../../preload/contract/channels';
import { call } from '../../api';
import { formatDateTime } from '../../lib/dates';
import { useLoad } from '../../lib/useLoad';
import { Button } from '../../ui/Button';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { Modal } from '../../ui/Modal';
import { useFocusOnOpen } from '../../ui/useFocusOnOpen';
import { noteWhen } from '../timeline/note-labels';
import { DiffText } from './DiffText';
import { wordDiff } from './word-diff';

export function HistoryDialog({ note, onClose }: { note: Note; onClose: () => void }) {
  const titleId = useId();
  const { load } = useLoad(() => call('getNoteHistory', { noteId: note.id }), [note.id]);
  const closeRef = useRef<HTMLButtonElement>(null);

  useFocusOnOpen(closeRef);

  return (
    <Modal labelledBy={titleId} onEscape={onClose} className="history-dialog">
      <h2 id={titleId} className="modal__title">
        History of note from {noteWhen(note)}
      </h2>
      {load.state === 'loading' ? <p className="body muted">Loading the history…</p> : null}
      {load.state === 'failed' ? <ErrorSummary errors={[{ message: load.message }]} moveFocus={false} /> : null}
      {load.state === 'loaded' ? (
        <ol className="history-list">
          {load.value.map((version, i) => {
            const previous = load.value[i - 1];
            return (
              <li key={version.version} className="history-list__version">
                <h3 className="history-list__title">
                  {version.version === 1 ? 'Version 1 (as first saved)' : `Version ${version.version}`}
                </h3>
                <p className="history-list__meta">
                  Saved <time dateTime={version.createdAt}>{formatDateTime(version.createdAt)}</time>
                </p>
                {version.reason ? (
                  <p className="history-list__reason">
                    <strong>Reason:</strong> {version.reason}
                  </p>
                ) : null}
                {previous ? (
                  <>
                    <p className="history-list__label">Changes from version {previous.version}:</p>
                    <DiffText parts={wordDiff(previous.body, version.body)} />
                  </>
                ) : (
                  <div className="amend-diff">{version.body}</div>
                )}
              </li>
            );
          })}
        </ol>
      ) : null}
      <div className="button-group">
        <Button variant="secondary" ref={closeRef} onClick={onClose}>
          Close
        </Button>
      </div>
    </Modal>
  );
}
