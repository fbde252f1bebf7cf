/**
 * The one application window. Locked-down webPreferences; bounds restored from settings (only if they are
 * still on a connected display) and saved on close; shown only when the first paint is ready. The native
 * title stays "Casework" whatever the page sets, so no child's name reaches the OS window list, the
 * taskbar or a shared screen's window picker.
 */
import path from 'node:path';
import { BrowserWindow, screen } from 'electron';
import type { Rectangle, Session } from 'electron';
import type { SettingsPort, WindowBounds } from '../settings/settings-port';

export const WINDOW_TITLE = 'Casework';
const DEFAULT_SIZE = { width: 1200, height: 800 };
const MIN_SIZE = { width: 720, height: 520 };

export interface MainWindowOptions {
  settings: SettingsPort;
  session: Session;
  preloadPath: string;
  allowDevTools: boolean;
  /** Window icon for Linux development runs (packaged builds get the icon from the installer). */
  iconPath?: string;
}

function visibleBounds(saved: WindowBounds | null): Rectangle | null {
  if (!saved || saved.width < MIN_SIZE.width || saved.height < MIN_SIZE.height) return null;
  const onScreen = screen.getAllDisplays().some(({ workArea: a }) => {
    const overlapX = Math.min(a.x + a.width, saved.x + saved.width) - Math.max(a.x, saved.x);
    const overlapY = Math.min(a.y + a.height, saved.y + saved.height) - Math.max(a.y, saved.y);
    return overlapX >= 100 && overlapY >= 100;
  });
  return onScreen ? saved : null;
}

export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const bounds = visibleBounds(options.settings.read().windowBounds);
  const window = new BrowserWindow({
    ...(bounds ?? DEFAULT_SIZE),
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    title: WINDOW_TITLE,
    show: false,
    backgroundColor: '#ffffff',
    ...(options.iconPath ? { icon: options.iconPath } : {}),
    webPreferences: {
      preload: path.resolve(options.preloadPath),
      session: options.session,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      navigateOnDragDrop: false,
      enableWebSQL: false,
      experimentalFeatures: false,
      safeDialogs: true,
      devTools: options.allowDevTools,
    },
  });

  window.on('page-title-updated', (event) => event.preventDefault());
  window.once('ready-to-show', () => window.show());
  window.on('close', () => {
    if (window.isMinimized() || window.isFullScreen()) return;
    const { x, y, width, height } = window.getNormalBounds();
    options.settings.write({ windowBounds: { x, y, width, height } });
  });
  return window;
}
