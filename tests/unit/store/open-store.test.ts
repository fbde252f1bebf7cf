import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { openEncryptedStore } from '../../../main/store/open-store';
import { migrate, schemaVersion } from '../../../main/store/migrate';
import { LATEST_SCHEMA_VERSION } from '../../../main/store/migrations';
import { tempDir } from '../support/temp-profiles';

function newStore() {
  const file = path.join(tempDir(), 'store.db');
  const key = crypto.randomBytes(32);
  openEncryptedStore(file, key, { create: true }).close();
  return { file, key };
}

describe('encrypted store', () => {
  it('creates a SQLCipher file (no SQLite header) at the latest schema, with the promised pragmas', () => {
    const { file, key } = newStore();
    expect(fs.readFileSync(file).subarray(0, 16).toString('latin1')).not.toBe('SQLite format 3\0');
    if (process.platform !== 'win32') expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    const db = openEncryptedStore(file, key);
    try {
      expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
      expect(db.pragma('temp_store', { simple: true })).toBe(2); // MEMORY
      expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(db.pragma('secure_delete', { simple: true })).toBe(1);
      expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
      expect(db.pragma('cache_size', { simple: true })).toBe(-65536);
    } finally {
      db.close();
    }
  });

  it('a wrong key is detected on open and reported as unreadable, not as an empty store', () => {
    const { file } = newStore();
    expect(() => openEncryptedStore(file, crypto.randomBytes(32))).toThrow(expect.objectContaining({ reason: 'corrupted' }));
  });

  it('a missing store is reported as missing and not silently re-created', () => {
    const file = path.join(tempDir(), 'store.db');
    expect(() => openEncryptedStore(file, crypto.randomBytes(32))).toThrow(expect.objectContaining({ reason: 'missing' }));
    expect(fs.existsSync(file)).toBe(false);
  });

  it('a damaged file is reported as corrupted', () => {
    const { file, key } = newStore();
    const bytes = fs.readFileSync(file);
    bytes.fill(0xa5, 0, 4096); // overwrite the first page (salt + header)
    fs.writeFileSync(file, bytes);
    expect(() => openEncryptedStore(file, key)).toThrow(expect.objectContaining({ reason: 'corrupted' }));
  });

  it('refuses a store written by a newer version and leaves it untouched', () => {
    const { file, key } = newStore();
    const db = openEncryptedStore(file, key);
    db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    db.close();
    const before = fs.readFileSync(file);
    expect(() => openEncryptedStore(file, key)).toThrow(expect.objectContaining({ reason: 'too-new' }));
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('applies pending migrations in one transaction: a failing migration leaves the old version intact', () => {
    const { file, key } = newStore();
    const db = openEncryptedStore(file, key);
    try {
      const good = { version: LATEST_SCHEMA_VERSION + 1, name: 'add-table', up: (d: typeof db) => d.exec('CREATE TABLE extra (x TEXT)') };
      const bad = { version: LATEST_SCHEMA_VERSION + 2, name: 'broken', up: (d: typeof db) => d.exec('THIS IS NOT SQL') };
      expect(() => migrate(db, [good, bad])).toThrow();
      expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
      expect(db.prepare("SELECT count(*) FROM sqlite_schema WHERE name = 'extra'").pluck().get()).toBe(0);
      migrate(db, [good]);
      expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION + 1);
    } finally {
      db.close();
    }
  });
});
