/**
 * The one permission web content may have: writing text to the clipboard from our own page, which is
 * what the recovery-key page's "Copy" button does (navigator.clipboard.writeText, after a click). Reading
 * the clipboard, camera, notifications, fullscreen and everything else are refused. Pure, unit tested.
 */
import { APP_ORIGIN, isAppUrl } from './app-origin';

const ALLOWED_FROM_APP = new Set<string>(['clipboard-sanitized-write']);

export function isPermissionAllowed(permission: string, requestingOriginOrUrl: string | undefined): boolean {
  if (!ALLOWED_FROM_APP.has(permission) || !requestingOriginOrUrl) return false;
  return requestingOriginOrUrl === APP_ORIGIN || isAppUrl(requestingOriginOrUrl);
}
