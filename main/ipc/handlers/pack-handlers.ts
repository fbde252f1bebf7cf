import type { Handlers } from '../dispatcher';
import type { CoreContext } from '../core-context';
import { draftPack } from '../../packs/draft-pack';
import { exportPack } from '../../packs/export-pack';

type PackChannels = 'draftPack' | 'getPack' | 'listPacks' | 'savePack' | 'exportPack' | 'listExports';

export function packHandlers(ctx: CoreContext): Pick<Handlers, PackChannels> {
  const repos = () => ctx.session.repositories();
  return {
    draftPack: (request) => {
      const repositories = repos();
      return draftPack(repositories, request, ctx.session.profile?.displayName ?? '', ctx.session.now());
    },
    getPack: ({ packId }) => repos().packs.get(packId),
    listPacks: ({ caseId }) => repos().packs.listForCase(caseId),
    savePack: ({ packId, children }) => repos().packs.save(packId, children, ctx.session.now()),
    exportPack: (request) => exportPack(ctx, request),
    listExports: ({ caseId }) => repos().exports.listForCase(caseId),
  };
}
