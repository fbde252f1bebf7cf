/**
 * Small settings that belong with the records rather than with the laptop (team_settings, migration
 * 0010): today only the nation whose bank holidays working days skip. Kept in the store, so a restored
 * backup counts days the way the records were counted.
 */
import { DEFAULT_NATION, NATIONS, type Nation } from '../../preload/contract/timescale-options';
import type { StoreDatabase } from '../store/open-store';

const NATION_KEY = 'nation';

export class TeamSettingsStore {
  private readonly select;
  private readonly upsert;

  constructor(db: StoreDatabase) {
    this.select = db.prepare<[string], string>('SELECT value FROM team_settings WHERE key = ?').pluck();
    this.upsert = db.prepare('INSERT INTO team_settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value');
  }

  /** England and Wales until a team chooses otherwise (and if the stored value is not one we know). */
  nation(): Nation {
    const value = this.select.get(NATION_KEY);
    return (NATIONS as readonly string[]).includes(value ?? '') ? (value as Nation) : DEFAULT_NATION;
  }

  setNation(nation: Nation): void {
    this.upsert.run(NATION_KEY, nation);
  }
}
