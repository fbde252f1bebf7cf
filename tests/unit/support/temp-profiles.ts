/** Temp folders and cores for tests: the real encrypted store, a cheaper scrypt cost, cleaned up after. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import { createCore, type Core, type CoreOptions } from '../../../main/ipc/core';
import { FAST_KDF } from './kdf';
import { createMemorySettings } from '../../../main/settings/settings-port';
import type { AppEventName } from '../../../preload/contract';

export { FAST_KDF };

export const PASSPHRASE = 'correct horse battery staple';

const made: string[] = [];
const cores: Core[] = [];
afterEach(() => {
  while (cores.length) cores.pop()!.shutdown();
  while (made.length) fs.rmSync(made.pop()!, { recursive: true, force: true });
});

export function tempDir(prefix = 'casework-test-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  made.push(dir);
  return dir;
}

export interface TestCore {
  core: Core;
  root: string;
  events: Array<{ name: AppEventName; payload: unknown }>;
  /** Dispatches and returns the value, failing the test with the error body if it was not ok. */
  call<T = unknown>(channel: string, payload?: unknown): Promise<T>;
}

export function testCore(overrides: Partial<CoreOptions> = {}): TestCore {
  const root = overrides.profilesRoot ?? tempDir();
  const events: TestCore['events'] = [];
  const core = createCore({
    profilesRoot: root,
    settings: createMemorySettings(),
    emit: (name, payload) => events.push({ name, payload }),
    kdf: FAST_KDF,
    ...overrides,
  });
  cores.push(core);
  const call = async <T>(channel: string, payload: unknown = {}): Promise<T> => {
    const result = await core.dispatch(channel, payload);
    if (!result.ok) throw new Error(`${channel} failed: ${result.error.code} ${result.error.message}`);
    return result.value as T;
  };
  return { core, root, events, call };
}
