/**
 * Maps an app://casework/... request to a file inside the built renderer folder. Pure Node (no `electron`),
 * unit tested. Refuses anything that could leave the folder: `..` segments, encoded separators, NUL,
 * absolute paths, and symlinks that resolve outside it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { APP_HOST, APP_SCHEME } from './app-origin';
import { CONTENT_SECURITY_POLICY } from './content-security-policy';

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
};

export function mimeTypeFor(filePath: string): string {
  return MIME_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

/** Headers sent with every renderer response. */
export function responseHeaders(mimeType: string): Record<string, string> {
  return {
    'Content-Type': mimeType,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-store',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
  };
}

export type ResolvedFile = { ok: true; filePath: string; mimeType: string } | { ok: false; status: 400 | 403 | 404 };

/**
 * Resolves a request URL to an existing regular file under `rootDir`.
 * `/` serves index.html; an extension-less path that does not exist also serves index.html (client-side
 * routes survive a reload); anything else missing is 404.
 */
export function resolveRendererFile(rootDir: string, requestUrl: string): ResolvedFile {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return { ok: false, status: 400 };
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST || url.username !== '' || url.password !== '') {
    return { ok: false, status: 403 };
  }

  // Check the raw (still-encoded) path first: encoded slashes/backslashes/dots and NUL are refused outright.
  const rawPath = url.pathname;
  if (/%(2f|5c|00)/iu.test(rawPath) || rawPath.includes('\\')) return { ok: false, status: 403 };
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return { ok: false, status: 400 };
  }
  if (decoded.includes('\0')) return { ok: false, status: 403 };
  const segments = decoded.split('/').filter((s) => s !== '');
  if (segments.some((s) => s === '..' || s === '.' || /^[a-z]:$/iu.test(s))) return { ok: false, status: 403 };

  let realRoot: string;
  try {
    realRoot = fs.realpathSync(rootDir);
  } catch {
    return { ok: false, status: 404 };
  }
  const relative = segments.length === 0 ? 'index.html' : segments.join(path.sep);
  const candidate = path.resolve(realRoot, relative);
  if (!isInside(realRoot, candidate)) return { ok: false, status: 403 };

  const found = existingFileInside(realRoot, candidate);
  if (found === 'outside') return { ok: false, status: 403 };
  if (found !== null) return { ok: true, filePath: found, mimeType: mimeTypeFor(found) };

  if (path.extname(candidate) === '') {
    const index = existingFileInside(realRoot, path.join(realRoot, 'index.html'));
    if (typeof index === 'string' && index !== 'outside') {
      return { ok: true, filePath: index, mimeType: mimeTypeFor(index) };
    }
  }
  return { ok: false, status: 404 };
}

function isInside(root: string, candidate: string): boolean {
  const rel = path.relative(root, candidate);
  return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
}

/** The real path of a regular file under root, `null` if absent, `'outside'` if a symlink escapes root. */
function existingFileInside(root: string, candidate: string): string | null | 'outside' {
  let real: string;
  try {
    real = fs.realpathSync(candidate);
  } catch {
    return null;
  }
  if (!isInside(root, real)) return 'outside';
  try {
    return fs.statSync(real).isFile() ? real : null;
  } catch {
    return null;
  }
}
