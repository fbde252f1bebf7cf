/**
 * Runs the REAL main-process bundle (main/app/** wired to the real core, store and native module) in
 * plain Node, with `electron` replaced by a recording fake (../support/fake-electron.ts). The Electron
 * binary cannot be downloaded where these tests run, so this is how the thin Electron layer's wiring is
 * exercised: what it registers before and after `ready`, the IPC sender check, the app:// protocol
 * handler, the request/permission guards, the event push, settings and lifecycle. Electron's own
 * behaviour is covered only by tests/electron/smoke.spec.ts, where the binary exists.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import * as esbuild from 'esbuild';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CHANNELS, IPC_CHANNEL_PREFIX, IPC_EVENT_CHANNEL } from '../../../preload/contract';
import type { FakeBrowserWindow, FakeConfig, FakeSession, FakeState } from '../support/fake-electron';

const repo = path.resolve(__dirname, '../../..');
const nodeBinding = path.join(repo, 'node_modules/better-sqlite3-multiple-ciphers/build/Release/better_sqlite3.node');
const requireHere = createRequire(__filename);


let tmp: string;
let bundle: string;
/** The fatal-error listeners the last loaded bundle installed (taken off the process, kept for tests). */
let fatalListeners: { exception: (error: unknown) => void; rejection: (error: unknown) => void } | null = null;

async function buildBundle(): Promise<string> {
  const out = path.join(tmp, 'dist', 'main', 'index.cjs');
  await esbuild.build({
    absWorkingDir: repo,
    entryPoints: ['main/app/main.ts'],
    outfile: out,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    logLevel: 'silent',
    // better-sqlite3's JavaScript is bundled too (the app keeps it external): the bundle lives in a temp
    // folder, where node_modules cannot be resolved. The native binding is passed by path either way.
    plugins: [
      {
        name: 'fake-electron',
        setup(build) {
          build.onResolve({ filter: /^electron$/ }, () => ({ path: path.join(__dirname, '../support/fake-electron.ts') }));
        },
      },
    ],
  });
  fs.mkdirSync(path.join(tmp, 'dist', 'renderer'), { recursive: true });
  fs.writeFileSync(path.join(tmp, 'dist', 'renderer', 'index.html'), '<!doctype html><title>Casework</title>');
  fs.mkdirSync(path.join(tmp, 'dist', 'preload'), { recursive: true });
  fs.writeFileSync(path.join(tmp, 'dist', 'preload', 'index.cjs'), '');
  return out;
}

/** Loads a fresh copy of the bundle with the given fake configuration; returns its fake's state. */
function load(config: Partial<FakeConfig>, env: Record<string, string | undefined> = {}): FakeState {
  const appPath = path.join(tmp, 'app');
  const full: FakeConfig = {
    userData: path.join(tmp, `user-data-${Math.random().toString(36).slice(2)}`),
    appPath,
    isPackaged: false,
    switches: [],
    singleInstance: true,
    ...config,
  };
  (globalThis as Record<string, unknown>).__caseworkFakeElectronConfig = full;
  const saved = { ...process.env };
  Object.assign(process.env, env);
  const before = {
    ue: process.listeners('uncaughtException'),
    ur: process.listeners('unhandledRejection'),
  };
  delete requireHere.cache[bundle];
  try {
    requireHere(bundle);
  } finally {
    for (const key of Object.keys(env)) {
      if (saved[key] === undefined) delete process.env[key];
      else process.env[key] = saved[key];
    }
    // The bundle installs its fatal-error handlers on this (test) process: take them off again.
    const ue = process.listeners('uncaughtException').filter((l) => !before.ue.includes(l));
    const ur = process.listeners('unhandledRejection').filter((l) => !before.ur.includes(l));
    for (const l of ue) process.removeListener('uncaughtException', l);
    for (const l of ur) process.removeListener('unhandledRejection', l);
    fatalListeners =
      ue[0] && ur[0]
        ? { exception: ue[0] as (error: unknown) => void, rejection: ur[0] as (error: unknown) => void }
        : null;
  }
  return (globalThis as Record<string, unknown>).__caseworkFakeElectron as FakeState;
}

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'casework-wiring-'));
  bundle = await buildBundle();
  // The Node build of the native module stands in for the Electron one at the dev location.
  fs.mkdirSync(path.join(tmp, 'app', '.electron-native'), { recursive: true });
  fs.copyFileSync(nodeBinding, path.join(tmp, 'app', '.electron-native', 'better_sqlite3.node'));
}, 60_000);

afterAll(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe('main process wiring (real bundle, fake electron)', () => {
  it('before ready: sandbox for all renderers, app:// registered as standard+secure, single-instance lock', () => {
    const state = load({});
    expect(state.sandboxEnabled).toBe(true);
    expect(state.privilegedSchemes).toHaveLength(1);
    const [scheme] = state.privilegedSchemes;
    expect(scheme?.scheme).toBe('app');
    expect(scheme?.privileges).toMatchObject({ standard: true, secure: true, corsEnabled: false, bypassCSP: false, allowServiceWorkers: false });
    expect(state.quitCalls).toBe(0);
    expect(state.appendedSwitches).toContain('lang=en-GB'); // dates in the UI read dd/mm/yyyy
    expect(state.exitCodes).toEqual([]);
  });

  it('a second instance quits without doing anything else', () => {
    const state = load({ singleInstance: false });
    expect(state.quitCalls).toBe(1);
    expect(state.appEvents.listenerCount('second-instance')).toBe(0);
  });

  it('CASEWORK_USER_DATA moves userData in development builds only', () => {
    const dir = path.join(tmp, 'override');
    expect(load({}, { CASEWORK_USER_DATA: dir }).paths.get('userData')).toBe(dir);
    expect(load({ isPackaged: true }, { CASEWORK_USER_DATA: dir }).paths.get('userData')).not.toBe(dir);
  });

  it('a packaged build started with a remote-debugging switch exits before registering anything', () => {
    const state = load({ isPackaged: true, switches: ['remote-debugging-port'] });
    expect(state.exitCodes).toEqual([1]);
    expect(state.privilegedSchemes).toEqual([]);
    expect(state.sandboxEnabled).toBe(false);
  });

  it('without the Electron-ABI native module: explains and exits, creates no window', async () => {
    const state = load({ appPath: path.join(tmp, 'no-native') });
    state.resolveReady();
    await new Promise((r) => setTimeout(r, 50));
    expect(state.errorBoxes[0]?.[0]).toBe('Casework cannot start');
    expect(state.errorBoxes[0]?.[1]).toContain('npm start');
    expect(state.exitCodes).toEqual([1]);
    expect(state.ipcHandlers.size).toBe(0);
  });
});

describe('a started app', () => {
  let state: FakeState;
  let window: FakeBrowserWindow;
  let fatal: NonNullable<typeof fatalListeners>;
  const trusted = () => ({ sender: window.webContents, senderFrame: window.webContents.mainFrame });
  const invoke = (channel: string, payload: unknown, event: unknown = trusted()) => {
    const handler = state.ipcHandlers.get(IPC_CHANNEL_PREFIX + channel);
    if (!handler) throw new Error(`no handler for ${channel}`);
    return handler(event, payload) as Promise<{ ok: boolean; value?: unknown; error?: { code: string; message: string } }>;
  };
  const renderer = () => state.sessions.get('casework') as FakeSession;

  beforeAll(async () => {
    state = load({});
    if (!fatalListeners) throw new Error('the bundle installed no fatal-error handlers');
    fatal = fatalListeners;
    const loaded = new Promise<string>((resolve) => state.emitter.once('loaded', resolve));
    state.resolveReady();
    await loaded;
    expect(state.windows).toHaveLength(1);
    window = state.windows[0] as FakeBrowserWindow;
  }, 60_000);

  it('opens one locked-down window on app://casework/index.html', () => {
    expect(window.webContents.loadedUrls).toEqual(['app://casework/index.html']);
    expect(window.options).toMatchObject({ title: 'Casework', show: false });
    expect(window.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      devTools: true,
      preload: path.join(tmp, 'dist', 'preload', 'index.cjs'),
    });
    expect((window.options.webPreferences as { session: unknown }).session).toBe(renderer());
    window.emit('ready-to-show');
    expect(window.calls).toContain('show');
  });

  it('keeps the native title fixed whatever the page sets', () => {
    let prevented = false;
    window.emit('page-title-updated', { preventDefault: () => (prevented = true) }, 'Case: A Child – Casework');
    expect(prevented).toBe(true);
  });

  it('registers exactly one ipcMain handler per contract channel', () => {
    const electronStoreChannel = 'electron-store-get-data';
    expect([...state.ipcHandlers.keys()].sort()).toEqual(CHANNELS.map((c) => IPC_CHANNEL_PREFIX + c).sort());
    expect(state.ipcHandlers.has(electronStoreChannel)).toBe(false);
  });

  it('answers the main frame of the main window on app://casework', async () => {
    expect(await invoke('listProfiles', {})).toEqual({ ok: true, value: [] });
    expect(await invoke('getSession', {})).toEqual({ ok: true, value: { state: 'locked' } });
    expect((await invoke('listProfiles', { extra: 1 })).error?.code).toBe('INVALID_REQUEST');
  });

  it('refuses other senders without calling the core', async () => {
    const refused = { ok: false, error: { code: 'UNKNOWN_CHANNEL', message: 'This request was refused.' } };
    const frame = window.webContents.mainFrame;
    const others = [
      { sender: {}, senderFrame: frame },
      { sender: window.webContents, senderFrame: null },
      { sender: window.webContents, senderFrame: { ...frame, url: frame.url, parent: frame, processId: 1, routingId: 2 } },
      { sender: window.webContents, senderFrame: { url: frame.url, parent: null, processId: 2, routingId: 1 } },
      { sender: window.webContents, senderFrame: { url: 'https://example.org/', parent: null, processId: 1, routingId: 1 } },
      { sender: window.webContents, senderFrame: { url: 'app://casework.evil/index.html', parent: null, processId: 1, routingId: 1 } },
    ];
    for (const event of others) expect(await invoke('listProfiles', {}, event)).toEqual(refused);
  });

  it('serves the renderer with the CSP header, and refuses traversal and other methods', async () => {
    const handle = renderer().protocolHandlers.get('app');
    if (!handle) throw new Error('app:// not handled on the renderer session');
    const ok = await handle(new Request('app://casework/'));
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(ok.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(await ok.text()).toContain('<title>Casework</title>');
    expect((await handle(new Request('app://casework/%2e%2e/%2e%2e/main/index.cjs'))).status).toBeGreaterThanOrEqual(400);
    expect((await handle(new Request('app://casework/..%2fmain/index.cjs'))).status).toBe(403);
    expect((await handle(new Request('app://other/index.html'))).status).toBe(403);
    expect((await handle(new Request('app://casework/index.html', { method: 'POST', body: 'x' }))).status).toBe(405);
    expect(state.sessions.get('default')?.protocolHandlers.size).toBe(0);
  });

  it('blocks every request that is not for app://casework (both sessions); devtools allowed in development', () => {
    for (const ses of [renderer(), state.sessions.get('default') as FakeSession]) {
      const decide = (url: string) => {
        let cancel: boolean | undefined;
        ses.beforeRequest?.({ url }, (r) => (cancel = r.cancel));
        return cancel;
      };
      expect(decide('app://casework/assets/index.js')).toBe(false);
      expect(decide('data:image/png;base64,AAAA')).toBe(false);
      expect(decide('https://example.org/')).toBe(true);
      expect(decide('http://localhost:5173/')).toBe(true);
      expect(decide('file:///etc/passwd')).toBe(true);
      expect(decide('app://elsewhere/x')).toBe(true);
      expect(decide('devtools://devtools/bundled/inspector.html')).toBe(false);
    }
  });

  it('prints exports on their own hardened in-memory session that serves only a page being printed', async () => {
    const print = state.sessions.get('casework-print') as FakeSession;
    expect(print).toBeDefined();
    const decide = (url: string) => {
      let cancel: boolean | undefined;
      print.beforeRequest?.({ url }, (r) => (cancel = r.cancel));
      return cancel;
    };
    expect(decide('https://example.org/')).toBe(true);
    expect(decide('devtools://devtools/bundled/inspector.html')).toBe(true);
    const serve = print.protocolHandlers.get('app')!;
    expect((await serve(new Request('app://casework/index.html'))).status).toBe(404);
    expect((await serve(new Request('app://casework/print/not-queued'))).status).toBe(404);
  });

  it('grants no permission except clipboard write from our own page; no downloads, no spellchecker', () => {
    const ses = renderer();
    const ask = (permission: string, url: string) => {
      let granted: boolean | undefined;
      ses.permissionRequest?.(window.webContents, permission, (g) => (granted = g), { requestingUrl: url });
      return granted;
    };
    expect(ask('media', 'app://casework/index.html')).toBe(false);
    expect(ask('notifications', 'app://casework/index.html')).toBe(false);
    expect(ask('clipboard-read', 'app://casework/index.html')).toBe(false);
    expect(ask('clipboard-sanitized-write', 'app://casework/index.html')).toBe(true);
    expect(ask('clipboard-sanitized-write', 'https://example.org/')).toBe(false);
    expect(ses.permissionCheck?.(null, 'clipboard-sanitized-write', 'app://casework')).toBe(true);
    expect(ses.permissionCheck?.(null, 'geolocation', 'app://casework')).toBe(false);
    expect(ses.devicePermission?.()).toBe(false);
    expect(ses.spellcheck).toBe(false);
    let prevented = false;
    ses.events.emit('will-download', { preventDefault: () => (prevented = true) });
    expect(prevented).toBe(true);
  });

  it('guards every webContents: navigation, redirects, new windows, webviews', () => {
    const contents = window.webContents;
    const fire = (event: string, url: string) => {
      let prevented = false;
      contents.emit(event, { url, preventDefault: () => (prevented = true) });
      return prevented;
    };
    for (const event of ['will-navigate', 'will-frame-navigate', 'will-redirect']) {
      expect(fire(event, 'https://example.org/')).toBe(true);
      expect(fire(event, 'file:///etc/passwd')).toBe(true);
      expect(fire(event, 'app://casework/index.html')).toBe(false);
    }
    expect(contents.windowOpenHandler?.({ url: 'app://casework/index.html' })).toEqual({ action: 'deny' });
    let prevented = false;
    contents.emit('will-attach-webview', { preventDefault: () => (prevented = true) }, {}, {});
    expect(prevented).toBe(true);
  });

  it('locks on screen lock / suspend and pushes sessionLocked to the page', async () => {
    const created = await invoke('createProfile', { displayName: 'Sam Worker', passphrase: 'correct horse battery staple' });
    expect(created.ok).toBe(true);
    expect(((await invoke('getSession', {})).value as { state: string }).state).toBe('unlocked');
    state.powerEvents.emit('lock-screen');
    expect(((await invoke('getSession', {})).value as { state: string }).state).toBe('locked');
    expect(window.webContents.mainFrame.sent).toContainEqual([IPC_EVENT_CHANNEL, 'sessionLocked', { reason: 'system' }]);
    expect(state.powerEvents.listenerCount('suspend')).toBe(1);
  }, 60_000);

  it('the OS-wide Ctrl/Cmd+Shift+N brings the window forward and asks the page to open quick capture', () => {
    const press = state.shortcuts.get('CommandOrControl+Shift+N');
    expect(press).toBeDefined();
    window.calls.length = 0;
    press!();
    expect(window.calls).toEqual(expect.arrayContaining(['show', 'focus']));
    expect(window.webContents.mainFrame.sent).toContainEqual([IPC_EVENT_CHANNEL, 'openQuickCapture', {}]);
  });

  it('focuses the existing window when a second instance starts', () => {
    window.calls.length = 0;
    state.appEvents.emit('second-instance');
    expect(window.calls).toEqual(expect.arrayContaining(['show', 'focus']));
  });

  const unlock = async () => {
    const profiles = (await invoke('listProfiles', {})).value as { id: string }[];
    const unlocked = await invoke('unlock', { profileId: profiles[0]?.id, passphrase: 'correct horse battery staple' });
    expect(unlocked.ok).toBe(true);
  };
  const sessionState = async () => ((await invoke('getSession', {})).value as { state: string }).state;

  it('locks and reloads the page when the renderer process dies', async () => {
    await unlock();
    window.webContents.emit('render-process-gone', {}, { reason: 'crashed' });
    expect(await sessionState()).toBe('locked');
    expect(window.webContents.loadedUrls.at(-1)).toBe('app://casework/index.html');
    expect(window.webContents.loadedUrls).toHaveLength(2);
  }, 60_000);

  it('an uncaught error locks the store, logs only name and code, tells the user, and exits', async () => {
    await unlock();
    const logged: string[] = [];
    const spy = vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void logged.push(args.join(' ')));
    try {
      fatal.exception(Object.assign(new Error('note body: Jane told me about…'), { code: 'SQLITE_IOERR' }));
    } finally {
      spy.mockRestore();
    }
    expect(logged).toEqual(['[casework] fatal exception: Error SQLITE_IOERR']);
    expect(state.errorBoxes.at(-1)?.[0]).toBe('Casework must close');
    expect(state.exitCodes).toEqual([1]);
    expect(await sessionState()).toBe('locked');
  }, 60_000);

  // Last: this test closes the window for good.
  it('on quit the page saves its draft first, then bounds are saved (no case data) and the store locks', async () => {
    await unlock();
    window.bounds = { x: 10, y: 20, width: 1000, height: 700 };
    const quit = { defaultPrevented: false, preventDefault: () => (quit.defaultPrevented = true) };
    state.appEvents.emit('before-quit', quit);
    expect(quit.defaultPrevented).toBe(true);
    expect(window.webContents.mainFrame.sent).toContainEqual([IPC_EVENT_CHANNEL, 'saveBeforeClose', {}]);
    expect(window.isDestroyed()).toBe(false);
    expect(await sessionState()).toBe('unlocked'); // the draft can still be saved

    const profiles = (await invoke('listProfiles', {})).value as { id: string }[];
    const storeLock = path.join(state.paths.get('userData') as string, 'profiles', profiles[0]!.id, 'store.lock');
    expect(fs.existsSync(storeLock)).toBe(true);
    expect((await invoke('readyToClose', {})).ok).toBe(true);
    expect(window.isDestroyed()).toBe(true);
    const settings = JSON.parse(fs.readFileSync(path.join(state.paths.get('userData') as string, 'settings.json'), 'utf8'));
    expect(settings.windowBounds).toEqual({ x: 10, y: 20, width: 1000, height: 700 });
    expect(Object.keys(settings).sort()).toEqual(['autoLockMinutes', 'lastProfileId', 'windowBounds']);
    state.appEvents.emit('before-quit', { preventDefault: () => {} });
    expect(fs.existsSync(storeLock)).toBe(false); // store closed, key zeroed, lock released
  }, 60_000);
});
