/**
 * The UI test host: Debian Chromium shows the built renderer, and `window.casework` is backed by the
 * real core (real handlers, real encrypted store in a temp folder) over a Playwright binding. Only the
 * transport differs from Electron. Use the `test` exported here and its `host` fixture.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildSync } from 'esbuild';
import { test as base, type Page } from '@playwright/test';
import { createCore, type Core } from '../../../main/ipc/core';
import { createMemorySettings, type StoredSettings } from '../../../main/settings/settings-port';
import { printerFor } from '../../support/chromium-pdf-printer';
import { AnswerHolds, type AnswerHold } from './answer-holds';

const REPO = path.resolve(__dirname, '../../..');
const RENDERER_DIR = path.join(REPO, 'dist/renderer');
/** A made-up origin (the .test TLD is reserved): requests to it are answered from dist/renderer. */
export const APP_ORIGIN = 'https://casework.test';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

let bridgeScript: string | null = null;
function pageBridge(): string {
  bridgeScript ??= buildSync({
    entryPoints: [path.join(__dirname, 'page-bridge.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    write: false,
  }).outputFiles[0]!.text;
  return bridgeScript;
}

export interface TestHost {
  page: Page;
  core: Core;
  /** The temp folder holding the profiles (scanned by the at-rest checks). */
  profilesRoot: string;
  /** Where exports are written: the save dialog main would open answers with a path in here. */
  exportsDir: string;
  /** Loads (or reloads) the app, like starting it. */
  open(): Promise<void>;
  /** Keeps main's next answer on `channel` (for a request `when` picks) from the page until released. */
  holdAnswer(channel: string, when?: (payload: unknown) => boolean): AnswerHold;
}

export interface HostOptions {
  hostSettings: Partial<StoredSettings>;
}

export const test = base.extend<HostOptions & { host: TestHost }>({
  hostSettings: [{}, { option: true }],
  host: async ({ browser, hostSettings }, use) => {
    const profilesRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'casework-ui-'));
    const exportsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'casework-exports-'));
    const context = await browser.newContext({ locale: 'en-GB', timezoneId: 'Europe/London' });
    const page = await context.newPage();
    const core = createCore({
      profilesRoot,
      settings: createMemorySettings(hostSettings),
      emit: (name, payload) => {
        page.evaluate(([n, p]) => window.__caseworkEmit(n as never, p), [name, payload] as const).catch(() => {});
      },
      // The same Chromium prints the PDFs, as Electron's printToPDF would.
      pdfPrinter: printerFor(browser),
      exportDestination: { choose: async ({ name }) => path.join(exportsDir, name) },
    });
    const holds = new AnswerHolds();
    await page.exposeBinding('__caseworkInvoke', async (_source, channel: unknown, payload: unknown) =>
      holds.deliver(channel, payload, await core.dispatch(channel, payload)),
    );
    await page.addInitScript({ content: pageBridge() });
    await page.route(`${APP_ORIGIN}/**`, async (route) => {
      const urlPath = decodeURIComponent(new URL(route.request().url()).pathname);
      const file = path.join(RENDERER_DIR, urlPath === '/' ? 'index.html' : urlPath);
      if (!file.startsWith(RENDERER_DIR) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
        await route.fulfill({ status: 404, body: 'Not found' });
        return;
      }
      await route.fulfill({ status: 200, contentType: MIME[path.extname(file)] ?? 'application/octet-stream', body: fs.readFileSync(file) });
    });
    // No remote content: anything that is not the app itself is refused, as in Electron.
    await context.route((url) => !url.href.startsWith(APP_ORIGIN), (route) => route.abort('blockedbyclient'));
    const host: TestHost = {
      page,
      core,
      profilesRoot,
      exportsDir,
      open: async () => {
        await page.goto(`${APP_ORIGIN}/index.html`);
      },
      holdAnswer: (channel, when) => holds.hold(channel, when),
    };
    await use(host);
    core.shutdown();
    await context.close();
    fs.rmSync(profilesRoot, { recursive: true, force: true });
    fs.rmSync(exportsDir, { recursive: true, force: true });
  },
});

export { expect } from '@playwright/test';
