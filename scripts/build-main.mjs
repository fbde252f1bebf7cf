#!/usr/bin/env node
/**
 * Bundles the Electron main process and the preload with esbuild.
 *   main/app/main.ts -> dist/main/index.cjs     (node22, CJS; external: electron, better-sqlite3-multiple-ciphers)
 *   preload/index.ts -> dist/preload/index.cjs  (one CJS file; external: electron only, as sandboxed preloads need)
 * electron-store (ESM-only), zod and the rest are bundled. After building, the externals actually left in
 * each bundle are checked, so a stray runtime import fails the build instead of failing on a user's machine.
 *
 * The preload needs only the list of channel names from the contract, not its zod schemas (validation
 * happens in the main process). Bundling zod made the preload ~750 KiB and ~60 ms to evaluate before first
 * paint, so for the preload build `./channels` (as imported by preload/contract/api.ts) is replaced by a
 * module holding just CHANNELS, computed here from the real contract. If api.ts ever needs anything else
 * from channels.ts at runtime, esbuild fails with "No matching export"; a size budget catches zod
 * creeping back in another way.
 *
 * Usage: node scripts/build-main.mjs [--production]   (--production: no source maps)
 */
import { builtinModules, createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const production = process.argv.includes('--production');

const builtins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);

const common = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node22',
  sourcemap: production ? false : 'linked',
  sourcesContent: false,
  legalComments: 'none',
  logLevel: 'warning',
  metafile: true,
  define: { 'process.env.NODE_ENV': JSON.stringify(production ? 'production' : 'development') },
};

const targets = [
  {
    name: 'main',
    options: {
      ...common,
      entryPoints: ['main/app/main.ts'],
      outfile: 'dist/main/index.cjs',
      external: ['electron', 'better-sqlite3-multiple-ciphers'],
    },
    allowed: (p) => p === 'electron' || p === 'better-sqlite3-multiple-ciphers' || builtins.has(p),
  },
  {
    name: 'preload',
    options: {
      ...common,
      entryPoints: ['preload/index.ts'],
      outfile: 'dist/preload/index.cjs',
      external: ['electron'],
    },
    // A sandboxed preload can require only a few modules; ours needs just electron.
    allowed: (p) => p === 'electron',
  },
];

const PRELOAD_BUDGET_BYTES = 64 * 1024;

/** CHANNELS from the real contract, evaluated in this Node process. */
async function contractChannelNames() {
  const out = await esbuild.build({
    absWorkingDir: root,
    entryPoints: ['preload/contract/channels.ts'],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    write: false,
    logLevel: 'warning',
  });
  const mod = { exports: {} };
  new Function('module', 'exports', 'require', out.outputFiles[0].text)(mod, mod.exports, createRequire(import.meta.url));
  const names = mod.exports.CHANNELS;
  if (!Array.isArray(names) || names.length === 0 || !names.every((n) => typeof n === 'string')) {
    throw new Error('build-main: could not read CHANNELS from preload/contract/channels.ts');
  }
  return names;
}

function channelNamesOnly(names) {
  return {
    name: 'casework-channel-names-only',
    setup(build) {
      build.onResolve({ filter: /^\.\/channels$/ }, (args) =>
        path.resolve(args.importer) === path.join(root, 'preload', 'contract', 'api.ts')
          ? { path: 'channels', namespace: 'casework-channel-names' }
          : undefined,
      );
      build.onLoad({ filter: /.*/, namespace: 'casework-channel-names' }, () => ({
        contents: `export const CHANNELS = Object.freeze(${JSON.stringify(names)});\n`,
        loader: 'js',
      }));
    },
  };
}

const started = Date.now();
targets[1].options.plugins = [channelNamesOnly(await contractChannelNames())];
let failed = false;
for (const { name, options, allowed } of targets) {
  fs.rmSync(path.join(root, path.dirname(options.outfile)), { recursive: true, force: true });
  let result;
  try {
    result = await esbuild.build(options);
  } catch {
    failed = true; // esbuild has already printed the errors
    continue;
  }
  const externals = new Set();
  for (const output of Object.values(result.metafile.outputs)) {
    for (const imp of output.imports) if (imp.external) externals.add(imp.path);
  }
  const stray = [...externals].filter((p) => !allowed(p));
  if (stray.length > 0) {
    console.error(`build-main: ${name} bundle requires modules it may not load at runtime: ${stray.join(', ')}`);
    failed = true;
  }
  const size = fs.statSync(path.join(root, options.outfile)).size;
  if (name === 'preload' && size > PRELOAD_BUDGET_BYTES) {
    console.error(`build-main: preload is ${Math.round(size / 1024)} KiB, over its ${PRELOAD_BUDGET_BYTES / 1024} KiB budget (did zod or another library get pulled in?)`);
    failed = true;
  }
  console.log(`build-main: ${options.outfile} (${Math.round(size / 1024)} KiB)`);
}
if (failed) process.exit(1);
console.log(`build-main: done in ${Date.now() - started} ms${production ? ' (production)' : ''}`);
