/**
 * The renderer's Content-Security-Policy. Sent as a response header by the app:// protocol handler and
 * repeated as a <meta> tag in renderer/index.html (a test compares the two). No remote anything: the app
 * is offline by design, so `connect-src 'none'` and no inline script or style.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
  "frame-ancestors 'none'",
].join('; ');
