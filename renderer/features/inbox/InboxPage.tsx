/**
 * "Inbox": notes saved without a child (quick notes), newest first, each filed in a keystroke or two;
 * and quick notes still being written (drafts), to carry on with. Filing changes who a note is about;
 * its text is never touched.
 */
import { useRef } from 'react';
import type { Draft, Note } from '../../../preload/contract/channels';
import { call } from '../../api';
import { allOk, mapOk, useLoad } from '../../lib/useLoad';
import { Button } from '../../ui/Button';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { LiveStatus } from '../../ui/LiveStatus';
import { PageHeading } from '../../ui/PageHeading';
import { useStatus } from '../../ui/useStatus';
import { useCaseDirectory } from '../capture/case-directory';
import { DraftList } from '../drafts/DraftList';
import { InboxItem } from './InboxItem';
import { joinNames } from './join-names';

interface InboxPageProps {
  /** Opened from search: focus this note. */
  focusNoteId: string | null;
  /** Changes when a quick note was saved elsewhere, so the list reloads. */
  refreshKey: number;
  onContinueDraft: (draft: Draft) => void;
  /** A note was filed (the inbox count changed). */
  onFiled: () => void;
}

export function InboxPage({ focusNoteId, refreshKey, onContinueDraft, onFiled }: InboxPageProps) {
  const { load, reload, update } = useLoad(
    async () => mapOk(await allOk([call('listInbox', {}), call('listDrafts', { caseId: null })]), ([notes, drafts]) => ({ notes, drafts })),
    [refreshKey],
  );
  const { status, announce } = useStatus();
  const directory = useCaseDirectory();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const listRef = useRef<HTMLOListElement>(null);

  const file = async (note: Note, caseIds: string[]): Promise<string | null> => {
    const result = await call('fileNote', { noteId: note.id, caseIds });
    if (!result.ok) return result.error.message;
    // Focus moves to the next note's "File to…" (or the heading when none is left): the place is kept.
    const notes = load.state === 'loaded' ? load.value.notes : [];
    const position = notes.findIndex((n) => n.id === note.id);
    const nextId = (notes[position + 1] ?? notes[position - 1])?.id;
    update((shown) => ({ ...shown, notes: shown.notes.filter((n) => n.id !== note.id) }));
    window.setTimeout(() => {
      const next = nextId ? listRef.current?.querySelector<HTMLElement>(`[data-note-id="${nextId}"] .inbox-item__file`) : null;
      if (next) next.focus();
      else headingRef.current?.focus();
    }, 0);
    announce(`Filed to ${joinNames(result.value.children.map((c) => c.childName))}`);
    onFiled();
    return null;
  };

  return (
    <>
      <PageHeading documentTitle="Inbox" focusOnOpen={focusNoteId === null}>
        Inbox
      </PageHeading>
      <p className="body">Quick notes not yet filed to a child. File each one to the children it is about.</p>
      <LiveStatus status={status} tone="success" />
      {load.state === 'loading' ? <p className="body muted">Loading the inbox…</p> : null}
      {load.state === 'failed' ? (
        <>
          <ErrorSummary errors={[{ message: load.message }]} moveFocus={false} />
          <Button variant="secondary" onClick={reload}>
            Try again
          </Button>
        </>
      ) : null}
      {load.state === 'loaded' ? (
        <>
          <section className="section section--first" aria-labelledby="inbox-notes-heading">
            <h2 id="inbox-notes-heading" ref={headingRef} className="section-heading" tabIndex={-1}>
              Notes to file
            </h2>
            {load.value.notes.length === 0 ? (
              <p className="body muted">Nothing to file.</p>
            ) : (
              <ol ref={listRef} className="inbox-list" aria-labelledby="inbox-notes-heading">
                {load.value.notes.map((note) => (
                  <InboxItem key={note.id} note={note} focused={note.id === focusNoteId} onFile={file} />
                ))}
              </ol>
            )}
          </section>
          {load.value.drafts.length > 0 ? (
            <section className="section" aria-labelledby="inbox-drafts-heading">
              <h2 id="inbox-drafts-heading" className="section-heading">
                Unfinished quick notes
              </h2>
              <DraftList
                drafts={load.value.drafts}
                labelledBy="inbox-drafts-heading"
                nameOf={directory.nameOf}
                onContinue={onContinueDraft}
                showPlace={false}
              />
            </section>
          ) : null}
        </>
      ) : null}
    </>
  );
}
