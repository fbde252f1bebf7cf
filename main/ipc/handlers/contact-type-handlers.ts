import type { Handlers } from '../dispatcher';
import type { CoreContext } from '../core-context';

/** The team's contact types: read for the parser, timeline and filters; replaced from Settings. */
export function contactTypeHandlers(ctx: CoreContext): Pick<Handlers, 'listContactTypes' | 'saveContactTypes'> {
  return {
    listContactTypes: () => ctx.session.repositories().contactTypes.list(),
    saveContactTypes: ({ types }) => {
      const r = ctx.session.repositories();
      return r.atomically(() => {
        const saved = r.contactTypes.save(types);
        r.audit.record({ action: 'settings-changed', detail: { changed: ['contact types'] } });
        return saved;
      });
    },
  };
}
