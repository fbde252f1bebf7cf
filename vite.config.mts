import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const fromRoot = (relative: string): string => fileURLToPath(new URL(relative, import.meta.url));

/**
 * Builds the renderer only. The page is loaded from disk by Electron (and by the UI-test host), so
 * asset URLs are relative (`base: './'`). The CSP in renderer/index.html forbids inline scripts and
 * styles: nothing here may inject either.
 */
export default defineConfig({
  root: fromRoot('./renderer'),
  base: './',
  plugins: [react()],
  build: {
    outDir: fromRoot('./dist/renderer'),
    emptyOutDir: true,
    // Chromium supports <link rel="modulepreload"> natively; the polyfill would only add code.
    modulePreload: { polyfill: false },
    sourcemap: false,
    assetsInlineLimit: 0,
  },
});
