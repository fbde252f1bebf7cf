import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/crash/**/*.test.ts', 'tests/electron/**/*.test.ts'],
    environment: 'node',
    // Native SQLite bindings and scrypt: separate processes keep tests independent.
    pool: 'forks',
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
