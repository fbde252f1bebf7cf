import type { Handlers } from '../dispatcher';
import type { CoreContext } from '../core-context';

/** Search: the request was validated at the boundary; the query text is never logged. */
export function searchHandlers(ctx: CoreContext): Pick<Handlers, 'search'> {
  return {
    search: (request) => ctx.session.repositories().search.search(request),
  };
}
