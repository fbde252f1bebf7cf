/**
 * Reads the SQLite header inside page 1 of a SQLCipher 4 file (AES-256-CBC with the raw key and the
 * page's own IV). The header says how many pages the store has, which is how a file cut short exactly at
 * a page boundary is caught: every page left would still pass its HMAC.
 */
import crypto from 'node:crypto';
import { SQLCIPHER4_LAYOUT as L } from './cipher-settings';

export interface StoreHeader {
  pageSize: number;
  reservedBytes: number;
  /** "In-header database size": trusted by SQLite only when changeCounter === versionValidFor. */
  pageCount: number;
  changeCounter: number;
  versionValidFor: number;
}

/** `page1`: the first page of the file, already known to pass its HMAC. */
export function readStoreHeader(page1: Buffer, dataKey: Buffer): StoreHeader {
  const ivAt = L.pageSize - L.ivBytes - L.hmacBytes;
  const decipher = crypto.createDecipheriv('aes-256-cbc', dataKey, page1.subarray(ivAt, ivAt + L.ivBytes));
  decipher.setAutoPadding(false);
  // Only the first block(s) are needed: the fields below sit at offsets 16-95 of the page.
  const plain = Buffer.concat([decipher.update(page1.subarray(L.saltBytes, L.saltBytes + 96)), decipher.final()]);
  // `plain` starts at page offset 16 (the salt replaces SQLite's "SQLite format 3" magic).
  const at = (offset: number) => offset - L.saltBytes;
  return {
    pageSize: plain.readUInt16BE(at(16)) === 1 ? 65536 : plain.readUInt16BE(at(16)),
    reservedBytes: plain[at(20)]!,
    changeCounter: plain.readUInt32BE(at(24)),
    pageCount: plain.readUInt32BE(at(28)),
    versionValidFor: plain.readUInt32BE(at(92)),
  };
}
