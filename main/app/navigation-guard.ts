/**
 * Keeps every webContents on app://casework: no navigation or redirect elsewhere, no new windows, no
 * <webview>, no downloads, no permissions (except clipboard write from our own page: permissions.ts),
 * and no request that is not for our own origin (the app is offline; nothing remote is ever loaded).
 * Applied to every webContents and to both sessions (default and the renderer's).
 */
import { app } from 'electron';
import type { Session, WebContents } from 'electron';
import { isAppUrl } from './app-origin';
import { isPermissionAllowed } from './permissions';

export function guardWebContents(contents: WebContents): void {
  contents.on('will-frame-navigate', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-navigate', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

export function guardAllWebContents(): void {
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents));
}

function isAllowedRequest(url: string, allowDevTools: boolean): boolean {
  if (isAppUrl(url) || url.startsWith('data:')) return true;
  return allowDevTools && url.startsWith('devtools://');
}

export function hardenSession(ses: Session, options: { allowDevTools: boolean }): void {
  ses.setPermissionRequestHandler((_contents, permission, callback, details) =>
    callback(isPermissionAllowed(permission, details.requestingUrl)),
  );
  ses.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    isPermissionAllowed(permission, requestingOrigin),
  );
  ses.setDevicePermissionHandler(() => false);
  ses.setDisplayMediaRequestHandler((_request, callback) => callback(null));
  ses.setSpellCheckerEnabled(false);
  ses.on('will-download', (event) => event.preventDefault());
  ses.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequest(details.url, options.allowDevTools) });
  });
}
