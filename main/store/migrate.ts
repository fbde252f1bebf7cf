/**
 * Brings a store up to the latest schema. All pending migrations run in one transaction, so a crash
 * mid-upgrade leaves the store at its old version, intact. The version lives in PRAGMA user_version
 * (inside the encrypted file). A store written by a newer version of the app is refused, never touched.
 */
import type { StoreDatabase } from './open-store';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from './migrations';
import type { Migration } from './migrations/migration';
import { StoreOpenError } from './store-errors';

export function schemaVersion(db: StoreDatabase): number {
  return db.pragma('user_version', { simple: true }) as number;
}

export function migrate(db: StoreDatabase, migrations: readonly Migration[] = MIGRATIONS): void {
  const latest = migrations.at(-1)?.version ?? LATEST_SCHEMA_VERSION;
  const current = schemaVersion(db);
  if (current > latest) throw new StoreOpenError('too-new');
  const pending = migrations.filter((m) => m.version > current);
  if (pending.length === 0) return;
  db.transaction(() => {
    for (const migration of pending) {
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    }
  })();
}
