/**
 * Electron entry (bundled to dist/main/index.cjs). Wires the Electron-free core to windows, IPC and the
 * OS, and nothing else: all behaviour lives in main/ipc and the domain folders, tested in plain Node.
 */
import fs from 'node:fs';
import path from 'node:path';
import { app, dialog, Menu, session } from 'electron';
import type { BrowserWindow } from 'electron';
import { createCore } from '../ipc/core';
import { organisationPublicKeyPath, readDeployedOrganisationKey } from '../keys/organisation-key-file';
import type { Core } from '../ipc/core';
import { APP_ENTRY_URL } from './app-origin';
import { refuseDebuggingWhenPackaged } from './debug-switches';
import { createElectronSettings } from './electron-settings';
import { createElectronExportDestination } from './export-destination';
import { installFatalErrorHandler } from './fatal-error';
import { lockOnSystemEvents } from './idle-and-system-lock';
import { registerQuickCaptureShortcut } from './quick-capture-shortcut';
import { installIpcAdapter } from './ipc-adapter';
import type { IpcAdapter } from './ipc-adapter';
import { guardCloseForDraftSave, type CloseGuard } from './close-guard';
import { buildApplicationMenu, editContextMenu } from './menu';
import { requireNativeBinding } from './native-binding';
import { guardAllWebContents, hardenSession } from './navigation-guard';
import { createElectronPdfPrinter } from './pdf-printer';
import { registerAppScheme, serveRenderer } from './renderer-protocol';
import { applyTestUserDataOverride } from './test-overrides';
import { createMainWindow } from './window';

/** In-memory session: Chromium keeps no cache, storage or cookies on disk for the renderer. */
const RENDERER_PARTITION = 'casework';
const distDir = path.join(__dirname, '..');
const rendererDir = path.join(distDir, 'renderer');
const preloadPath = path.join(distDir, 'preload', 'index.cjs');

let core: Core | null = null;
let mainWindow: BrowserWindow | null = null;
let ipc: IpcAdapter | null = null;
let closeGuard: CloseGuard | null = null;

installFatalErrorHandler(() => core?.shutdown());
applyTestUserDataOverride();
// British English for the UI locale (date inputs show dd/mm/yyyy), whatever the OS language.
app.commandLine.appendSwitch('lang', 'en-GB');

if (refuseDebuggingWhenPackaged()) {
  app.enableSandbox();
  registerAppScheme();
  if (!app.requestSingleInstanceLock()) {
    app.quit();
  } else {
    app.on('second-instance', () => {
      if (!mainWindow || mainWindow.isDestroyed()) return;
      if (mainWindow.isMinimized()) mainWindow.restore();
      mainWindow.show();
      mainWindow.focus();
    });
    // Closing the window ends the session on every platform (macOS included): the store locks with it.
    app.on('window-all-closed', () => app.quit());
    // Quitting closes the window first, so the page can save the draft being typed (close-guard.ts);
    // the store is locked once the window has let go.
    app.on('before-quit', (event) => {
      if (mainWindow && !mainWindow.isDestroyed() && closeGuard && !closeGuard.released) {
        event.preventDefault();
        mainWindow.close();
        return;
      }
      shutdown();
    });
    app.on('will-quit', shutdown);
    guardAllWebContents();
    // A rejection here reaches the fatal-error handler: lock, tell the user, exit.
    void app.whenReady().then(start);
  }
}

function shutdown(): void {
  core?.shutdown();
}

function fail(title: string, message: string): void {
  shutdown();
  dialog.showErrorBox(title, message);
  app.exit(1);
}

async function start(): Promise<void> {
  const allowDevTools = !app.isPackaged;
  if (!fs.existsSync(path.join(rendererDir, 'index.html')) || !fs.existsSync(preloadPath)) {
    fail(
      'Casework cannot start',
      app.isPackaged
        ? 'Casework is incomplete. Please reinstall it. Your case records have not been changed.'
        : `The app has not been built (${rendererDir} or ${preloadPath} is missing). Run "npm start".`,
    );
    return;
  }
  const nativeBinding = requireNativeBinding();
  if (nativeBinding === null) {
    app.exit(1);
    return;
  }

  hardenSession(session.defaultSession, { allowDevTools });
  const rendererSession = session.fromPartition(RENDERER_PARTITION, { cache: false });
  hardenSession(rendererSession, { allowDevTools });
  serveRenderer(rendererSession, rendererDir);

  const settings = createElectronSettings();
  core = createCore({
    profilesRoot: path.join(app.getPath('userData'), 'profiles'),
    settings,
    emit: (name, payload) => ipc?.send(name, payload),
    nativeBinding,
    onReadyToClose: () => closeGuard?.pageReady(),
    pdfPrinter: createElectronPdfPrinter(),
    exportDestination: createElectronExportDestination(() => mainWindow),
    // IT's organisation recovery key, if deployed (docs/store-format.md): new profiles get a slot for it.
    organisationPublicKey: readDeployedOrganisationKey(organisationPublicKeyPath(app.getPath('userData'))),
  });
  const liveCore = core;
  ipc = installIpcAdapter(liveCore, () => mainWindow);
  lockOnSystemEvents(liveCore);
  const unregisterQuickCapture = registerQuickCaptureShortcut(() => mainWindow, () => ipc?.send('openQuickCapture', {}));
  app.on('will-quit', unregisterQuickCapture);
  Menu.setApplicationMenu(buildApplicationMenu({ isPackaged: app.isPackaged, isMac: process.platform === 'darwin' }));

  const window = createMainWindow({
    settings,
    session: rendererSession,
    preloadPath,
    allowDevTools,
    iconPath: !app.isPackaged && process.platform === 'linux' ? path.join(app.getAppPath(), 'resources', 'icon.png') : undefined,
  });
  mainWindow = window;
  closeGuard = guardCloseForDraftSave(window, () => ipc?.send('saveBeforeClose', {}));
  window.on('closed', () => {
    mainWindow = null;
  });
  window.webContents.on('context-menu', (_event, params) => {
    editContextMenu(params)?.popup({ window });
  });
  // A crashed or killed renderer must not leave the store open behind a dead page: lock, then reload
  // (a few times at most, so a renderer that always crashes cannot loop forever).
  let reloads = 0;
  window.webContents.on('render-process-gone', () => {
    liveCore.lock('system');
    if (window.isDestroyed()) return;
    if (++reloads > 3) {
      fail('Casework must close', 'The Casework window stopped working. Notes you had saved are safe. Please open Casework again.');
      return;
    }
    window.loadURL(APP_ENTRY_URL).catch(() => window.destroy());
  });

  await window.loadURL(APP_ENTRY_URL);
}
