/**
 * Locks the store after a period without activity. The renderer reports activity; if it stops
 * reporting (idle, or hung) the timer fires and main locks regardless, so the safe outcome never
 * depends on the renderer behaving.
 */
export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const realTimers: Timers = {
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

export class IdleLock {
  private handle: unknown = null;
  private timeoutMs = 0;

  constructor(
    private readonly onIdle: () => void,
    private readonly timers: Timers = realTimers,
  ) {}

  start(minutes: number): void {
    this.timeoutMs = Math.max(1000, Math.round(minutes * 60_000));
    this.touch();
  }

  touch(): void {
    if (this.timeoutMs === 0) return;
    this.clear();
    this.handle = this.timers.setTimeout(() => {
      this.handle = null;
      this.timeoutMs = 0;
      this.onIdle();
    }, this.timeoutMs);
  }

  stop(): void {
    this.clear();
    this.timeoutMs = 0;
  }

  private clear(): void {
    if (this.handle !== null) this.timers.clearTimeout(this.handle);
    this.handle = null;
  }
}
