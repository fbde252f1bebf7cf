/**
 * The OS-wide quick-capture shortcut (Ctrl/Cmd+Shift+N): from any application, bring Casework forward
 * and open the quick note box, so a thought can be written down in seconds. Inside the window the
 * renderer handles the same keys itself. If another application already owns the shortcut,
 * registration fails and the in-app shortcut still works.
 */
import { globalShortcut } from 'electron';
import type { BrowserWindow } from 'electron';

export const QUICK_CAPTURE_ACCELERATOR = 'CommandOrControl+Shift+N';

export function registerQuickCaptureShortcut(getWindow: () => BrowserWindow | null, open: () => void): () => void {
  const registered = globalShortcut.register(QUICK_CAPTURE_ACCELERATOR, () => {
    const window = getWindow();
    if (!window || window.isDestroyed()) return;
    if (window.isMinimized()) window.restore();
    window.show();
    window.focus();
    open();
  });
  if (!registered) console.warn('[casework] quick-capture shortcut is taken by another application');
  return () => {
    if (registered) globalShortcut.unregister(QUICK_CAPTURE_ACCELERATOR);
  };
}
