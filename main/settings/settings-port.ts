/**
 * Settings that are not case data (auto-lock minutes, last profile, window bounds). In the app they live
 * in electron-store (main/app/electron-settings.ts); Node tests and the test host use the JSON-file or
 * in-memory versions below. Nothing here may ever hold case data: it is stored unencrypted.
 */
import fs from 'node:fs';
import path from 'node:path';
import { AUTO_LOCK_MINUTES } from '../../preload/contract';

export interface WindowBounds {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface StoredSettings {
  /** Minutes of inactivity before the store locks itself. Fractions are allowed (tests use seconds). */
  autoLockMinutes: number;
  lastProfileId: string | null;
  windowBounds: WindowBounds | null;
}

export const DEFAULT_SETTINGS: StoredSettings = {
  autoLockMinutes: AUTO_LOCK_MINUTES.default,
  lastProfileId: null,
  windowBounds: null,
};

export interface SettingsPort {
  read(): StoredSettings;
  write(patch: Partial<StoredSettings>): void;
}

/** Keeps only known keys with sane values, so a hand-edited or damaged file cannot break start-up. */
export function sanitiseSettings(raw: unknown): StoredSettings {
  const source = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const minutes = source.autoLockMinutes;
  const bounds = source.windowBounds as Record<string, unknown> | null | undefined;
  const boundsValid =
    bounds && ['x', 'y', 'width', 'height'].every((k) => typeof bounds[k] === 'number' && Number.isFinite(bounds[k]));
  return {
    autoLockMinutes:
      typeof minutes === 'number' && Number.isFinite(minutes) && minutes > 0 && minutes <= AUTO_LOCK_MINUTES.max
        ? minutes
        : DEFAULT_SETTINGS.autoLockMinutes,
    lastProfileId: typeof source.lastProfileId === 'string' ? source.lastProfileId : null,
    windowBounds: boundsValid ? (bounds as unknown as WindowBounds) : null,
  };
}

export function createMemorySettings(initial: Partial<StoredSettings> = {}): SettingsPort {
  let current = sanitiseSettings({ ...DEFAULT_SETTINGS, ...initial });
  return {
    read: () => ({ ...current }),
    write: (patch) => {
      current = sanitiseSettings({ ...current, ...patch });
    },
  };
}

export function createJsonFileSettings(file: string): SettingsPort {
  const read = (): StoredSettings => {
    try {
      return sanitiseSettings(JSON.parse(fs.readFileSync(file, 'utf8')));
    } catch {
      return { ...DEFAULT_SETTINGS };
    }
  };
  return {
    read,
    write: (patch) => {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, JSON.stringify(sanitiseSettings({ ...read(), ...patch }), null, 2));
    },
  };
}
