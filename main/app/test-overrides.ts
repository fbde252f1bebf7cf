/**
 * Test-only override: CASEWORK_USER_DATA points userData (settings, profiles, Chromium data) at a temporary
 * folder so the Electron smoke test never touches a real profile. Ignored in packaged builds. Must run
 * before the single-instance lock (which is keyed on userData) and before `ready`.
 */
import path from 'node:path';
import { app } from 'electron';

export const USER_DATA_ENV = 'CASEWORK_USER_DATA';

export function applyTestUserDataOverride(): void {
  const dir = process.env[USER_DATA_ENV];
  if (app.isPackaged || !dir || !path.isAbsolute(dir)) return;
  app.setPath('userData', dir);
  app.setPath('sessionData', dir);
}
