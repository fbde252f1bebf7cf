/**
 * SettingsPort over electron-store (a JSON file "settings.json" in userData). Never case data: it is stored
 * unencrypted. Everything read is passed through sanitiseSettings, so a damaged file cannot break start-up.
 */
import Store from 'electron-store';
import type { SettingsPort, StoredSettings } from '../settings/settings-port';
import { DEFAULT_SETTINGS, sanitiseSettings } from '../settings/settings-port';

export function createElectronSettings(): SettingsPort {
  const store = new Store<StoredSettings>({
    name: 'settings',
    defaults: DEFAULT_SETTINGS,
    clearInvalidConfig: true,
    accessPropertiesByDotNotation: false,
  });
  const read = (): StoredSettings => {
    try {
      return sanitiseSettings(store.store);
    } catch {
      return { ...DEFAULT_SETTINGS };
    }
  };
  return {
    read,
    write: (patch) => {
      store.store = sanitiseSettings({ ...read(), ...patch });
    },
  };
}
