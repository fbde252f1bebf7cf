/**
 * Serves the built renderer (dist/renderer) on app://casework/. The scheme is registered as privileged
 * (standard + secure) before `ready`, so pages get a real origin, `'self'` in the CSP means app://casework,
 * and no file:// page ever exists. Every response carries the CSP header (the <meta> tag repeats it).
 */
import fs from 'node:fs/promises';
import { protocol } from 'electron';
import type { Session } from 'electron';
import { APP_SCHEME } from './app-origin';
import { resolveRendererFile, responseHeaders } from './renderer-files';

/** Must be called before app `ready`. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: {
        standard: true,
        secure: true,
        supportFetchAPI: true,
        corsEnabled: false,
        bypassCSP: false,
        allowServiceWorkers: false,
        stream: false,
        codeCache: true,
      },
    },
  ]);
}

export function serveRenderer(ses: Session, rendererDir: string): void {
  ses.protocol.handle(APP_SCHEME, async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return new Response(null, { status: 405, headers: responseHeaders('text/plain; charset=utf-8') });
    }
    const resolved = resolveRendererFile(rendererDir, request.url);
    if (!resolved.ok) {
      return new Response(null, { status: resolved.status, headers: responseHeaders('text/plain; charset=utf-8') });
    }
    try {
      const body = request.method === 'HEAD' ? null : await fs.readFile(resolved.filePath);
      return new Response(body, { status: 200, headers: responseHeaders(resolved.mimeType) });
    } catch {
      return new Response(null, { status: 404, headers: responseHeaders('text/plain; charset=utf-8') });
    }
  });
}
