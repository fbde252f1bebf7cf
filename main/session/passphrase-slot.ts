/**
 * The unlock check, shared by unlocking and by restoring a backup, so both refuse and slow down a
 * wrong passphrase the same way: the persisted backoff first, then the passphrase key slot. A wrong
 * passphrase counts towards the backoff; a right one clears the count.
 */
import { openWithPassphrase } from '../keys/profile-keys';
import { profileFile } from '../profiles/profile-layout';
import {
  clearUnlockAttempts,
  readUnlockAttempts,
  recordFailedUnlock,
  secondsUntilNextAttempt,
  SUGGEST_RECOVERY_AFTER,
} from '../profiles/unlock-attempts';
import { AppError } from '../shared/app-error';
import type { Clock } from '../shared/clock';

export interface OpenedSlot {
  dataKey: Buffer;
  /** Wrong passphrases typed before this one (recorded in the audit log's "unlocked" entry). */
  failedAttempts: number;
}

export async function openPassphraseSlot(dir: string, profileId: string, passphrase: string, clock: Clock): Promise<OpenedSlot> {
  const attemptsFile = profileFile(dir, 'unlockAttempts');
  const wait = secondsUntilNextAttempt(readUnlockAttempts(attemptsFile), clock.now());
  if (wait > 0) {
    throw new AppError(
      'TOO_MANY_ATTEMPTS',
      `Too many wrong passphrases. Wait ${wait} second${wait === 1 ? '' : 's'}, then try again.`,
      { retryAfterSeconds: wait },
    );
  }
  const dataKey = await openWithPassphrase(profileFile(dir, 'keySlots'), profileId, passphrase);
  if (!dataKey) {
    const attempts = recordFailedUnlock(attemptsFile, clock.now());
    const suggest = attempts.consecutiveFailures >= SUGGEST_RECOVERY_AFTER;
    throw new AppError(
      'WRONG_PASSPHRASE',
      suggest
        ? 'That passphrase is not right. If you have forgotten it, use your recovery key.'
        : 'That passphrase is not right. Check Caps Lock and try again.',
      suggest ? { suggestRecoveryKey: true } : {},
    );
  }
  const failedAttempts = readUnlockAttempts(attemptsFile).consecutiveFailures;
  clearUnlockAttempts(attemptsFile);
  return { dataKey, failedAttempts };
}
