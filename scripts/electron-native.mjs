#!/usr/bin/env node
/**
 * Makes the Electron-ABI build of better-sqlite3-multiple-ciphers WITHOUT touching node_modules, whose
 * Node build is what `npm test` loads. Result: .electron-native/better_sqlite3.node (+ a stamp file),
 * loaded by the app through better-sqlite3's `nativeBinding` option and shipped by electron-builder as
 * an extra resource.
 *
 *   1. copy node_modules/better-sqlite3-multiple-ciphers (minus its build/) to .electron-native/build/
 *   2. there: prebuild-install --runtime electron --target <electron version> --arch <arch>   (a download)
 *   3. else:  node-gyp rebuild --runtime=electron --target=<version> --dist-url=https://electronjs.org/headers
 *   4. check the binary really is for Electron's ABI, copy it out, write the stamp
 * Skipped when the stamp matches (same Electron version, ABI, module version, platform and arch).
 *
 * Usage: node scripts/electron-native.mjs [--arch x64|arm64|...] [--force]
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const MODULE_NAME = 'better-sqlite3-multiple-ciphers';
const BINARY_NAME = 'better_sqlite3.node';
const outDir = path.join(root, '.electron-native');
const workDir = path.join(outDir, 'build');
const logFile = path.join(outDir, 'build.log');
const outFile = path.join(outDir, BINARY_NAME);
const stampFile = path.join(outDir, 'better_sqlite3.stamp.json');
const requireFromRoot = createRequire(path.join(root, 'package.json'));

const say = (line) => console.log(`electron-native: ${line}`);

function readJson(file) {
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

function electronTarget() {
  const dir = path.join(root, 'node_modules', 'electron');
  const version = readJson(path.join(dir, 'package.json')).version;
  let abi = '';
  try {
    abi = fs.readFileSync(path.join(dir, 'abi_version'), 'utf8').trim();
  } catch {
    abi = String(requireFromRoot('node-abi').getAbi(version, 'electron'));
  }
  return { version, abi };
}

/** ABI numbers in the binary's `node_register_module_v<N>` symbol(s) (better-sqlite3 is not N-API). */
export function moduleAbisIn(file) {
  const text = fs.readFileSync(file).toString('latin1');
  return [...new Set([...text.matchAll(/node_register_module_v(\d+)/gu)].map((m) => m[1]))];
}

/**
 * Environment for the build tools. npm exports its config as npm_config_* variables, and on machines
 * like ours `nodedir=/usr` (Node's own headers): node-gyp would silently build for Node instead of
 * Electron. Everything that picks the runtime, headers or target is removed; the command line decides.
 */
function buildEnv() {
  const env = { ...process.env };
  for (const key of Object.keys(env)) {
    if (/^npm_config_(nodedir|target|target_arch|arch|runtime|disturl|dist_url|devdir|build_from_source|platform|libc)$/iu.test(key)) {
      delete env[key];
    }
  }
  delete env.ELECTRON_RUN_AS_NODE;
  return env;
}

function run(label, args, cwd, timeoutMs) {
  fs.appendFileSync(logFile, `\n$ ${[process.execPath, ...args].join(' ')}\n`);
  const result = spawnSync(process.execPath, args, {
    cwd,
    env: buildEnv(),
    encoding: 'utf8',
    timeout: timeoutMs,
    maxBuffer: 64 * 1024 * 1024,
    windowsHide: true,
  });
  fs.appendFileSync(logFile, `${result.stdout ?? ''}${result.stderr ?? ''}\n[${label}: ${result.error ? result.error.message : `exit ${result.status}`}]\n`);
  return result.status === 0 && !result.error;
}

function nodeGypScript() {
  const candidates = [];
  try {
    candidates.push(requireFromRoot.resolve('node-gyp/bin/node-gyp.js'));
  } catch {
    // not installed locally: use the copy that ships with npm
  }
  if (process.env.npm_execpath) {
    candidates.push(path.join(path.dirname(process.env.npm_execpath), '..', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'));
  }
  const nodeDir = path.dirname(process.execPath);
  candidates.push(path.join(nodeDir, '..', 'lib', 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'));
  candidates.push(path.join(nodeDir, 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'));
  return candidates.find((c) => fs.existsSync(c)) ?? null;
}

function isCurrent(stamp) {
  if (!fs.existsSync(outFile) || !fs.existsSync(stampFile)) return false;
  try {
    return JSON.stringify(readJson(stampFile)) === JSON.stringify(stamp);
  } catch {
    return false;
  }
}

/** Ensures .electron-native/better_sqlite3.node is current. Returns its path; throws Error with a one-line message. */
export function ensureElectronNative({ arch = process.arch, force = false } = {}) {
  const moduleDir = path.join(root, 'node_modules', MODULE_NAME);
  if (!fs.existsSync(path.join(moduleDir, 'package.json'))) {
    throw new Error(`${MODULE_NAME} is not installed; run "npm install" first.`);
  }
  const { version: electronVersion, abi } = electronTarget();
  const moduleVersion = readJson(path.join(moduleDir, 'package.json')).version;
  const stamp = { module: `${MODULE_NAME}@${moduleVersion}`, electron: electronVersion, abi, platform: process.platform, arch };
  if (!force && isCurrent(stamp)) return outFile;

  say(`building ${MODULE_NAME} ${moduleVersion} for Electron ${electronVersion} (ABI ${abi}, ${process.platform}-${arch})`);
  fs.mkdirSync(outDir, { recursive: true });
  fs.writeFileSync(logFile, `${new Date().toISOString()} ${JSON.stringify(stamp)}\n`);
  fs.rmSync(workDir, { recursive: true, force: true });
  const copyDir = path.join(workDir, MODULE_NAME);
  fs.cpSync(moduleDir, copyDir, {
    recursive: true,
    filter: (src) => path.relative(moduleDir, src).split(path.sep)[0] !== 'build',
  });
  const built = path.join(copyDir, 'build', 'Release', BINARY_NAME);

  let ok = false;
  let prebuildScript = null;
  try {
    prebuildScript = createRequire(path.join(moduleDir, 'package.json')).resolve('prebuild-install/bin.js');
  } catch {
    prebuildScript = null;
  }
  if (prebuildScript) {
    const args = [prebuildScript, '--runtime', 'electron', '--target', electronVersion, '--arch', arch, '--platform', process.platform, '--verbose'];
    ok = run('prebuild-install', args, copyDir, 120_000) && fs.existsSync(built);
  }
  if (!ok) {
    const gyp = nodeGypScript();
    if (!gyp) throw new Error(`no prebuilt binary was downloaded and node-gyp was not found to build one (see ${path.relative(root, logFile)}).`);
    say('no prebuilt binary available; building from source (a few minutes the first time)…');
    const args = [
      gyp,
      'rebuild',
      '--release',
      '--runtime=electron',
      `--target=${electronVersion}`,
      `--arch=${arch}`,
      '--dist-url=https://electronjs.org/headers',
      '--jobs=max',
    ];
    ok = run('node-gyp', args, copyDir, 30 * 60_000) && fs.existsSync(built);
  }
  if (!ok) {
    throw new Error(
      `could not get an Electron build of ${MODULE_NAME}: the prebuilt download and the source build both failed ` +
        `(both need the internet the first time: github.com and electronjs.org/headers; offline?). Details: ${path.relative(root, logFile)}`,
    );
  }

  const abis = moduleAbisIn(built);
  if (abis.length > 0 && !abis.includes(abi)) {
    throw new Error(`the binary that was built is for ABI ${abis.join(', ')}, not Electron's ${abi}; not using it (see ${path.relative(root, logFile)}).`);
  }
  const temp = `${outFile}.tmp`;
  fs.copyFileSync(built, temp);
  fs.renameSync(temp, outFile);
  fs.writeFileSync(stampFile, `${JSON.stringify(stamp)}\n`);
  fs.rmSync(workDir, { recursive: true, force: true });
  say(`ready: ${path.relative(root, outFile)}${abis.length === 0 ? ' (ABI symbol not found in the binary; not verified)' : ''}`);
  return outFile;
}

function parseArgs(argv) {
  const i = argv.indexOf('--arch');
  return { arch: i >= 0 && argv[i + 1] ? argv[i + 1] : process.arch, force: argv.includes('--force') };
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  try {
    ensureElectronNative(parseArgs(process.argv.slice(2)));
  } catch (error) {
    console.error(`electron-native: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}

/**
 * electron-builder `beforePack` hook (electron-builder.yml): builds the binary for the architecture being
 * packaged, so extraResources always ships the matching one. Cross-OS builds are not possible (node-gyp
 * and the prebuilt download are per OS), nor is a macOS universal build from one binary.
 */
const BUILDER_ARCH = { 0: 'ia32', 1: 'x64', 2: 'armv7l', 3: 'arm64' };
export async function beforePack(context) {
  if (context.electronPlatformName !== process.platform) {
    throw new Error(`electron-native: cannot build the native module for ${context.electronPlatformName} on ${process.platform}; package on that OS.`);
  }
  const arch = BUILDER_ARCH[context.arch];
  if (!arch) throw new Error('electron-native: universal/unknown architecture is not supported; package one architecture at a time.');
  ensureElectronNative({ arch });
}
