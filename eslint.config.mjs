// Flat config: typescript-eslint recommended (not type-aware, to stay fast) plus the process boundaries.
//  - `electron` may be imported only by main/app/** (the thin Electron layer), preload/index.ts and
//    tests/electron/**. Everything else in main/ runs and is tested in plain Node.
//  - renderer/ never imports main/ (or Node built-ins); main/ never imports renderer/; the shared contract
//    (preload/contract) imports neither.
//  - shell.openExternal is forbidden everywhere (no links out of an offline case-recording app).
// ESLint replaces (does not merge) a rule's options when a later block matches, so every block below
// states its full set of restrictions via `boundaries()`.
import { builtinModules } from 'node:module';
import { defineConfig, globalIgnores } from 'eslint/config';
import tseslint from 'typescript-eslint';

const ELECTRON_MESSAGE =
  'Only main/app/** (the Electron layer), preload/index.ts and tests/electron/** may import electron; keep everything else testable in plain Node.';

function boundaries({ electron = false, main = false, renderer = false, node = true, zod = true } = {}) {
  const paths = [];
  const patterns = [];
  if (!zod) {
    // The contract's schema files import zod; a value imported from one would put zod in the page.
    patterns.push({
      regex: '(^|/)preload/contract(/(index|channels|people|contact-types|chronology|packs|trust|timescales|templates|fields))?$',
      allowTypeImports: true,
      message: 'The renderer imports only types from the contract schemas; values come from zod-free files (api, limits, relationships).',
    });
  }
  if (!electron) {
    paths.push({ name: 'electron', message: ELECTRON_MESSAGE });
    patterns.push({ regex: '^electron/', message: ELECTRON_MESSAGE });
  }
  if (!main) {
    patterns.push({
      regex: '^(\\.\\./)+main(/|$)',
      message: 'The renderer and the shared contract may not import main-process code; go through window.casework.',
    });
  }
  if (!renderer) {
    patterns.push({
      regex: '^(\\.\\./)+renderer(/|$)',
      message: 'Main-process and preload code may not import the renderer.',
    });
  }
  if (!node) {
    const bare = builtinModules.filter((m) => !m.startsWith('_')).map((m) => m.replace(/[/]/gu, '\\/'));
    patterns.push({
      regex: `^(node:.*|(${bare.join('|')})(\\/.*)?)$`,
      message: 'The renderer runs in a sandboxed page: no Node built-ins.',
    });
  }
  return ['error', { paths, patterns }];
}

const TS_FILES = ['**/*.{ts,tsx,mts,cts}'];
const ALL_FILES = ['**/*.{ts,tsx,mts,cts,js,mjs,cjs}'];

export default defineConfig([
  globalIgnores(['dist/', 'release/', 'node_modules/', '.electron-native/', 'test-results/', 'playwright-report/', 'coverage/']),

  {
    files: TS_FILES,
    extends: [tseslint.configs.recommended],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },

  {
    files: ALL_FILES,
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-debugger': 'error',
      'no-restricted-properties': [
        'error',
        { object: 'shell', property: 'openExternal', message: 'Casework opens nothing outside the app.' },
        { object: 'electron', property: 'shell', message: 'Casework opens nothing outside the app.' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "ImportExpression[source.value='electron'], CallExpression[callee.name='require'][arguments.0.value='electron']",
          message: ELECTRON_MESSAGE,
        },
      ],
      'no-restricted-imports': boundaries(),
    },
  },

  // Scripts are plain Node: CommonJS globals are fine there; the build evaluates the contract once.
  {
    files: ['scripts/**/*.mjs'],
    rules: { 'no-new-func': 'off' },
  },

  { files: ['main/**'], rules: { 'no-restricted-imports': boundaries({ main: true }) } },
  { files: ['main/app/**'], rules: { 'no-restricted-imports': boundaries({ main: true, electron: true }), 'no-restricted-syntax': 'off' } },
  { files: ['preload/index.ts'], rules: { 'no-restricted-imports': boundaries({ electron: true }), 'no-restricted-syntax': 'off' } },
  { files: ['preload/contract/**'], rules: { 'no-restricted-imports': boundaries({ node: false }) } },
  { files: ['renderer/**'], rules: { 'no-restricted-imports': boundaries({ node: false, zod: false }) } },
  // Tests drive everything, so they may import main and renderer code; only the Electron smoke test may import electron.
  { files: ['tests/**', 'bench/**'], rules: { 'no-restricted-imports': boundaries({ main: true, renderer: true }) } },
  {
    files: ['tests/electron/**'],
    rules: { 'no-restricted-imports': boundaries({ main: true, renderer: true, electron: true }), 'no-restricted-syntax': 'off' },
  },
]);
