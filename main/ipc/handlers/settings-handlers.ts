import type { Handlers } from '../dispatcher';
import type { CoreContext } from '../core-context';

export function settingsHandlers(ctx: CoreContext): Pick<Handlers, 'getSettings' | 'updateSettings'> {
  return {
    getSettings: () => ({ autoLockMinutes: ctx.settings.read().autoLockMinutes }),
    updateSettings: ({ autoLockMinutes }) => {
      const before = ctx.settings.read().autoLockMinutes;
      ctx.settings.write({ autoLockMinutes });
      if (ctx.session.profile) {
        // The new timeout applies at once, not from the next unlock.
        ctx.idle.start(autoLockMinutes);
        if (before !== autoLockMinutes) {
          ctx.session.repositories().audit.record({ action: 'settings-changed', detail: { changed: ['auto-lock time'] } });
        }
      }
      return { autoLockMinutes: ctx.settings.read().autoLockMinutes };
    },
  };
}
