import type { Handlers } from '../dispatcher';
import type { CoreContext } from '../core-context';

export function draftHandlers(ctx: CoreContext): Pick<Handlers, 'saveDraft' | 'listDrafts' | 'discardDraft'> {
  const drafts = () => ctx.session.repositories().drafts;
  return {
    saveDraft: ({ id, caseId, body, state }) => drafts().save(id, caseId, body, state, ctx.session.now()),
    listDrafts: ({ caseId }) => drafts().list(caseId),
    discardDraft: ({ id }) => {
      const r = ctx.session.repositories();
      r.atomically(() => {
        const caseId = r.drafts.caseOf(id);
        if (caseId === undefined) return; // already gone: nothing was discarded
        r.drafts.discard(id);
        r.audit.record({ action: 'draft-discarded', cases: caseId ? [caseId] : [], detail: { draftId: id } });
      });
      return null;
    },
  };
}
