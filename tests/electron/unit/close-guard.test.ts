import { EventEmitter } from 'node:events';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { BrowserWindow } from 'electron';
import { FLUSH_TIMEOUT_MS, guardCloseForDraftSave } from '../../../main/app/close-guard';

/** Just enough of a BrowserWindow: 'close' can be prevented, otherwise the window is gone. */
class Window extends EventEmitter {
  destroyed = false;
  isDestroyed() {
    return this.destroyed;
  }
  close() {
    let prevented = false;
    this.emit('close', { preventDefault: () => (prevented = true) });
    if (!prevented) this.destroyed = true;
  }
}

afterEach(() => vi.useRealTimers());

describe('close guard', () => {
  it('holds the close until the page has saved, asking it once', () => {
    const window = new Window();
    const asks: number[] = [];
    const guard = guardCloseForDraftSave(window as unknown as BrowserWindow, () => asks.push(1));
    window.close();
    window.close(); // a second click while waiting does not ask twice
    expect(window.destroyed).toBe(false);
    expect(asks).toHaveLength(1);
    guard.pageReady();
    expect(window.destroyed).toBe(true);
    expect(guard.released).toBe(true);
  });

  it('a page that never answers cannot keep the app open', () => {
    vi.useFakeTimers();
    const window = new Window();
    guardCloseForDraftSave(window as unknown as BrowserWindow, () => {});
    window.close();
    vi.advanceTimersByTime(FLUSH_TIMEOUT_MS - 1);
    expect(window.destroyed).toBe(false);
    vi.advanceTimersByTime(1);
    expect(window.destroyed).toBe(true);
  });

  it('a readyToClose that was not asked for does not close the window', () => {
    const window = new Window();
    const guard = guardCloseForDraftSave(window as unknown as BrowserWindow, () => {});
    guard.pageReady();
    expect(window.destroyed).toBe(false);
  });
});
