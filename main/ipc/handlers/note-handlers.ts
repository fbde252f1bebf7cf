import type { Handlers } from '../dispatcher';
import type { CoreContext } from '../core-context';
import { AppError } from '../../shared/app-error';

type NoteChannels = 'listNotes' | 'saveNote' | 'amendNote' | 'getNoteHistory' | 'listInbox' | 'fileNote';

const caseIdsOf = (note: { children: ReadonlyArray<{ caseId: string }> }) => note.children.map((c) => c.caseId);

/** Saving, amending and filing a note each land with their audit entry in one transaction. */
export function noteHandlers(ctx: CoreContext): Pick<Handlers, NoteChannels> {
  const repos = () => ctx.session.repositories();
  return {
    listNotes: ({ caseId, ...filter }) => {
      const { cases, notes, audit } = repos();
      if (!cases.exists(caseId)) throw new AppError('NOT_FOUND', 'That case could not be found.');
      // Opened from the case list, the case page already has the summary and never calls getCase: the
      // timeline loading is when the child's notes are read, so that is recorded as the opening too.
      const listed = notes.listForCase(caseId, filter);
      audit.recordCaseOpened(caseId);
      return listed;
    },
    saveNote: ({ id, body, structure }) => {
      const r = repos();
      return r.atomically(() => {
        // A retried save of a note already saved answers the same note and records nothing new.
        const retry = r.notes.exists(id);
        const fromDraft = r.drafts.caseOf(id) !== undefined;
        const note = r.notes.save(id, body, structure, ctx.session.now());
        if (!retry) r.audit.record({ action: fromDraft ? 'note-finalised' : 'note-created', cases: caseIdsOf(note), detail: { noteId: id } });
        return note;
      });
    },
    amendNote: ({ noteId, body, reason, structure }) => {
      const r = repos();
      return r.atomically(() => {
        const before = caseIdsOf(r.notes.get(noteId));
        const note = r.notes.amend(noteId, body, reason, structure, ctx.session.now());
        // Both the children it was about and those it is about now: each child's record shows the change.
        r.audit.record({ action: 'note-amended', cases: [...before, ...caseIdsOf(note)], detail: { noteId } });
        return note;
      });
    },
    getNoteHistory: ({ noteId }) => repos().notes.history(noteId),
    listInbox: () => repos().notes.listInbox(),
    fileNote: ({ noteId, caseIds }) => {
      const r = repos();
      return r.atomically(() => {
        const note = r.notes.file(noteId, caseIds);
        r.audit.record({ action: 'note-filed', cases: caseIds, detail: { noteId } });
        return note;
      });
    },
  };
}
