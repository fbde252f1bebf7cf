import type { Handlers } from '../dispatcher';
import type { CoreContext } from '../core-context';
import { AppError } from '../../shared/app-error';

// Placeholder until main/search lands (issue 3, in progress): answers a clear error, never a fake result.
export function searchHandlers(ctx: CoreContext): Pick<Handlers, 'search'> {
  return {
    search: () => {
      ctx.session.repositories();
      throw new AppError('INTERNAL', 'Search is not available in this version yet.');
    },
  };
}
