/**
 * Copies the WAL back into the store when the practitioner pauses, so no save pays for it.
 * SQLite would otherwise checkpoint inside whichever commit fills the WAL (connection-pragmas.ts).
 * A PASSIVE checkpoint never waits for anyone and is harmless when there is nothing to copy; it runs
 * between requests (the main process is single-threaded), never inside one.
 */
import type { Timers } from './idle-lock';

/** How long after the last request the checkpoint runs: longer than the gap between keystroke saves. */
export const CHECKPOINT_AFTER_MS = 2_000;

/** Real timers for quiet-moment work (also the backup schedule's). */
export const quietMomentTimers: Timers = {
  setTimeout: (callback, ms) => {
    const handle = setTimeout(callback, ms);
    // Pending quiet-moment work must never keep the process (or a test runner) alive.
    handle.unref?.();
    return handle;
  },
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

export class IdleCheckpoint {
  private handle: unknown = null;

  constructor(
    private readonly checkpoint: () => void,
    private readonly timers: Timers = quietMomentTimers,
    private readonly delayMs = CHECKPOINT_AFTER_MS,
  ) {}

  /** A request was answered: (re)start the quiet period. */
  touch(): void {
    this.cancel();
    this.handle = this.timers.setTimeout(() => {
      this.handle = null;
      this.checkpoint();
    }, this.delayMs);
  }

  cancel(): void {
    if (this.handle !== null) this.timers.clearTimeout(this.handle);
    this.handle = null;
  }
}
