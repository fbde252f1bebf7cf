/**
 * Electron hardening, checked statically on the real source and config (plain Node, no Electron): IPC only
 * through the adapter and behind the sender check, no shell.openExternal, packaged-build fuses, permission
 * handlers on every session, the CSP, and locked-down webPreferences on every window. Behaviour (what the
 * handlers answer, which sender is refused) is tested in tests/electron/unit; this file makes sure the
 * wiring those tests rely on cannot quietly drift. Each check also runs on a bad snippet, to prove it fails.
 * Electronegativity runs separately: scripts/check-electronegativity.mjs (npm run lint).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../main/app/content-security-policy';
import {
  IPC_ADAPTER,
  browserWindowViolations,
  cspViolations,
  fuseViolations,
  ipcRegistrationViolations,
  metaCsp,
  openExternalViolations,
  readSources,
  sessionHardeningViolations,
  type SourceText,
} from './hardening-checks';

const repo = path.resolve(__dirname, '../../..');
const read = (rel: string) => fs.readFileSync(path.join(repo, rel), 'utf8');
const mainSources = readSources(repo, ['main']);
const appSources = mainSources.filter((f) => f.path.startsWith('main/app/'));
const src = (p: string, text: string): SourceText => ({ path: p, text });

describe('IPC: ipcMain is used only by the adapter, and every listener checks the sender first', () => {
  it('holds for main/', () => {
    expect(mainSources.some((f) => f.path === IPC_ADAPTER), `${IPC_ADAPTER} exists`).toBe(true);
    expect(ipcRegistrationViolations(mainSources)).toEqual([]);
  });

  it('fails for a listener elsewhere, an unchecked or late-checked listener, aliasing, and webContents.ipc', () => {
    const outside = src(
      'main/notes/sneaky.ts',
      "import { ipcMain as m } from 'electron';\nm.on('x', () => undefined);",
    );
    const unchecked = src(
      IPC_ADAPTER,
      "import { ipcMain } from 'electron';\nipcMain.handle('a', (event, payload) => core.dispatch('a', payload));",
    );
    const late = src(
      IPC_ADAPTER,
      `import { ipcMain } from 'electron';
ipcMain.handleOnce('a', (event, payload) => {
  const answer = core.dispatch('a', payload);
  if (!isTrustedSender(event, getWindow())) return REFUSED;
  return answer;
});`,
    );
    const wrongEvent = src(
      IPC_ADAPTER,
      `import { ipcMain } from 'electron';
ipcMain.on('a', (event, other) => {
  if (!isTrustedSender(other, getWindow())) return;
  core.dispatch('a', other);
});`,
    );
    const alias = src(IPC_ADAPTER, "import { ipcMain } from 'electron';\nconst m = ipcMain;\nm.handle('a', () => 1);");
    const perPage = src('main/app/window.ts', "window.webContents.ipc.handle('a', () => 1);");

    expect(ipcRegistrationViolations([outside])).toEqual([expect.stringContaining('main/notes/sneaky.ts:1: ipcMain is used outside')]);
    expect(ipcRegistrationViolations([unchecked])).toEqual([expect.stringContaining('ipcMain.handle listener must start with')]);
    expect(ipcRegistrationViolations([late])).toEqual([expect.stringContaining('ipcMain.handleOnce listener must start with')]);
    expect(ipcRegistrationViolations([wrongEvent])).toEqual([expect.stringContaining('ipcMain.on listener must start with')]);
    expect(ipcRegistrationViolations([alias]).join('\n')).toContain('unrecognised use of ipcMain');
    expect(ipcRegistrationViolations([perPage])).toEqual([expect.stringContaining('bypasses the IPC adapter')]);
  });
});

describe('no shell.openExternal in main/, preload/ or renderer/ (text, so an eslint-disable cannot hide one)', () => {
  it('holds', () => {
    const files = readSources(repo, ['main', 'preload', 'renderer']);
    expect(files.length).toBeGreaterThan(50);
    expect(openExternalViolations(files)).toEqual([]);
  });

  it('fails even behind a disable comment', () => {
    const bad = src(
      'main/app/links.ts',
      "import { shell } from 'electron';\n// eslint-disable-next-line no-restricted-properties\nvoid shell.openExternal(url);",
    );
    expect(openExternalViolations([bad])).toEqual([expect.stringContaining('main/app/links.ts:3: openExternal')]);
  });
});

describe('electron-builder.yml fuses', () => {
  it('are all set the safe way', () => {
    expect(fuseViolations(read('electron-builder.yml'))).toEqual([]);
  });

  it('fails for a fuse left on, a missing fuse, a string instead of a boolean, and a missing block', () => {
    const good = read('electron-builder.yml');
    expect(fuseViolations(good.replace('runAsNode: false', 'runAsNode: true'))).toEqual([
      'electronFuses.runAsNode must be false (found true)',
    ]);
    expect(fuseViolations(good.replace(/^\s*onlyLoadAppFromAsar: true\n/mu, '\n'))).toEqual([
      'electronFuses.onlyLoadAppFromAsar must be true (found undefined)',
    ]);
    // electron-builder passes the value straight to @electron/fuses: the string "false" would be truthy.
    expect(fuseViolations(good.replace('enableNodeCliInspectArguments: false', 'enableNodeCliInspectArguments: "false"'))).toEqual([
      'electronFuses.enableNodeCliInspectArguments must be false (found "false")',
    ]);
    expect(fuseViolations('appId: x\n')).toEqual(['electron-builder.yml has no electronFuses block']);
    expect(fuseViolations('electronFuses:\n  runAsNode: false\nelectronFuses:\n  runAsNode: true\n')[0]).toContain('not valid YAML');
  });
});

describe('permissions: every session refuses everything except what main/app/permissions.ts allows', () => {
  it('the hardening installs request, check and device handlers from the pure rule, on every session', () => {
    expect(sessionHardeningViolations(appSources)).toEqual([]);
  });

  it('fails for a handler that allows everything, a missing handler, and an unhardened session', () => {
    const permissive = src(
      'main/app/navigation-guard.ts',
      `import { isPermissionAllowed } from './permissions';
export function hardenSession(ses) {
  ses.setPermissionRequestHandler((_c, permission, callback) => callback(true));
  ses.setPermissionCheckHandler(() => true);
  ses.setDevicePermissionHandler(() => false);
}
hardenSession(session.defaultSession);`,
    );
    expect(sessionHardeningViolations([permissive])).toEqual([
      expect.stringContaining('must answer only callback(isPermissionAllowed'),
      expect.stringContaining('must return isPermissionAllowed'),
    ]);

    const noCheckHandler = src(
      'main/app/navigation-guard.ts',
      `import { isPermissionAllowed } from './permissions';
export function hardenSession(ses) {
  ses.setPermissionRequestHandler((_c, p, callback, d) => callback(isPermissionAllowed(p, d.requestingUrl)));
}
hardenSession(session.defaultSession);`,
    );
    expect(sessionHardeningViolations([noCheckHandler])).toEqual([
      'no session.setPermissionCheckHandler found',
      'no session.setDevicePermissionHandler found',
    ]);

    const real = appSources.filter((f) => f.path !== 'main/app/pdf-printer.ts');
    const unhardened = src(
      'main/app/pdf-printer.ts',
      "const printSession = session.fromPartition('casework-print', { cache: false });\nexport const p = printSession;",
    );
    expect(sessionHardeningViolations([...real, unhardened])).toEqual([
      expect.stringContaining('main/app/pdf-printer.ts:1: a new session must be stored in a variable and passed to hardenSession'),
    ]);
  });
});

describe('Content-Security-Policy (header and <meta>): nothing unsafe, nothing remote', () => {
  it('holds for the header (main/app/content-security-policy.ts) and renderer/index.html', () => {
    expect(cspViolations(CONTENT_SECURITY_POLICY, 'header')).toEqual([]);
    const meta = metaCsp(read('renderer/index.html'));
    expect(meta, 'renderer/index.html has a CSP <meta>').not.toBeNull();
    expect(cspViolations(meta as string, 'meta')).toEqual([]);
  });

  it("fails for 'unsafe-eval', 'unsafe-inline', remote origins, wildcards, and data: outside img-src", () => {
    const base = CONTENT_SECURITY_POLICY;
    expect(cspViolations(base.replace("script-src 'self'", "script-src 'self' 'unsafe-eval'"), 'x')).toEqual([
      "x: script-src allows 'unsafe-eval'",
    ]);
    expect(cspViolations(base.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'"), 'x')).toEqual([
      "x: style-src allows 'unsafe-inline'",
    ]);
    for (const remote of ['https://cdn.example.org', 'http:', 'ws://localhost:1234', 'wss:', '*', 'https:']) {
      expect(cspViolations(base.replace("connect-src 'none'", `connect-src ${remote}`), 'x'), remote).toEqual([
        expect.stringContaining(`x: connect-src allows ${remote}`),
      ]);
    }
    expect(cspViolations(base.replace("font-src 'self'", "font-src 'self' data:"), 'x')).toEqual([
      expect.stringContaining('x: font-src allows data:'),
    ]);
    expect(cspViolations(base.replace("default-src 'none'", "default-src 'self'"), 'x')).toEqual(["x: default-src must be 'none'"]);
    expect(metaCsp('<html><head><title>x</title></head></html>')).toBeNull();
  });
});

describe('every BrowserWindow has locked-down webPreferences', () => {
  it('holds for every window in main/ (at least the main window and the hidden print window)', () => {
    const { windows, violations } = browserWindowViolations(mainSources);
    expect(violations).toEqual([]);
    expect(windows.some((w) => w.startsWith('main/app/window.ts:'))).toBe(true);
    expect(windows.some((w) => w.startsWith('main/app/pdf-printer.ts:'))).toBe(true);
  });

  it('fails for each unsafe or invisible setting', () => {
    const check = (options: string) => browserWindowViolations([src('main/app/w.ts', `const w = new BrowserWindow(${options});`)]).violations;
    const safe = 'contextIsolation: true, sandbox: true, nodeIntegration: false';
    expect(check(`{ webPreferences: { ${safe} } }`)).toEqual([]);
    expect(check(`{ webPreferences: { contextIsolation: false, sandbox: true, nodeIntegration: false } }`)).toEqual([
      expect.stringContaining('contextIsolation must be literally true (found false)'),
    ]);
    expect(check(`{ webPreferences: { contextIsolation: true, nodeIntegration: false } }`)).toEqual([
      expect.stringContaining('sandbox must be literally true (found absent)'),
    ]);
    expect(check(`{ webPreferences: { contextIsolation: true, sandbox: true, nodeIntegration: dev } }`)).toEqual([
      expect.stringContaining('nodeIntegration must be literally false (found not a literal)'),
    ]);
    expect(check(`{ webPreferences: { ${safe}, webSecurity: false } }`)).toEqual([
      expect.stringContaining('webSecurity must be absent or literally true (found false)'),
    ]);
    expect(check(`{ webPreferences: { ${safe}, allowRunningInsecureContent: true } }`)).toEqual([
      expect.stringContaining('allowRunningInsecureContent must be absent or literally false'),
    ]);
    expect(check(`{ webPreferences: { ${safe}, enableRemoteModule: false } }`)).toEqual([
      expect.stringContaining('enableRemoteModule is not allowed'),
    ]);
    expect(check(`{ webPreferences: { ${safe}, partition: 'persist:x' } }`)).toEqual([
      expect.stringContaining('partition is not allowed'),
    ]);
    expect(check(`{ webPreferences: { ${safe}, ...extra } }`)).toEqual([expect.stringContaining('no spread inside webPreferences')]);
    expect(check(`{ webPreferences: { ${safe} }, ...overrides }`)).toEqual([expect.stringContaining('no spread after webPreferences')]);
    expect(check('options')).toEqual([expect.stringContaining('options must be an inline object literal')]);
    expect(check('{ show: false }')).toEqual([expect.stringContaining('webPreferences must be given inline')]);
    const view = browserWindowViolations([src('main/app/v.ts', 'new electron.WebContentsView({ webPreferences: {} });')]);
    expect(view.violations.length).toBe(3);
  });
});
