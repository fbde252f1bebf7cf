/**
 * The test host with a temp folder of its own. The host runs inside the Playwright worker (there is no
 * separate server process), and so does the Chromium it launches, so "the host's temp folder" is the
 * worker's. Extending the host's `test` with a worker-scoped fixture gives the spec that uses it its
 * own worker (Playwright never shares a worker between different worker fixtures), where TMPDIR is
 * pointed at a fresh folder before the browser starts and before the host makes its profile and export
 * folders. Everything that honours TMPDIR then writes there: Node's os.tmpdir(), SQLite's temp files,
 * Chromium (its profile folder, made by Playwright, and its own temp files), and Chromium's log, which
 * is switched on into the same folder. Other specs keep the usual temp folder.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test as hostTest } from './test-host';

export interface SessionTmp {
  /** The fresh folder TMPDIR points to while this worker runs. */
  tmp: string;
  /** The temp folder before: other software (and hard-coded /tmp paths) may still write there. */
  systemTmp: string;
  /** Chromium's own log (--enable-logging), inside tmp. */
  chromiumLog: string;
}

export const test = hostTest.extend<{ sessionTmp: SessionTmp }, { workerTmp: SessionTmp }>({
  workerTmp: [
    // Playwright reads a fixture's dependencies from its first parameter: an empty pattern means none.
    async ({}, use) => {
      const systemTmp = os.tmpdir();
      const tmp = fs.mkdtempSync(path.join(systemTmp, `casework-ui-tmp-${process.pid}-`));
      const previous = process.env.TMPDIR;
      process.env.TMPDIR = tmp;
      try {
        await use({ tmp, systemTmp, chromiumLog: path.join(tmp, 'chromium.log') });
      } finally {
        if (previous === undefined) delete process.env.TMPDIR;
        else process.env.TMPDIR = previous;
        fs.rmSync(tmp, { recursive: true, force: true });
      }
    },
    { scope: 'worker' },
  ],
  browser: [
    async ({ playwright, launchOptions, workerTmp }, use) => {
      const browser = await playwright.chromium.launch({
        ...launchOptions,
        args: [...(launchOptions.args ?? []), '--enable-logging', `--log-file=${workerTmp.chromiumLog}`],
        env: { ...process.env, TMPDIR: workerTmp.tmp },
      });
      try {
        await use(browser);
      } finally {
        await browser.close();
      }
    },
    { scope: 'worker', timeout: 60_000 },
  ],
  sessionTmp: async ({ workerTmp }, use) => {
    await use(workerTmp);
  },
});

export { expect } from './test-host';
