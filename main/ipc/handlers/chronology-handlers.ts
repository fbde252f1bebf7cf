import type { Handlers } from '../dispatcher';
import type { CoreContext } from '../core-context';

type ChronologyChannels = 'listChronology' | 'addChronologyEntry' | 'updateChronologyEntry' | 'removeChronologyEntry' | 'restoreChronologyEntry';

export function chronologyHandlers(ctx: CoreContext): Pick<Handlers, ChronologyChannels> {
  const chronology = () => ctx.session.repositories().chronology;
  // Note entries name who wrote the note: the practitioner whose store this is.
  const author = () => ctx.session.profile?.displayName ?? null;
  return {
    listChronology: ({ caseIds, ...options }) => chronology().list(caseIds, { ...options, author: author() }),
    addChronologyEntry: (entry) => chronology().add(entry, ctx.session.now()),
    updateChronologyEntry: ({ key, ...wording }) => chronology().update(key, wording, author(), ctx.session.now()),
    removeChronologyEntry: ({ key }) => {
      chronology().remove(key, ctx.session.now());
      return null;
    },
    restoreChronologyEntry: ({ key }) => chronology().restore(key, author(), ctx.session.now()),
  };
}
