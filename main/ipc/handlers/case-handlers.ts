import type { Handlers } from '../dispatcher';
import type { CoreContext } from '../core-context';

export function caseHandlers(ctx: CoreContext): Pick<Handlers, 'listCases' | 'createCase' | 'getCase' | 'updateCase'> {
  return {
    listCases: () => ctx.session.repositories().cases.list(),
    createCase: (input) => ctx.session.repositories().cases.create(input, ctx.session.now()),
    getCase: ({ caseId }) => ctx.session.repositories().cases.get(caseId),
    updateCase: ({ caseId, ...edit }) => ctx.session.repositories().cases.update(caseId, edit),
  };
}
