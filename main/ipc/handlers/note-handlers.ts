import type { Handlers } from '../dispatcher';
import type { CoreContext } from '../core-context';
import { AppError } from '../../shared/app-error';

export function noteHandlers(ctx: CoreContext): Pick<Handlers, 'listNotes' | 'saveNote'> {
  return {
    listNotes: ({ caseId }) => {
      const { cases, notes } = ctx.session.repositories();
      if (!cases.exists(caseId)) throw new AppError('NOT_FOUND', 'That case could not be found.');
      return notes.listForCase(caseId);
    },
    saveNote: (note) => ctx.session.repositories().notes.save(note, ctx.session.now()),
  };
}
