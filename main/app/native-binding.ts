/**
 * Where the Electron-ABI build of better-sqlite3-multiple-ciphers lives. node_modules keeps the Node build
 * (used by `npm test`); the app never loads it. Packaged: shipped by electron-builder as an extra resource.
 * Development: made by scripts/electron-native.mjs into <repo>/.electron-native/.
 */
import fs from 'node:fs';
import path from 'node:path';
import { app, dialog } from 'electron';

export const NATIVE_BINDING_FILE = 'better_sqlite3.node';

export function nativeBindingPath(): string {
  return app.isPackaged
    ? path.join(process.resourcesPath, 'native', NATIVE_BINDING_FILE)
    : path.join(app.getAppPath(), '.electron-native', NATIVE_BINDING_FILE);
}

/** The binding's absolute path, or `null` after telling the user what to do (the caller then quits). */
export function requireNativeBinding(): string | null {
  const file = nativeBindingPath();
  if (fs.existsSync(file)) return file;
  dialog.showErrorBox(
    'Casework cannot start',
    app.isPackaged
      ? 'A part of Casework is missing (the database component). Please reinstall Casework. Your case records have not been changed.'
      : `The Electron build of the database component is missing:\n${file}\n\nRun "npm start" again (it builds it), or "node scripts/electron-native.mjs".`,
  );
  return null;
}
