import type { Handlers } from '../dispatcher';
import type { CoreContext } from '../core-context';

export function profileHandlers(ctx: CoreContext): Pick<Handlers, 'listProfiles' | 'createProfile'> {
  return {
    listProfiles: () => ctx.profiles.list(),
    createProfile: async ({ displayName, passphrase }) => {
      const { profile, recoveryKey } = await ctx.session.createProfile(displayName, passphrase);
      ctx.settings.write({ lastProfileId: profile.id });
      ctx.idle.start(ctx.settings.read().autoLockMinutes);
      return { profile, recoveryKey, session: ctx.sessionInfo() };
    },
  };
}
