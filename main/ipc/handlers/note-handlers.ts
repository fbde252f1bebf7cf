import type { Handlers } from '../dispatcher';
import type { CoreContext } from '../core-context';
import { AppError } from '../../shared/app-error';

type NoteChannels = 'listNotes' | 'saveNote' | 'amendNote' | 'getNoteHistory' | 'listInbox' | 'fileNote';

export function noteHandlers(ctx: CoreContext): Pick<Handlers, NoteChannels> {
  const notes = () => ctx.session.repositories().notes;
  return {
    listNotes: ({ caseId, ...filter }) => {
      const { cases } = ctx.session.repositories();
      if (!cases.exists(caseId)) throw new AppError('NOT_FOUND', 'That case could not be found.');
      return notes().listForCase(caseId, filter);
    },
    saveNote: ({ id, body, structure }) => notes().save(id, body, structure, ctx.session.now()),
    amendNote: ({ noteId, body, reason, structure }) => notes().amend(noteId, body, reason, structure, ctx.session.now()),
    getNoteHistory: ({ noteId }) => notes().history(noteId),
    listInbox: () => notes().listInbox(),
    fileNote: ({ noteId, caseIds }) => notes().file(noteId, caseIds),
  };
}
