import { describe, expect, it } from 'vitest';
import type { CaseSummary, CreatedProfile } from '../../../preload/contract';
import type { Timers } from '../../../main/session/idle-lock';
import { createMemorySettings } from '../../../main/settings/settings-port';
import { PASSPHRASE, testCore } from '../support/temp-profiles';

/** Manual timers: the test decides when time passes. */
function manualTimers() {
  let now = 0;
  let pending: Array<{ at: number; fn: () => void; id: number }> = [];
  let nextId = 1;
  const timers: Timers = {
    setTimeout: (fn, ms) => {
      const id = nextId++;
      pending.push({ at: now + ms, fn, id });
      return id;
    },
    clearTimeout: (id) => {
      pending = pending.filter((p) => p.id !== id);
    },
  };
  const advance = (ms: number) => {
    now += ms;
    const due = pending.filter((p) => p.at <= now);
    pending = pending.filter((p) => p.at > now);
    due.forEach((p) => p.fn());
  };
  return { timers, advance };
}

describe('auto-lock after idle', () => {
  it('locks after the configured minutes without activity, tells the renderer, and refuses case data', async () => {
    const { timers, advance } = manualTimers();
    const t = testCore({ timers, settings: createMemorySettings({ autoLockMinutes: 10 }) });
    await t.call<CreatedProfile>('createProfile', { displayName: 'Sam', passphrase: PASSPHRASE });
    const kase = await t.call<CaseSummary>('createCase', { childName: 'Amira Khan' });

    advance(9 * 60_000);
    await t.call('reportActivity');
    advance(9 * 60_000); // 18 minutes since unlock, 9 since activity: still open
    expect(await t.call('getSession')).toMatchObject({ state: 'unlocked' });
    expect(t.events).toEqual([]);

    advance(60_000);
    expect(t.events).toEqual([{ name: 'sessionLocked', payload: { reason: 'idle' } }]);
    expect(await t.call('getSession')).toEqual({ state: 'locked' });
    expect(await t.core.dispatch('getCase', { caseId: kase.id })).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
  });

  it('a changed timeout applies at once', async () => {
    const { timers, advance } = manualTimers();
    const t = testCore({ timers });
    await t.call('createProfile', { displayName: 'Sam', passphrase: PASSPHRASE });
    await t.call('updateSettings', { autoLockMinutes: 2 });
    advance(2 * 60_000);
    expect(await t.call('getSession')).toEqual({ state: 'locked' });
  });

  it('locking by hand stops the timer and is reported once', async () => {
    const { timers, advance } = manualTimers();
    const t = testCore({ timers });
    await t.call('createProfile', { displayName: 'Sam', passphrase: PASSPHRASE });
    await t.call('lock');
    advance(60 * 60_000);
    expect(t.events).toEqual([{ name: 'sessionLocked', payload: { reason: 'user' } }]);
  });
});
