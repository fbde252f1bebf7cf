/**
 * Proves a store file is whole before SQLite touches it, so damage is reported on unlock ("contact IT,
 * restore from a backup") instead of surfacing later as a failed save or, worse, as records quietly
 * missing. Three checks, each catching what the others cannot:
 * - every page's SQLCipher HMAC (page-hmac.ts): any flipped bit anywhere, including free pages, and
 *   pages swapped, duplicated or moved (the page number is inside the HMAC);
 * - the file is a whole number of pages;
 * - the page count in the decrypted header matches the file: a file cut short at a page boundary.
 * Pages whose authentic copy is in the WAL are not damage (wal-frames.ts explains the torn-page case).
 * A wrong key fails every HMAC and is reported the same way as damage, as the store's own read would.
 */
import fs from 'node:fs';
import { SQLCIPHER4_LAYOUT as L } from './cipher-settings';
import { PageAuthenticator } from './page-hmac';
import { readStoreHeader, type StoreHeader } from './store-header';
import { StoreOpenError } from './store-errors';
import { WalFrames } from './wal-frames';

/** Pages read per system call: large enough that reading costs little next to the HMACs. */
const PAGES_PER_READ = 256;
/** The page holding byte offset 1 GiB (SQLite's file-lock bytes): SQLite never writes or reads it, so
 *  in any store past 1 GiB it is a hole of zeros. It carries nothing to check. */
const LOCK_BYTE_PAGE = Math.floor(0x4000_0000 / L.pageSize) + 1;

/** Throws StoreOpenError('corrupted') with what was found, or returns if the store is whole. */
export function assertStoreIntact(file: string, dataKey: Buffer): void {
  const damage = findStoreDamage(file, dataKey);
  if (damage) throw new StoreOpenError('corrupted', damage);
}

/** A short description of the first damage found (page numbers only, never content), or null. */
export function findStoreDamage(file: string, dataKey: Buffer): string | null {
  const fd = fs.openSync(file, 'r');
  try {
    const size = fs.fstatSync(fd).size;
    if (size < L.pageSize) return `the file is ${size} bytes, less than one page`;
    const wal = WalFrames.read(`${file}-wal`);
    const salt = Buffer.alloc(L.saltBytes);
    fs.readSync(fd, salt, 0, L.saltBytes, 0);
    const auth = new PageAuthenticator(dataKey, salt);
    try {
      const filePages = Math.ceil(size / L.pageSize);
      const scan = scanPages(fd, filePages, auth, wal);
      if (scan.damage) return scan.damage;
      if (!scan.page1) return null; // page 1 is only in the WAL: SQLite reads the header from there
      return headerDamage(readStoreHeader(scan.page1, dataKey), filePages, wal, auth);
    } finally {
      auth.dispose();
    }
  } finally {
    fs.closeSync(fd);
  }
}

interface Scan {
  damage: string | null;
  /** Page 1 as stored in the file, when it is authentic there. */
  page1: Buffer | null;
}

function scanPages(fd: number, filePages: number, auth: PageAuthenticator, wal: WalFrames): Scan {
  const chunk = Buffer.alloc(PAGES_PER_READ * L.pageSize);
  let page1: Buffer | null = null;
  for (let first = 1; first <= filePages; first += PAGES_PER_READ) {
    const bytes = fs.readSync(fd, chunk, 0, chunk.length, (first - 1) * L.pageSize);
    for (let i = 0; i * L.pageSize < bytes; i += 1) {
      const pageNo = first + i;
      if (pageNo === LOCK_BYTE_PAGE) continue;
      // A short last page (a torn append) fails here like any other damaged page.
      const page = chunk.subarray(i * L.pageSize, Math.min(bytes, (i + 1) * L.pageSize));
      if (auth.verify(page, pageNo)) {
        if (pageNo === 1) page1 = Buffer.from(page);
      } else if (!wal.covers(pageNo, auth)) {
        return { damage: `page ${pageNo} of ${filePages} fails its authentication check`, page1: null };
      }
    }
  }
  return { damage: null, page1 };
}

function headerDamage(header: StoreHeader, filePages: number, wal: WalFrames, auth: PageAuthenticator): string | null {
  if (header.pageSize !== L.pageSize || header.reservedBytes !== L.ivBytes + L.hmacBytes) {
    return 'the header does not describe a SQLCipher 4 store';
  }
  // SQLite ignores the count when the two counters differ (a store last written by a very old SQLite).
  if (header.changeCounter !== header.versionValidFor) return null;
  // Pages the header counts but the file lacks: a cut, unless a checkpoint was interrupted while
  // copying them from the WAL (then they are all still there).
  for (let pageNo = filePages + 1; pageNo <= header.pageCount; pageNo += 1) {
    if (pageNo !== LOCK_BYTE_PAGE && !wal.covers(pageNo, auth)) {
      return `the file ends at page ${filePages} but the store has ${header.pageCount} pages`;
    }
  }
  // Pages after the end: left by an interrupted checkpoint that shrank the store, never otherwise.
  if (filePages > header.pageCount && wal.isEmpty) {
    return `the file has ${filePages} pages but the store has ${header.pageCount}`;
  }
  return null;
}
