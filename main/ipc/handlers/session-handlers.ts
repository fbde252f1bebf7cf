import type { Handlers } from '../dispatcher';
import type { CoreContext } from '../core-context';
import type { ProfileSummary } from '../../../preload/contract';

type SessionChannels =
  | 'unlock'
  | 'unlockWithRecoveryKey'
  | 'lock'
  | 'getSession'
  | 'reportActivity'
  | 'changePassphrase'
  | 'replaceRecoveryKey'
  | 'readyToClose';

export function sessionHandlers(ctx: CoreContext): Pick<Handlers, SessionChannels> {
  const unlocked = (profile: ProfileSummary) => {
    ctx.settings.write({ lastProfileId: profile.id });
    ctx.idle.start(ctx.settings.read().autoLockMinutes);
    return ctx.sessionInfo();
  };
  return {
    unlock: async ({ profileId, passphrase }) => unlocked(await ctx.session.unlock(profileId, passphrase)),
    unlockWithRecoveryKey: async ({ profileId, recoveryKey, newPassphrase }) =>
      unlocked(await ctx.session.unlockWithRecoveryKey(profileId, recoveryKey, newPassphrase)),
    lock: () => {
      ctx.lockFor('user');
      return ctx.sessionInfo();
    },
    getSession: () => ctx.sessionInfo(),
    readyToClose: () => {
      ctx.readyToClose();
      return null;
    },
    reportActivity: () => {
      if (ctx.session.profile) ctx.idle.touch();
      return null;
    },
    changePassphrase: async ({ currentPassphrase, newPassphrase }) => {
      await ctx.session.changePassphrase(currentPassphrase, newPassphrase);
      return null;
    },
    replaceRecoveryKey: async ({ currentPassphrase }) => ({
      recoveryKey: await ctx.session.replaceRecoveryKey(currentPassphrase),
    }),
  };
}
