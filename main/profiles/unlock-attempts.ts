/**
 * Persisted backoff for wrong passphrases. Each guess already costs a scrypt derivation (~0.3 s); after
 * FREE_FAILURES consecutive failures the next attempt must also wait 1, 2, 4 … up to 60 seconds. The
 * count lives in the profile folder so restarting the app does not reset it.
 */
import fs from 'node:fs';
import { z } from 'zod';
import { writeFileAtomically } from '../shared/atomic-write';

export const FREE_FAILURES = 4;
export const MAX_DELAY_SECONDS = 60;
/** After this many consecutive failures the message suggests the recovery key. */
export const SUGGEST_RECOVERY_AFTER = 8;

const Attempts = z.object({
  consecutiveFailures: z.number().int().min(0),
  lastFailureAt: z.number().nullable(),
});
export type UnlockAttempts = z.infer<typeof Attempts>;

const NONE: UnlockAttempts = { consecutiveFailures: 0, lastFailureAt: null };

export function delayAfterFailures(failures: number): number {
  if (failures <= FREE_FAILURES) return 0;
  return Math.min(MAX_DELAY_SECONDS, 2 ** (failures - FREE_FAILURES - 1));
}

export function secondsUntilNextAttempt(attempts: UnlockAttempts, nowMs: number): number {
  if (attempts.lastFailureAt === null) return 0;
  const allowedAt = attempts.lastFailureAt + delayAfterFailures(attempts.consecutiveFailures) * 1000;
  return Math.max(0, Math.ceil((allowedAt - nowMs) / 1000));
}

export function readUnlockAttempts(file: string): UnlockAttempts {
  try {
    return Attempts.parse(JSON.parse(fs.readFileSync(file, 'utf8')));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { ...NONE };
    // A damaged counter must not become a way to reset the backoff: treat it as the maximum delay.
    return { consecutiveFailures: FREE_FAILURES + 7, lastFailureAt: Date.now() };
  }
}

export function recordFailedUnlock(file: string, nowMs: number): UnlockAttempts {
  const next = { consecutiveFailures: readUnlockAttempts(file).consecutiveFailures + 1, lastFailureAt: nowMs };
  writeFileAtomically(file, JSON.stringify(next));
  return next;
}

export function clearUnlockAttempts(file: string): void {
  fs.rmSync(file, { force: true });
}
