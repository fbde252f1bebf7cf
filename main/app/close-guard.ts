/**
 * Nothing typed is lost on quit: when the window is about to close (window button, Cmd+Q, menu quit),
 * the close is held while the page saves the draft being typed, then goes ahead when the page says it
 * is ready — or after a short timeout, so a hung page can never keep the app open.
 */
import type { BrowserWindow } from 'electron';

export const FLUSH_TIMEOUT_MS = 1500;

export interface CloseGuard {
  /** The page has saved its draft (or had none): let the close go ahead. */
  pageReady(): void;
  /** True once the close may proceed; the store can then be locked. */
  readonly released: boolean;
}

export function guardCloseForDraftSave(window: BrowserWindow, askPageToSave: () => void): CloseGuard {
  let waiting = false;
  let released = false;
  let timer: NodeJS.Timeout | null = null;

  const release = (): void => {
    if (released) return;
    released = true;
    if (timer) clearTimeout(timer);
    if (!window.isDestroyed()) window.close();
  };

  window.on('close', (event) => {
    if (released) return;
    event.preventDefault();
    if (waiting) return;
    waiting = true;
    askPageToSave();
    timer = setTimeout(release, FLUSH_TIMEOUT_MS);
  });

  return {
    pageReady: () => {
      if (waiting) release();
    },
    get released() {
      return released;
    },
  };
}
