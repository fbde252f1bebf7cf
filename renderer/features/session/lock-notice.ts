import type { LockReason } from '../../../preload/contract/channels';

/** What the unlock screen says about why Casework locked. */
export function lockNotice(reason: LockReason | 'answer', autoLockMinutes: number): string {
  switch (reason) {
    case 'idle':
      return `Locked after ${autoLockMinutes} ${autoLockMinutes === 1 ? 'minute' : 'minutes'} of inactivity`;
    case 'system':
      return 'Locked because the computer was locked or went to sleep';
    case 'user':
      return 'Casework is locked';
    case 'answer':
      return 'Casework is locked. Unlock to carry on';
  }
}
