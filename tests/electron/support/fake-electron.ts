/**
 * A recording stand-in for the `electron` module, used only by tests/electron/unit/main-wiring.test.ts to
 * run the real main-process bundle (main/app/** + core) in plain Node, where the Electron binary cannot
 * be downloaded. It implements just the calls main/app and electron-store make, records them, and lets
 * the test fire events. It proves wiring (what is registered, with which options, what each handler
 * does), not Electron's own behaviour: that is the smoke test's job where the binary exists.
 */
import { EventEmitter } from 'node:events';

type Listener = (...args: unknown[]) => unknown;

export interface FakeConfig {
  userData: string;
  appPath: string;
  isPackaged: boolean;
  switches: string[];
  singleInstance: boolean;
  /** Accelerators another application already owns. */
  takenShortcuts?: string[];
}

export interface FakeSession {
  name: string;
  permissionRequest?: (contents: unknown, permission: string, callback: (ok: boolean) => void, details: { requestingUrl: string }) => void;
  permissionCheck?: (contents: unknown, permission: string, origin: string) => boolean;
  devicePermission?: () => boolean;
  displayMedia?: (request: unknown, callback: (streams: unknown) => void) => void;
  beforeRequest?: (details: { url: string }, callback: (response: { cancel: boolean }) => void) => void;
  protocolHandlers: Map<string, (request: Request) => Promise<Response> | Response>;
  spellcheck: boolean | null;
  events: EventEmitter;
}

function makeSession(name: string) {
  const s: FakeSession = { name, protocolHandlers: new Map(), spellcheck: null, events: new EventEmitter() };
  return Object.assign(s, {
    setPermissionRequestHandler: (h: FakeSession['permissionRequest']) => void (s.permissionRequest = h),
    setPermissionCheckHandler: (h: FakeSession['permissionCheck']) => void (s.permissionCheck = h),
    setDevicePermissionHandler: (h: FakeSession['devicePermission']) => void (s.devicePermission = h),
    setDisplayMediaRequestHandler: (h: FakeSession['displayMedia']) => void (s.displayMedia = h),
    setSpellCheckerEnabled: (on: boolean) => void (s.spellcheck = on),
    on: (event: string, l: Listener) => s.events.on(event, l),
    webRequest: { onBeforeRequest: (h: FakeSession['beforeRequest']) => void (s.beforeRequest = h) },
    protocol: { handle: (scheme: string, h: (r: Request) => Promise<Response>) => void s.protocolHandlers.set(scheme, h) },
  });
}

export class FakeFrame {
  readonly sent: unknown[][] = [];
  constructor(
    public url: string,
    public readonly processId = 1,
    public readonly routingId = 1,
    public readonly parent: FakeFrame | null = null,
  ) {}
  send(...args: unknown[]): void {
    this.sent.push(args);
  }
}

export class FakeWebContents extends EventEmitter {
  readonly mainFrame = new FakeFrame('');
  windowOpenHandler: ((details: unknown) => { action: string }) | null = null;
  loadedUrls: string[] = [];
  destroyed = false;
  setWindowOpenHandler(h: (details: unknown) => { action: string }): void {
    this.windowOpenHandler = h;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  getURL(): string {
    return this.mainFrame.url;
  }
}

export class FakeBrowserWindow extends EventEmitter {
  readonly webContents = new FakeWebContents();
  readonly calls: string[] = [];
  bounds: { x: number; y: number; width: number; height: number };
  destroyed = false;
  constructor(public readonly options: Record<string, unknown>) {
    super();
    const o = options as { x?: number; y?: number; width: number; height: number };
    this.bounds = { x: o.x ?? 0, y: o.y ?? 0, width: o.width, height: o.height };
    state.windows.push(this);
    state.emitter.emit('web-contents-created-internal', this.webContents);
  }
  async loadURL(url: string): Promise<void> {
    this.webContents.loadedUrls.push(url);
    this.webContents.mainFrame.url = url;
    state.emitter.emit('loaded', url);
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  isMinimized(): boolean {
    return false;
  }
  isFullScreen(): boolean {
    return false;
  }
  getNormalBounds(): { x: number; y: number; width: number; height: number } {
    return this.bounds;
  }
  restore(): void {
    this.calls.push('restore');
  }
  show(): void {
    this.calls.push('show');
  }
  focus(): void {
    this.calls.push('focus');
  }
  /** Like Electron: 'close' may be prevented; otherwise the window goes and 'closed' follows. */
  close(): void {
    this.calls.push('close');
    let prevented = false;
    this.emit('close', { preventDefault: () => (prevented = true) });
    if (prevented) return;
    this.destroyed = true;
    this.emit('closed');
  }
  destroy(): void {
    this.destroyed = true;
  }
}

export interface FakeState {
  config: FakeConfig;
  emitter: EventEmitter;
  appEvents: EventEmitter;
  powerEvents: EventEmitter;
  paths: Map<string, string>;
  privilegedSchemes: { scheme: string; privileges: Record<string, boolean> }[];
  sandboxEnabled: boolean;
  exitCodes: number[];
  quitCalls: number;
  errorBoxes: [string, string][];
  ipcHandlers: Map<string, (event: unknown, ...args: unknown[]) => unknown>;
  ipcOn: Map<string, Listener>;
  menus: unknown[];
  appMenu: unknown;
  sessions: Map<string, ReturnType<typeof makeSession>>;
  windows: FakeBrowserWindow[];
  removedSwitches: string[];
  appendedSwitches: string[];
  shortcuts: Map<string, () => void>;
  resolveReady: () => void;
  ready: Promise<void>;
}

const GLOBAL_KEY = '__caseworkFakeElectron';
type Global = typeof globalThis & { [GLOBAL_KEY]?: FakeState; __caseworkFakeElectronConfig?: FakeConfig };

function createState(config: FakeConfig): FakeState {
  let resolveReady!: () => void;
  const ready = new Promise<void>((r) => (resolveReady = r));
  return {
    config,
    emitter: new EventEmitter(),
    appEvents: new EventEmitter(),
    powerEvents: new EventEmitter(),
    paths: new Map([['userData', config.userData]]),
    privilegedSchemes: [],
    sandboxEnabled: false,
    exitCodes: [],
    quitCalls: 0,
    errorBoxes: [],
    ipcHandlers: new Map(),
    ipcOn: new Map(),
    menus: [],
    appMenu: null,
    sessions: new Map(),
    windows: [],
    removedSwitches: [],
    appendedSwitches: [],
    shortcuts: new Map(),
    resolveReady,
    ready,
  };
}

const g = globalThis as Global;
const config = g.__caseworkFakeElectronConfig;
if (!config) throw new Error('fake-electron: set globalThis.__caseworkFakeElectronConfig before loading the bundle');
const state = createState(config);
g[GLOBAL_KEY] = state;

export const app = {
  get isPackaged() {
    return state.config.isPackaged;
  },
  commandLine: {
    hasSwitch: (s: string) => state.config.switches.includes(s),
    removeSwitch: (s: string) => void state.removedSwitches.push(s),
    appendSwitch: (s: string, value?: string) => void state.appendedSwitches.push(value === undefined ? s : `${s}=${value}`),
  },
  enableSandbox: () => void (state.sandboxEnabled = true),
  requestSingleInstanceLock: () => state.config.singleInstance,
  quit: () => void state.quitCalls++,
  exit: (code = 0) => void state.exitCodes.push(code),
  on: (event: string, l: Listener) => {
    state.appEvents.on(event, l);
    return app;
  },
  whenReady: () => state.ready,
  getPath: (name: string) => {
    const p = state.paths.get(name);
    if (!p) throw new Error(`fake-electron: no path ${name}`);
    return p;
  },
  setPath: (name: string, value: string) => void state.paths.set(name, value),
  getAppPath: () => state.config.appPath,
  getVersion: () => '0.0.0-test',
};

export const dialog = {
  showErrorBox: (title: string, content: string) => void state.errorBoxes.push([title, content]),
};

export const Menu = {
  buildFromTemplate: (template: unknown[]) => ({ template, popup: () => undefined }),
  setApplicationMenu: (menu: unknown) => void (state.appMenu = menu),
};

export const protocol = {
  registerSchemesAsPrivileged: (schemes: FakeState['privilegedSchemes']) => void state.privilegedSchemes.push(...schemes),
};

const defaultSession = makeSession('default');
state.sessions.set('default', defaultSession);
export const session = {
  defaultSession,
  fromPartition: (partition: string) => {
    const existing = state.sessions.get(partition);
    if (existing) return existing;
    const s = makeSession(partition);
    state.sessions.set(partition, s);
    return s;
  },
};

export const ipcMain = {
  handle: (channel: string, h: (event: unknown, ...args: unknown[]) => unknown) => {
    if (state.ipcHandlers.has(channel)) throw new Error(`fake-electron: second handler for ${channel}`);
    state.ipcHandlers.set(channel, h);
  },
  removeHandler: (channel: string) => void state.ipcHandlers.delete(channel),
  on: (channel: string, l: Listener) => void state.ipcOn.set(channel, l),
};

export const powerMonitor = {
  on: (event: string, l: Listener) => state.powerEvents.on(event, l),
  removeListener: (event: string, l: Listener) => state.powerEvents.removeListener(event, l),
};

/** Global shortcuts the app registered, by accelerator; `taken` ones refuse registration as the OS would. */
export const globalShortcut = {
  register: (accelerator: string, callback: () => void) => {
    if (state.config.takenShortcuts?.includes(accelerator)) return false;
    state.shortcuts.set(accelerator, callback);
    return true;
  },
  unregister: (accelerator: string) => void state.shortcuts.delete(accelerator),
};

export const screen = {
  getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }],
};

export const shell = {
  openPath: async () => 'not available in tests',
};

export const BrowserWindow = FakeBrowserWindow;

// The app registers `web-contents-created` on `app`; windows created later announce their contents here.
state.emitter.on('web-contents-created-internal', (contents: FakeWebContents) => {
  state.appEvents.emit('web-contents-created', { preventDefault: () => undefined }, contents);
});

export default { app, dialog, Menu, protocol, session, ipcMain, powerMonitor, globalShortcut, screen, shell, BrowserWindow };
