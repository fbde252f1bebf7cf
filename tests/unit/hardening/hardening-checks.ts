/**
 * Static Electron-hardening checks, as pure functions over source text (TypeScript AST where structure
 * matters, plain text where a comment or a lint-disable must not hide anything). Each returns a list of
 * violations, empty when all is well, so tests can run the same function on the real files and on bad
 * snippets (proving each check can fail). Used by electron-hardening.test.ts.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import ts from 'typescript';

export interface SourceText {
  /** Repo-relative path with forward slashes, e.g. main/app/window.ts */
  path: string;
  text: string;
}

const SOURCE_EXTENSIONS = /\.(ts|tsx|mts|cts|js|jsx|mjs|cjs|html)$/u;

/** Every source file under the given repo folders (no node_modules, no dist). */
export function readSources(repo: string, folders: string[]): SourceText[] {
  const out: SourceText[] = [];
  const walk = (rel: string): void => {
    for (const entry of fs.readdirSync(path.join(repo, rel), { withFileTypes: true })) {
      const child = `${rel}/${entry.name}`;
      if (entry.isDirectory()) {
        if (entry.name !== 'node_modules' && entry.name !== 'dist') walk(child);
      } else if (SOURCE_EXTENSIONS.test(entry.name)) {
        out.push({ path: child, text: fs.readFileSync(path.join(repo, child), 'utf8') });
      }
    }
  };
  for (const folder of folders) walk(folder);
  return out;
}

const parsed = new WeakMap<SourceText, ts.SourceFile>();

function parse(file: SourceText): ts.SourceFile {
  const cached = parsed.get(file);
  if (cached) return cached;
  const kind = file.path.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const source = ts.createSourceFile(file.path, file.text, ts.ScriptTarget.Latest, true, kind);
  parsed.set(file, source);
  return source;
}

function walk(node: ts.Node, visit: (node: ts.Node) => void): void {
  visit(node);
  ts.forEachChild(node, (child) => walk(child, visit));
}

function where(source: ts.SourceFile, node: ts.Node): string {
  const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
  return `${source.fileName}:${line + 1}`;
}

function propertyName(name: ts.PropertyName): string | null {
  if (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNoSubstitutionTemplateLiteral(name)) return name.text;
  return null;
}

function objectProperty(object: ts.ObjectLiteralExpression, name: string): ts.ObjectLiteralElementLike | undefined {
  return object.properties.find((p) => p.name !== undefined && propertyName(p.name) === name);
}

function unwrap(expression: ts.Expression): ts.Expression {
  let e = expression;
  while (ts.isParenthesizedExpression(e) || ts.isAsExpression(e) || ts.isSatisfiesExpression(e) || ts.isNonNullExpression(e)) {
    e = e.expression;
  }
  return e;
}

// ---------------------------------------------------------------------------------------------------------
// IPC: only main/app/ipc-adapter.ts touches ipcMain, and each listener it registers checks the sender first.

export const IPC_ADAPTER = 'main/app/ipc-adapter.ts';
const IPC_REGISTER = new Set(['handle', 'handleOnce', 'on', 'once', 'addListener', 'prependListener', 'prependOnceListener']);
const IPC_REMOVE = new Set(['removeHandler', 'removeListener', 'removeAllListeners', 'off']);

/** `if (!isTrustedSender(<event>, …)) return …;` as the listener's first statement. */
function checksSenderFirst(listener: ts.Expression): boolean {
  const fn = unwrap(listener);
  if (!ts.isArrowFunction(fn) && !ts.isFunctionExpression(fn)) return false;
  const event = fn.parameters[0]?.name;
  if (!event || !ts.isIdentifier(event) || !ts.isBlock(fn.body)) return false;
  const first = fn.body.statements[0];
  if (!first || !ts.isIfStatement(first)) return false;
  const condition = unwrap(first.expression);
  if (!ts.isPrefixUnaryExpression(condition) || condition.operator !== ts.SyntaxKind.ExclamationToken) return false;
  const call = unwrap(condition.operand);
  if (!ts.isCallExpression(call) || !ts.isIdentifier(call.expression) || call.expression.text !== 'isTrustedSender') return false;
  const firstArg = call.arguments[0];
  if (!firstArg || !ts.isIdentifier(firstArg) || firstArg.text !== event.text) return false;
  const then = first.thenStatement;
  return ts.isReturnStatement(then) || (ts.isBlock(then) && then.statements.length === 1 && ts.isReturnStatement(then.statements[0] as ts.Statement));
}

export function ipcRegistrationViolations(files: SourceText[]): string[] {
  const violations: string[] = [];
  let registrations = 0;
  for (const file of files) {
    const source = parse(file);
    const isAdapter = file.path === IPC_ADAPTER;
    walk(source, (node) => {
      // webContents.ipc / webFrameMain.ipc are per-page IPC listeners that would bypass the adapter.
      if (ts.isPropertyAccessExpression(node) && node.name.text === 'ipc') {
        violations.push(`${where(source, node)}: ".ipc" (webContents/webFrameMain IPC) bypasses the IPC adapter`);
      }
      const mentionsIpcMain =
        (ts.isIdentifier(node) && node.text === 'ipcMain') || (ts.isStringLiteral(node) && node.text === 'ipcMain');
      if (!mentionsIpcMain) return;
      if (!isAdapter) {
        violations.push(`${where(source, node)}: ipcMain is used outside ${IPC_ADAPTER}`);
        return;
      }
      const parent = node.parent;
      if (ts.isImportSpecifier(parent) && !parent.propertyName && parent.name === node) return; // import { ipcMain }
      if (ts.isPropertyAccessExpression(parent) && parent.expression === node && ts.isCallExpression(parent.parent) && parent.parent.expression === parent) {
        const method = parent.name.text;
        if (IPC_REMOVE.has(method)) return;
        if (IPC_REGISTER.has(method)) {
          registrations++;
          const listener = parent.parent.arguments[1];
          if (!listener || !checksSenderFirst(listener)) {
            violations.push(`${where(source, node)}: ipcMain.${method} listener must start with "if (!isTrustedSender(event, …)) return …"`);
          }
          return;
        }
      }
      violations.push(`${where(source, node)}: unrecognised use of ipcMain (only ipcMain.<method>(…) calls are allowed)`);
    });
  }
  if (files.some((f) => f.path === IPC_ADAPTER) && registrations === 0) {
    violations.push(`${IPC_ADAPTER}: no ipcMain registration found (has the adapter moved? update this check)`);
  }
  return violations;
}

// ---------------------------------------------------------------------------------------------------------
// shell.openExternal: forbidden by ESLint; checked as text too, so an eslint-disable comment cannot hide it.

export function openExternalViolations(files: SourceText[]): string[] {
  const violations: string[] = [];
  for (const file of files) {
    file.text.split('\n').forEach((line, i) => {
      if (/openExternal/u.test(line)) violations.push(`${file.path}:${i + 1}: openExternal: ${line.trim()}`);
    });
  }
  return violations;
}

// ---------------------------------------------------------------------------------------------------------
// Fuses in electron-builder.yml, parsed with the YAML parser electron-builder itself uses (js-yaml).

export const REQUIRED_FUSES: Readonly<Record<string, boolean>> = {
  runAsNode: false,
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  onlyLoadAppFromAsar: true,
  enableEmbeddedAsarIntegrityValidation: true,
  enableCookieEncryption: true,
  grantFileProtocolExtraPrivileges: false,
};

interface JsYaml {
  load(text: string): unknown;
}

/** js-yaml as resolved by app-builder-lib (electron-builder's config loader), not a copy of our own. */
export function loadYaml(text: string): unknown {
  const fromHere = createRequire(__filename);
  const fromBuilder = createRequire(fromHere.resolve('app-builder-lib/package.json'));
  return (fromBuilder('js-yaml') as JsYaml).load(text);
}

export function fuseViolations(yamlText: string): string[] {
  let config: unknown;
  try {
    config = loadYaml(yamlText);
  } catch (error) {
    return [`electron-builder.yml is not valid YAML: ${(error as Error).message}`];
  }
  const fuses = (config as { electronFuses?: unknown } | null)?.electronFuses;
  if (typeof fuses !== 'object' || fuses === null) return ['electron-builder.yml has no electronFuses block'];
  return Object.entries(REQUIRED_FUSES)
    .filter(([name, wanted]) => (fuses as Record<string, unknown>)[name] !== wanted)
    .map(([name, wanted]) => `electronFuses.${name} must be ${wanted} (found ${JSON.stringify((fuses as Record<string, unknown>)[name])})`);
}

// ---------------------------------------------------------------------------------------------------------
// Sessions: the hardening function installs the permission handlers from permissions.ts, and every session
// the app creates (default, fromPartition) goes through it.

function calledMethod(node: ts.Node, method: string): ts.CallExpression | null {
  if (!ts.isCallExpression(node)) return null;
  const callee = node.expression;
  return ts.isPropertyAccessExpression(callee) && callee.name.text === method ? node : null;
}

function containingFunctionName(node: ts.Node): string | null {
  for (let n: ts.Node | undefined = node.parent; n; n = n.parent) {
    if (ts.isFunctionDeclaration(n)) return n.name?.text ?? null;
  }
  return null;
}

function functionArg(call: ts.CallExpression, index = 0): ts.ArrowFunction | ts.FunctionExpression | null {
  const arg = call.arguments[index];
  if (!arg) return null;
  const fn = unwrap(arg);
  return ts.isArrowFunction(fn) || ts.isFunctionExpression(fn) ? fn : null;
}

/** The values a function can return: its expression body, or the expressions of its return statements. */
function returnedExpressions(fn: ts.ArrowFunction | ts.FunctionExpression): ts.Expression[] {
  if (!ts.isBlock(fn.body)) return [unwrap(fn.body)];
  const out: ts.Expression[] = [];
  walk(fn.body, (n) => {
    if (ts.isReturnStatement(n) && n.expression) out.push(unwrap(n.expression));
  });
  return out;
}

const isCallTo = (e: ts.Node, name: string): boolean =>
  ts.isCallExpression(e) && ts.isIdentifier(e.expression) && e.expression.text === name;

export function sessionHardeningViolations(files: SourceText[]): string[] {
  const violations: string[] = [];
  /** Names of the functions that install the permission handlers (hardenSession). */
  const hardeners = new Set<string>();
  const found = { request: false, check: false, device: false };

  for (const file of files) {
    const source = parse(file);
    let installsPermissionHandlers = false;
    walk(source, (node) => {
      const request = calledMethod(node, 'setPermissionRequestHandler');
      if (request) {
        found.request = installsPermissionHandlers = true;
        const name = containingFunctionName(request);
        if (name) hardeners.add(name);
        const fn = functionArg(request);
        const callback = fn?.parameters[2]?.name;
        // callback(isPermissionAllowed(…)), and no other call of the callback.
        const callbackCalls: ts.CallExpression[] = [];
        if (fn && callback && ts.isIdentifier(callback)) {
          walk(fn.body, (n) => {
            if (ts.isCallExpression(n) && isCallTo(n, callback.text)) callbackCalls.push(n);
          });
        }
        const ok =
          callbackCalls.length > 0 &&
          callbackCalls.every((c) => c.arguments.length === 1 && isCallTo(unwrap(c.arguments[0] as ts.Expression), 'isPermissionAllowed'));
        if (!ok) violations.push(`${where(source, request)}: the permission request handler must answer only callback(isPermissionAllowed(…))`);
      }
      const check = calledMethod(node, 'setPermissionCheckHandler');
      if (check) {
        found.check = installsPermissionHandlers = true;
        const fn = functionArg(check);
        const returns = fn ? returnedExpressions(fn) : [];
        if (returns.length === 0 || !returns.every((r) => isCallTo(r, 'isPermissionAllowed'))) {
          violations.push(`${where(source, check)}: the permission check handler must return isPermissionAllowed(…)`);
        }
      }
      const device = calledMethod(node, 'setDevicePermissionHandler');
      if (device) {
        found.device = true;
        const fn = functionArg(device);
        const returns = fn ? returnedExpressions(fn) : [];
        if (returns.length === 0 || !returns.every((r) => r.kind === ts.SyntaxKind.FalseKeyword)) {
          violations.push(`${where(source, device)}: the device permission handler must return false`);
        }
      }
    });
    const importsRule = /import\s*\{[^}]*\bisPermissionAllowed\b[^}]*\}\s*from\s*'\.\/permissions'/u.test(file.text);
    if (installsPermissionHandlers && !importsRule) {
      violations.push(`${file.path}: isPermissionAllowed must be imported from ./permissions (the unit-tested rule)`);
    }
  }
  if (!found.request) violations.push('no session.setPermissionRequestHandler found');
  if (!found.check) violations.push('no session.setPermissionCheckHandler found');
  if (!found.device) violations.push('no session.setDevicePermissionHandler found');
  if (hardeners.size === 0) return violations;
  const hardenerNames = [...hardeners].join('/');

  // Every session the app makes goes through the hardening function: the default session, and each
  // session.fromPartition / fromPath, stored in a variable that is passed to it in the same file.
  for (const file of files) {
    const source = parse(file);
    const hardened = new Set<string>();
    walk(source, (node) => {
      if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && hardeners.has(node.expression.text) && node.arguments[0]) {
        hardened.add(node.arguments[0].getText(source));
      }
    });
    walk(source, (node) => {
      if (!calledMethod(node, 'fromPartition') && !calledMethod(node, 'fromPath')) return;
      const decl = node.parent;
      const name = ts.isVariableDeclaration(decl) && ts.isIdentifier(decl.name) ? decl.name.text : null;
      if (!name || !hardened.has(name)) {
        violations.push(`${where(source, node)}: a new session must be stored in a variable and passed to ${hardenerNames} in the same file`);
      }
    });
  }
  const defaultHardened = files.some((f) =>
    [...hardeners].some((h) => new RegExp(`\\b${h}\\(\\s*session\\.defaultSession\\b`, 'u').test(f.text)),
  );
  if (!defaultHardened) violations.push(`session.defaultSession is never passed to ${hardenerNames}`);
  return violations;
}

// ---------------------------------------------------------------------------------------------------------
// Content-Security-Policy: nothing unsafe, nothing remote.

export function parseCsp(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/u);
    if (name) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

/**
 * No 'unsafe-…' (inline, eval, hashes), no remote or wildcard sources: only 'self' and 'none', and `data:`
 * only in img-src (inline images). Stricter than "no remote": hashes, nonces and blob: also fail, so any
 * widening of the policy is a deliberate change here.
 */
export function cspViolations(policy: string, label: string): string[] {
  const violations: string[] = [];
  const directives = parseCsp(policy);
  // Anything not listed falls back to default-src, so it must refuse everything.
  if (directives.get('default-src')?.join(' ') !== "'none'") violations.push(`${label}: default-src must be 'none'`);
  for (const [name, sources] of directives) {
    if (sources.length === 0) violations.push(`${label}: ${name} has no sources`);
    for (const source of sources) {
      const s = source.toLowerCase();
      if (s.includes('unsafe')) violations.push(`${label}: ${name} allows ${source}`);
      else if (s === "'self'" || s === "'none'") continue;
      else if (s === 'data:' && name === 'img-src') continue;
      else violations.push(`${label}: ${name} allows ${source} (only 'self' and 'none', data: only in img-src; widen this check only deliberately)`);
    }
  }
  return violations;
}

/** The content of the page's <meta http-equiv="Content-Security-Policy">, or null. */
export function metaCsp(html: string): string | null {
  for (const tag of html.match(/<meta\b[^>]*>/giu) ?? []) {
    if (!/http-equiv\s*=\s*["']content-security-policy["']/iu.test(tag)) continue;
    const content = /\bcontent\s*=\s*"([^"]*)"/iu.exec(tag) ?? /\bcontent\s*=\s*'([^']*)'/iu.exec(tag);
    return content?.[1] ?? null;
  }
  return null;
}

// ---------------------------------------------------------------------------------------------------------
// Windows: every BrowserWindow / BrowserView / WebContentsView has locked-down webPreferences, written
// inline so this check (and electronegativity) can see them.

const WINDOW_CLASSES = new Set(['BrowserWindow', 'BrowserView', 'WebContentsView']);
const MUST_BE: Readonly<Record<string, boolean>> = { contextIsolation: true, sandbox: true, nodeIntegration: false };
/** May be absent (Electron's default is safe) but never set to the unsafe value. */
const NEVER: Readonly<Record<string, boolean>> = {
  webSecurity: false,
  allowRunningInsecureContent: true,
  nodeIntegrationInSubFrames: true,
  nodeIntegrationInWorker: true,
  webviewTag: true,
  experimentalFeatures: true,
};
/** Not allowed at all: removed/dangerous options, and `partition` (would create an unhardened session). */
const FORBIDDEN_KEYS = ['enableRemoteModule', 'enableBlinkFeatures', 'partition'];

export interface WindowReport {
  windows: string[];
  violations: string[];
}

export function browserWindowViolations(files: SourceText[]): WindowReport {
  const report: WindowReport = { windows: [], violations: [] };
  for (const file of files) {
    const source = parse(file);
    walk(source, (node) => {
      if (!ts.isNewExpression(node)) return;
      const callee = node.expression;
      const className = ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? callee.name.text : '';
      if (!WINDOW_CLASSES.has(className)) return;
      const at = where(source, node);
      report.windows.push(at);
      const bad = (message: string) => report.violations.push(`${at}: new ${className}: ${message}`);
      const arg = node.arguments?.[0] ? unwrap(node.arguments[0]) : undefined;
      if (!arg || !ts.isObjectLiteralExpression(arg)) return bad('options must be an inline object literal');
      const prefsProp = objectProperty(arg, 'webPreferences');
      if (!prefsProp || !ts.isPropertyAssignment(prefsProp)) return bad('webPreferences must be given inline');
      const spreadAfter = arg.properties.slice(arg.properties.indexOf(prefsProp) + 1).some(ts.isSpreadAssignment);
      if (spreadAfter) bad('no spread after webPreferences (it could replace them)');
      const prefs = unwrap(prefsProp.initializer);
      if (!ts.isObjectLiteralExpression(prefs)) return bad('webPreferences must be an inline object literal');
      if (prefs.properties.some(ts.isSpreadAssignment)) bad('no spread inside webPreferences');
      const literal = (name: string): boolean | 'absent' | 'not a literal' => {
        const p = objectProperty(prefs, name);
        if (!p) return 'absent';
        if (!ts.isPropertyAssignment(p)) return 'not a literal';
        const v = unwrap(p.initializer);
        if (v.kind === ts.SyntaxKind.TrueKeyword) return true;
        if (v.kind === ts.SyntaxKind.FalseKeyword) return false;
        return 'not a literal';
      };
      for (const [name, wanted] of Object.entries(MUST_BE)) {
        const value = literal(name);
        if (value !== wanted) bad(`webPreferences.${name} must be literally ${wanted} (found ${String(value)})`);
      }
      for (const [name, unsafe] of Object.entries(NEVER)) {
        const value = literal(name);
        if (value !== 'absent' && value !== !unsafe) bad(`webPreferences.${name} must be absent or literally ${!unsafe} (found ${String(value)})`);
      }
      for (const name of FORBIDDEN_KEYS) {
        if (objectProperty(prefs, name)) bad(`webPreferences.${name} is not allowed`);
      }
    });
  }
  return report;
}
