#!/usr/bin/env node
/**
 * `npm start`, after the renderer (vite build) and main/preload (build-main) are built:
 *   1. find the Electron binary WITHOUT triggering a download (require('electron') tries to download it
 *      when it is missing, which hangs or fails offline); if absent, say so in one line and exit 1;
 *   2. make sure the Electron-ABI native module exists (scripts/electron-native.mjs);
 *   3. run Electron on the repo root (package.json "main" = dist/main/index.cjs), passing extra args on.
 * The binary check comes first so an offline machine fails in a second, not after a native build.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureElectronNative } from './electron-native.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Path of the Electron executable if it is installed, else null. Mirrors node_modules/electron/index.js. */
function installedElectronBinary() {
  const pkgDir = path.join(root, 'node_modules', 'electron');
  let executable = 'electron';
  try {
    executable = fs.readFileSync(path.join(pkgDir, 'path.txt'), 'utf8').trim();
  } catch {
    if (!process.env.ELECTRON_OVERRIDE_DIST_PATH) return null;
  }
  const full = process.env.ELECTRON_OVERRIDE_DIST_PATH
    ? path.join(process.env.ELECTRON_OVERRIDE_DIST_PATH, executable)
    : path.join(pkgDir, 'dist', executable);
  return fs.existsSync(full) ? full : null;
}

function main() {
  const electron = installedElectronBinary();
  if (!electron) {
    console.error(
      'start: the Electron binary is not installed on this machine; with internet access run "node node_modules/electron/install.js", then "npm start" again.',
    );
    process.exit(1);
  }
  for (const built of ['dist/main/index.cjs', 'dist/preload/index.cjs', 'dist/renderer/index.html']) {
    if (!fs.existsSync(path.join(root, built))) {
      console.error(`start: ${built} is missing; build first ("npm start" builds the renderer and main before this step).`);
      process.exit(1);
    }
  }
  try {
    ensureElectronNative();
  } catch (error) {
    console.error(`electron-native: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }

  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE; // would make the binary behave as plain Node
  const child = spawn(electron, ['.', ...process.argv.slice(2)], { cwd: root, env, stdio: 'inherit', windowsHide: false });
  const forward = (signal) => () => {
    if (!child.killed) child.kill(signal);
  };
  process.on('SIGINT', forward('SIGINT'));
  process.on('SIGTERM', forward('SIGTERM'));
  child.on('error', (error) => {
    console.error(`start: could not run Electron (${error.message}).`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

main();
