import { useEffect } from 'react';
import { call } from '../../api';

const MAX_INTERVAL_MS = 15_000;
const EVENTS = ['keydown', 'pointerdown', 'wheel'] as const;

/** How often at most activity is reported: min(15 s, a quarter of the auto-lock time). */
export function activityInterval(autoLockMinutes: number): number {
  return Math.min(MAX_INTERVAL_MS, (autoLockMinutes * 60_000) / 4);
}

/**
 * While the store is unlocked, tells the main process the practitioner is active (keyboard, pointer,
 * wheel), throttled, so the idle auto-lock timer restarts. Pass null while locked.
 */
export function useActivityReporter(autoLockMinutes: number | null): void {
  useEffect(() => {
    if (autoLockMinutes === null) return;
    const interval = activityInterval(autoLockMinutes);
    let last = Date.now();
    const onActivity = () => {
      const now = Date.now();
      if (now - last < interval) return;
      last = now;
      void call('reportActivity', {});
    };
    for (const name of EVENTS) window.addEventListener(name, onActivity, { capture: true, passive: true });
    return () => {
      for (const name of EVENTS) window.removeEventListener(name, onActivity, { capture: true });
    };
  }, [autoLockMinutes]);
}
