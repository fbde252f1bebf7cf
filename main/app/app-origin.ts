/**
 * The one origin the renderer is served from. Pure (no `electron` import) so it can be unit tested in Node.
 * `app://casework/` is a privileged, standard, secure custom scheme registered in renderer-protocol.ts.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'casework';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** True only for URLs on exactly our origin (parsed, so `app://casework.evil/` or `app://casework@x/` fail). */
export function isAppUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.host === APP_HOST &&
    parsed.username === '' &&
    parsed.password === '' &&
    url.startsWith(`${APP_ORIGIN}/`)
  );
}
