import type { Handlers } from '../dispatcher';
import type { CoreContext } from '../core-context';

export function caseHandlers(ctx: CoreContext): Pick<Handlers, 'listCases' | 'createCase' | 'getCase' | 'updateCase'> {
  const repos = () => ctx.session.repositories();
  return {
    listCases: () => repos().cases.list(),
    createCase: (input) => {
      const r = repos();
      return r.atomically(() => {
        const created = r.cases.create(input, ctx.session.now());
        r.audit.record({ action: 'case-created', cases: [created.id] });
        return created;
      });
    },
    getCase: ({ caseId }) => {
      const r = repos();
      const found = r.cases.get(caseId);
      r.audit.recordCaseOpened(caseId);
      return found;
    },
    updateCase: ({ caseId, ...edit }) => {
      const r = repos();
      return r.atomically(() => {
        const updated = r.cases.update(caseId, edit);
        r.audit.record({ action: 'case-updated', cases: [caseId] });
        return updated;
      });
    },
  };
}
