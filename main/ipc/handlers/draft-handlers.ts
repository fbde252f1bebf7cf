import type { Handlers } from '../dispatcher';
import type { CoreContext } from '../core-context';

export function draftHandlers(ctx: CoreContext): Pick<Handlers, 'saveDraft' | 'listDrafts' | 'discardDraft'> {
  const drafts = () => ctx.session.repositories().drafts;
  return {
    saveDraft: ({ id, caseId, body, state }) => drafts().save(id, caseId, body, state, ctx.session.now()),
    listDrafts: ({ caseId }) => drafts().list(caseId),
    discardDraft: ({ id }) => {
      drafts().discard(id);
      return null;
    },
  };
}
