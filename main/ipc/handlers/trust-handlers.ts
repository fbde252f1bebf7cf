import type { Handlers } from '../dispatcher';
import type { CoreContext } from '../core-context';
import { AppError } from '../../shared/app-error';

type TrustChannels = 'verifyAuditLog' | 'getCaseAccessRecord' | 'listBackups' | 'backUpNow' | 'restoreBackup';

/** The audit log's checks and views, and the store's backups. */
export function trustHandlers(ctx: CoreContext): Pick<Handlers, TrustChannels> {
  return {
    verifyAuditLog: () => ctx.session.repositories().audit.verify(),
    getCaseAccessRecord: ({ caseId }) => {
      const { audit, cases } = ctx.session.repositories();
      if (!cases.exists(caseId)) throw new AppError('NOT_FOUND', 'That case could not be found.');
      const verification = audit.verifySinceLastCheck();
      return {
        caseId,
        childName: cases.get(caseId).childName,
        entries: audit.forCase(caseId),
        chainIntact: verification.intact,
        headHash: verification.headHash,
      };
    },
    listBackups: ({ profileId }) => ctx.session.listBackups(profileId),
    backUpNow: () => ctx.session.backUpNow(),
    restoreBackup: async ({ profileId, passphrase, backupId }) => {
      await ctx.session.restoreBackup(profileId, passphrase, backupId);
      ctx.settings.write({ lastProfileId: profileId });
      ctx.idle.start(ctx.settings.read().autoLockMinutes);
      return ctx.sessionInfo();
    },
  };
}
