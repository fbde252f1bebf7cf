/**
 * The baseline for the benchmark: the same driver, the same connection pragmas and the same migrations
 * as main/store/open-store.ts, but no cipher pragmas and no key — an ordinary SQLite file. Benchmark only:
 * the app never opens a store without a key.
 */
import Database from 'better-sqlite3-multiple-ciphers';
import { CONNECTION_PRAGMAS } from '../main/store/connection-pragmas';
import { migrate } from '../main/store/migrate';
import type { StoreDatabase } from '../main/store/open-store';

export function openPlaintextStore(file: string): StoreDatabase {
  const db = new Database(file);
  try {
    // Mirrors open-store's first read, so both variants do the same work before the pragmas.
    db.prepare('SELECT count(*) FROM sqlite_schema').pluck().get();
    for (const pragma of CONNECTION_PRAGMAS) db.pragma(pragma);
    migrate(db);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}
