import type { Handlers } from '../dispatcher';
import type { CoreContext } from '../core-context';

export function settingsHandlers(ctx: CoreContext): Pick<Handlers, 'getSettings' | 'updateSettings'> {
  return {
    getSettings: () => ({ autoLockMinutes: ctx.settings.read().autoLockMinutes }),
    updateSettings: ({ autoLockMinutes }) => {
      ctx.settings.write({ autoLockMinutes });
      // The new timeout applies at once, not from the next unlock.
      if (ctx.session.profile) ctx.idle.start(autoLockMinutes);
      return { autoLockMinutes: ctx.settings.read().autoLockMinutes };
    },
  };
}
