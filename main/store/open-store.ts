/**
 * Opens (or creates) a practitioner's encrypted store: a check of every page before SQLite touches the
 * file (store-integrity.ts), cipher pragmas, raw key, a read that proves the key, connection pragmas,
 * then migrations. Whatever fails, the connection is closed and the reason is
 * one of StoreOpenError's, so the practitioner sees a specific message and nothing is half-open.
 */
import fs from 'node:fs';
import Database from 'better-sqlite3-multiple-ciphers';
import { CIPHER_PRAGMAS, rawKeyPragma } from './cipher-settings';
import { CONNECTION_PRAGMAS } from './connection-pragmas';
import { migrate } from './migrate';
import { StoreOpenError } from './store-errors';
import { assertStoreIntact } from './store-integrity';

export type StoreDatabase = Database.Database;

export interface OpenStoreOptions {
  /** Create the file if it does not exist (only when a profile is created). */
  create?: boolean;
  /** better_sqlite3.node built for the running runtime; Electron passes its own ABI build. */
  nativeBinding?: string;
}

const DAMAGE_CODES = new Set(['SQLITE_NOTADB', 'SQLITE_CORRUPT', 'SQLITE_CORRUPT_VTAB']);

export function openEncryptedStore(file: string, dataKey: Buffer, options: OpenStoreOptions = {}): StoreDatabase {
  const exists = fs.existsSync(file);
  if (!options.create && !exists) throw new StoreOpenError('missing');
  // Owner-only from the first byte: SQLite gives the -wal and -shm files the same mode as the store.
  if (options.create && !exists) fs.closeSync(fs.openSync(file, 'wx', 0o600));
  // Only a store being created may be empty: SQLite would take an emptied store for a new one and
  // migrations would silently start it again with no records.
  const isNew = options.create === true && fs.statSync(file).size === 0;
  if (!isNew) assertStoreIntact(file, dataKey);
  const db = new Database(file, {
    fileMustExist: !options.create,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  });
  try {
    for (const pragma of CIPHER_PRAGMAS) db.pragma(pragma);
    db.pragma(rawKeyPragma(dataKey));
    // PRAGMA key always answers "ok"; a wrong key or a damaged file only shows on the first read.
    db.prepare('SELECT count(*) FROM sqlite_schema').pluck().get();
    for (const pragma of CONNECTION_PRAGMAS) db.pragma(pragma);
    migrate(db);
    return db;
  } catch (error) {
    db.close();
    if (DAMAGE_CODES.has((error as { code?: string }).code ?? '')) throw new StoreOpenError('corrupted');
    throw error;
  }
}
