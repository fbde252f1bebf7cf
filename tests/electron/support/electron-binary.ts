/**
 * Where the Electron executable is, if it has been downloaded; null otherwise. Mirrors
 * node_modules/electron/index.js WITHOUT its side effect: requiring `electron` from Node tries to
 * download a missing binary, which hangs or fails on an offline machine. (scripts/start.mjs has the same
 * check in plain JS.)
 */
import fs from 'node:fs';
import path from 'node:path';

export function installedElectronBinary(repo: string): string | null {
  const pkgDir = path.join(repo, 'node_modules', 'electron');
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  let executable = 'electron';
  try {
    executable = fs.readFileSync(path.join(pkgDir, 'path.txt'), 'utf8').trim();
  } catch {
    if (!override) return null;
  }
  const full = override ? path.join(override, executable) : path.join(pkgDir, 'dist', executable);
  return fs.existsSync(full) ? full : null;
}
