/**
 * The Electron layer's pure helpers (no `electron` import), tested in plain Node: the origin check, the
 * app:// file resolver (traversal), the CSP header vs the page's <meta> CSP, the permission rule, the
 * crash logger, and the native-module ABI check used by scripts/electron-native.mjs.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, APP_ORIGIN, isAppUrl } from '../../../main/app/app-origin';
import { CONTENT_SECURITY_POLICY } from '../../../main/app/content-security-policy';
import { isPermissionAllowed } from '../../../main/app/permissions';
import { mimeTypeFor, resolveRendererFile } from '../../../main/app/renderer-files';
import { describeErrorSafely } from '../../../main/app/safe-error';

const repo = path.resolve(__dirname, '../../..');

describe('isAppUrl', () => {
  it('accepts only app://casework/…', () => {
    expect(isAppUrl(APP_ENTRY_URL)).toBe(true);
    expect(isAppUrl('app://casework/assets/index-abc.js')).toBe(true);
    for (const url of [
      'app://casework',
      'app://casework.evil/index.html',
      'app://casework@evil/index.html',
      'app://user:pw@casework/index.html',
      'app://other/index.html',
      'https://casework/index.html',
      'file:///casework/index.html',
      'javascript:alert(1)',
      'not a url',
      '',
    ]) {
      expect(isAppUrl(url), url).toBe(false);
    }
  });
});

describe('resolveRendererFile', () => {
  let root: string;
  let outside: string;
  beforeAll(() => {
    const base = fs.mkdtempSync(path.join(os.tmpdir(), 'casework-renderer-'));
    root = path.join(base, 'renderer');
    outside = path.join(base, 'secret.txt');
    fs.mkdirSync(path.join(root, 'assets'), { recursive: true });
    fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html>');
    fs.writeFileSync(path.join(root, 'assets', 'app.js'), '');
    fs.writeFileSync(path.join(root, 'assets', 'app.css'), '');
    fs.writeFileSync(outside, 'case data');
    fs.symlinkSync(outside, path.join(root, 'assets', 'link.js'));
  });
  afterAll(() => fs.rmSync(path.dirname(root), { recursive: true, force: true }));

  const resolve = (url: string) => resolveRendererFile(root, url);

  it('serves files with the right MIME type; / is index.html', () => {
    expect(resolve('app://casework/')).toMatchObject({ ok: true, mimeType: 'text/html; charset=utf-8' });
    expect(resolve('app://casework/assets/app.js')).toMatchObject({ ok: true, mimeType: 'text/javascript; charset=utf-8' });
    expect(resolve('app://casework/assets/app.css?v=1#x')).toMatchObject({ ok: true, mimeType: 'text/css; charset=utf-8' });
    expect(mimeTypeFor('x.woff2')).toBe('font/woff2');
    expect(mimeTypeFor('x.unknown')).toBe('application/octet-stream');
  });

  it('falls back to index.html only for extension-less paths', () => {
    expect(resolve('app://casework/cases/123')).toMatchObject({ ok: true, mimeType: 'text/html; charset=utf-8' });
    expect(resolve('app://casework/assets/missing.js')).toEqual({ ok: false, status: 404 });
  });

  it('refuses traversal, encoded separators, NUL, other hosts and symlinks out of the folder', () => {
    const refused = [
      'app://casework/..%2fsecret.txt',
      'app://casework/assets%2f..%2f..%2fsecret.txt',
      'app://casework/%5c..%5csecret.txt',
      'app://casework/index.html%00.js',
      'app://casework/C:/Windows/win.ini',
      'app://other/index.html',
      'app://x@casework/index.html',
      'https://casework/index.html',
      'app://casework/assets/link.js',
    ];
    for (const url of refused) expect(resolve(url), url).toMatchObject({ ok: false });
    // Dot segments are normalised by URL parsing and can never climb above the root.
    const dotted = resolve('app://casework/../../secret.txt');
    expect(dotted.ok ? dotted.filePath.startsWith(fs.realpathSync(root)) : true).toBe(true);
    expect(resolve('app://casework/%2e%2e/secret.txt')).toMatchObject({ ok: false });
  });
});

describe('Content-Security-Policy', () => {
  const directives = (csp: string) =>
    new Map(
      csp
        .split(';')
        .map((d) => d.trim())
        .filter(Boolean)
        .map((d) => {
          const [name, ...values] = d.split(/\s+/u);
          return [name as string, values.join(' ')];
        }),
    );

  it('the header repeats the <meta> CSP of renderer/index.html, plus frame-ancestors (header-only)', () => {
    const html = fs.readFileSync(path.join(repo, 'renderer', 'index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/u.exec(html)?.[1];
    expect(meta, 'renderer/index.html has a CSP <meta> tag').toBeTruthy();
    const header = directives(CONTENT_SECURITY_POLICY);
    const page = directives(meta as string);
    for (const [name, value] of page) expect(header.get(name), name).toBe(value);
    const extra = [...header.keys()].filter((k) => !page.has(k));
    // frame-ancestors is ignored in <meta> (browsers warn), so only the header carries it.
    expect(extra.filter((k) => k !== 'frame-ancestors'), 'header-only directives').toEqual([]);
    expect(header.get('frame-ancestors')).toBe("'none'");
    expect(header.get('connect-src')).toBe("'none'");
    expect(header.get('script-src')).toBe("'self'");
  });
});

describe('isPermissionAllowed', () => {
  it('allows clipboard write from our origin and nothing else', () => {
    expect(isPermissionAllowed('clipboard-sanitized-write', APP_ORIGIN)).toBe(true);
    expect(isPermissionAllowed('clipboard-sanitized-write', APP_ENTRY_URL)).toBe(true);
    expect(isPermissionAllowed('clipboard-sanitized-write', 'https://example.org')).toBe(false);
    expect(isPermissionAllowed('clipboard-sanitized-write', undefined)).toBe(false);
    for (const p of ['clipboard-read', 'media', 'notifications', 'fullscreen', 'openExternal', 'geolocation', 'unknown']) {
      expect(isPermissionAllowed(p, APP_ORIGIN), p).toBe(false);
    }
  });
});

describe('describeErrorSafely', () => {
  it('keeps the name and code, never the message', () => {
    const error = Object.assign(new Error('UPDATE notes SET body = "Child disclosed…"'), { code: 'SQLITE_FULL' });
    expect(describeErrorSafely(error)).toBe('Error SQLITE_FULL');
    expect(describeErrorSafely(new TypeError('Jane Doe'))).toBe('TypeError');
    expect(describeErrorSafely({ name: 'Jane Doe <jane@x>', code: 'has spaces and data' })).toBe('Error');
    expect(describeErrorSafely('a string with case data')).toBe('string');
  });
});

describe('scripts/electron-native.mjs', () => {
  it('reads the module ABI of a native build (the Node build here)', async () => {
    const script = pathToFileURL(path.join(repo, 'scripts', 'electron-native.mjs')).href;
    const { moduleAbisIn } = (await import(script)) as { moduleAbisIn: (file: string) => string[] };
    const nodeBuild = path.join(repo, 'node_modules/better-sqlite3-multiple-ciphers/build/Release/better_sqlite3.node');
    expect(moduleAbisIn(nodeBuild)).toEqual([process.versions.modules]);
  });
});
