import type { Handlers } from '../dispatcher';
import type { CoreContext } from '../core-context';

const FILTERS = ['caseId', 'contactType', 'from', 'to'] as const;

/** Search: the request was validated at the boundary; the query text is never logged or recorded. */
export function searchHandlers(ctx: CoreContext): Pick<Handlers, 'search'> {
  return {
    search: (request) => {
      const r = ctx.session.repositories();
      const results = r.search.search(request);
      // The audit records that a search happened, which filters it used and how much it found: not the words.
      r.audit.recordSearch(
        request.caseId ?? null,
        FILTERS.filter((f) => request[f] !== undefined),
        results.notes.length + results.cases.length + results.people.length,
      );
      return results;
    },
  };
}
