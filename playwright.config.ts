import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_EXECUTABLE } from './tests/support/chromium-pdf-printer';

/**
 * UI tests run the built renderer in Debian's Chromium (never a downloaded browser) through the test
 * host in tests/ui/host; the Electron smoke test runs where the Electron binary exists.
 */
export default defineConfig({
  testDir: 'tests',
  testMatch: ['ui/**/*.spec.ts', 'electron/**/*.spec.ts'],
  globalSetup: './tests/ui/host/global-setup.ts',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  workers: 2,
  reporter: [['list']],
  use: {
    launchOptions: { executablePath: CHROMIUM_EXECUTABLE, args: CHROMIUM_ARGS },
  },
});
