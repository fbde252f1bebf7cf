import type { Handlers } from '../dispatcher';
import type { CoreContext } from '../core-context';

export function caseHandlers(ctx: CoreContext): Pick<Handlers, 'listCases' | 'createCase' | 'getCase'> {
  return {
    listCases: () => ctx.session.repositories().cases.list(),
    createCase: (input) => ctx.session.repositories().cases.create(input, ctx.session.now()),
    getCase: ({ caseId }) => ctx.session.repositories().cases.get(caseId),
  };
}
