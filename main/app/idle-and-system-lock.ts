/**
 * Locks the store when the computer is locked, goes to sleep, or (macOS) the user session is switched
 * away. The idle timer itself lives in the core (the renderer reports activity).
 */
import { powerMonitor } from 'electron';
import type { Core } from '../ipc/core';

export function lockOnSystemEvents(core: Pick<Core, 'lock'>): () => void {
  const lock = (): void => core.lock('system');
  powerMonitor.on('lock-screen', lock);
  powerMonitor.on('suspend', lock);
  powerMonitor.on('user-did-resign-active', lock);
  return () => {
    powerMonitor.removeListener('lock-screen', lock);
    powerMonitor.removeListener('suspend', lock);
    powerMonitor.removeListener('user-did-resign-active', lock);
  };
}
