/**
 * The page check on open (main/store/store-integrity.ts): the SQLCipher 4 layout it relies on, checked
 * here with independent code against real files, and the WAL cases it must not mistake for damage.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openEncryptedStore, type StoreDatabase } from '../../../main/store/open-store';
import { findStoreDamage } from '../../../main/store/store-integrity';
import { tempDir } from '../support/temp-profiles';

const PAGE = 4096;

function storeWithRows(rows: number) {
  const file = path.join(tempDir(), 'store.db');
  const key = crypto.randomBytes(32);
  const db = openEncryptedStore(file, key, { create: true });
  addRows(db, rows);
  db.close();
  return { file, key };
}

function addRows(db: StoreDatabase, rows: number): void {
  db.exec('CREATE TABLE IF NOT EXISTS filler (x TEXT)');
  const insert = db.prepare('INSERT INTO filler VALUES (?)');
  db.transaction(() => {
    for (let i = 0; i < rows; i += 1) insert.run(crypto.randomBytes(150 + (i % 900)).toString('hex'));
  })();
}

/** The store as a crash would leave it: store.db and store.db-wal copied while the writer is open. */
function crashCopy(file: string): string {
  const copy = path.join(tempDir(), 'crashed.db');
  fs.copyFileSync(file, copy);
  fs.copyFileSync(`${file}-wal`, `${copy}-wal`);
  return copy;
}

/** Page number → offset of the newest copy of that page in the WAL (frame headers are in the clear). */
function walPages(walFile: string): Map<number, number> {
  const wal = fs.readFileSync(walFile);
  const pages = new Map<number, number>();
  for (let at = 32; at + 24 + PAGE <= wal.length; at += 24 + PAGE) pages.set(wal.readUInt32BE(at), at + 24);
  return pages;
}

describe('the page check', () => {
  it('matches SQLCipher 4 as written: every page HMAC-SHA512 (data, IV, page number LE) under PBKDF2(key, salt ^ 0x3a, 2)', () => {
    const { file, key } = storeWithRows(3_000);
    const bytes = fs.readFileSync(file);
    expect(bytes.length % PAGE).toBe(0);
    const salt = bytes.subarray(0, 16);
    const hmacKey = crypto.pbkdf2Sync(key, Buffer.from(salt.map((b) => b ^ 0x3a)), 2, 32, 'sha512');
    const pages = bytes.length / PAGE;
    let authentic = 0;
    for (let n = 1; n <= pages; n += 1) {
      const page = bytes.subarray((n - 1) * PAGE, n * PAGE);
      const pageNo = Buffer.alloc(4);
      pageNo.writeUInt32LE(n);
      const mac = crypto.createHmac('sha512', hmacKey).update(page.subarray(n === 1 ? 16 : 0, PAGE - 64)).update(pageNo).digest();
      if (mac.equals(page.subarray(PAGE - 64))) authentic += 1;
    }
    expect(authentic).toBe(pages);
    // Page 1 decrypts (AES-256-CBC, raw key, the IV before the HMAC) to SQLite's header: 4096-byte
    // pages, 80 reserved bytes, and the page count the file has.
    const decipher = crypto.createDecipheriv('aes-256-cbc', key, bytes.subarray(PAGE - 80, PAGE - 64)).setAutoPadding(false);
    const header = decipher.update(bytes.subarray(16, 112));
    expect([header.readUInt16BE(0), header[4], header.readUInt32BE(12)]).toEqual([PAGE, 80, pages]);
    expect(findStoreDamage(file, key)).toBeNull();
  });

  it('an emptied store is refused, never silently started again with no records', () => {
    const { file, key } = storeWithRows(10);
    fs.truncateSync(file, 0);
    expect(() => openEncryptedStore(file, key)).toThrow(expect.objectContaining({ reason: 'corrupted' }));
    expect(fs.statSync(file).size).toBe(0);
  });

  it('after a crash, a page torn in store.db whose copy is in the WAL is not damage: SQLite reads the copy and the checkpoint repairs it', () => {
    const { file, key } = storeWithRows(2_000);
    const db = openEncryptedStore(file, key);
    db.pragma('wal_autocheckpoint = 0');
    db.exec('UPDATE filler SET x = upper(x) WHERE rowid % 7 = 0');
    const copy = crashCopy(file);
    db.close();
    const filePages = fs.statSync(copy).size / PAGE;
    const inWal = [...walPages(`${copy}-wal`).keys()].filter((n) => n > 1 && n <= filePages);
    expect(inWal.length).toBeGreaterThan(0);
    const torn = fs.openSync(copy, 'r+');
    fs.writeSync(torn, crypto.randomBytes(PAGE / 2), 0, PAGE / 2, (inWal[0]! - 1) * PAGE);
    fs.closeSync(torn);

    expect(findStoreDamage(copy, key)).toBeNull();
    const reopened = openEncryptedStore(copy, key);
    expect(reopened.pragma('integrity_check', { simple: true })).toBe('ok');
    reopened.close(); // the checkpoint writes the WAL's copy over the torn page
    expect(fs.existsSync(`${copy}-wal`)).toBe(false);
    expect(findStoreDamage(copy, key)).toBeNull();
  });

  it('after a crash, damage to a page the WAL does not hold is still found', () => {
    const { file, key } = storeWithRows(2_000);
    const db = openEncryptedStore(file, key);
    db.exec('UPDATE filler SET x = upper(x) WHERE rowid = 1');
    const copy = crashCopy(file);
    db.close();
    const inWal = walPages(`${copy}-wal`);
    const filePages = fs.statSync(copy).size / PAGE;
    const notInWal = Array.from({ length: filePages }, (_, i) => i + 1).filter((n) => !inWal.has(n));
    const bytes = fs.readFileSync(copy);
    bytes[(notInWal.at(-1)! - 1) * PAGE + 100]! ^= 1;
    fs.writeFileSync(copy, bytes);
    expect(findStoreDamage(copy, key)).toMatch(/page \d+ of \d+ fails/u);
  });

  it('a checkpoint cut short (header copied, store not yet grown) is not damage while the WAL holds the missing pages', () => {
    const { file, key } = storeWithRows(50);
    const db = openEncryptedStore(file, key);
    db.pragma('wal_autocheckpoint = 0');
    addRows(db, 2_000); // the store grows, in the WAL only
    const copy = crashCopy(file);
    db.close();
    const pageOne = walPages(`${copy}-wal`).get(1)!;
    const wal = fs.readFileSync(`${copy}-wal`);
    const fd = fs.openSync(copy, 'r+');
    fs.writeSync(fd, wal, pageOne, PAGE, 0); // the checkpoint's first write: page 1 with the new page count
    fs.closeSync(fd);

    expect(findStoreDamage(copy, key)).toBeNull();
    // Without the WAL the same file is simply missing pages.
    const bare = path.join(tempDir(), 'bare.db');
    fs.copyFileSync(copy, bare);
    expect(findStoreDamage(bare, key)).toMatch(/ends at page \d+ but the store has \d+ pages/u);
    const reopened = openEncryptedStore(copy, key);
    expect(reopened.pragma('integrity_check', { simple: true })).toBe('ok');
    reopened.close();
    expect(findStoreDamage(copy, key)).toBeNull();
  });
});
