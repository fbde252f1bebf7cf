/**
 * The pages a store's write-ahead log (`store.db-wal`) holds. After a crash the WAL holds committed
 * work that SQLite copies into the store on the next open; after a power cut in the middle of such a
 * copy, a page of the store file can be torn while its good copy is still in the WAL. Such a page is not
 * damage: SQLite reads the WAL's copy and the next checkpoint rewrites it. Only frames of the WAL's
 * current generation count (their salts match the WAL header); SQLite itself checks their checksums.
 */
import fs from 'node:fs';
import { SQLCIPHER4_LAYOUT as L } from './cipher-settings';
import type { PageAuthenticator } from './page-hmac';

const WAL_HEADER_BYTES = 32;
const FRAME_HEADER_BYTES = 24;
const WAL_MAGIC = new Set([0x377f0682, 0x377f0683]);

export class WalFrames {
  private constructor(
    private readonly file: string,
    /** Page number → byte offsets of that page's frames (page data, after the frame header). */
    private readonly frames: Map<number, number[]>,
  ) {}

  static none(): WalFrames {
    return new WalFrames('', new Map());
  }

  /** Indexes the frame headers of `walFile` (no WAL, or an empty or foreign one, holds nothing). */
  static read(walFile: string): WalFrames {
    let fd: number;
    try {
      fd = fs.openSync(walFile, 'r');
    } catch {
      return WalFrames.none();
    }
    try {
      return new WalFrames(walFile, indexFrames(fd, fs.fstatSync(fd).size));
    } finally {
      fs.closeSync(fd);
    }
  }

  get isEmpty(): boolean {
    return this.frames.size === 0;
  }

  /** True if the WAL holds an authentic copy of page `pageNo` (checked lazily: damage is rare). */
  covers(pageNo: number, auth: PageAuthenticator): boolean {
    const offsets = this.frames.get(pageNo);
    if (!offsets) return false;
    const fd = fs.openSync(this.file, 'r');
    try {
      const page = Buffer.alloc(L.pageSize);
      return offsets.some((offset) => fs.readSync(fd, page, 0, L.pageSize, offset) === L.pageSize && auth.verify(page, pageNo));
    } finally {
      fs.closeSync(fd);
    }
  }
}

/** Reads only the headers (the WAL can be large after a big migration), never the pages. */
function indexFrames(fd: number, size: number): Map<number, number[]> {
  const frames = new Map<number, number[]>();
  const header = Buffer.alloc(WAL_HEADER_BYTES);
  if (fs.readSync(fd, header, 0, WAL_HEADER_BYTES, 0) < WAL_HEADER_BYTES) return frames;
  if (!WAL_MAGIC.has(header.readUInt32BE(0)) || header.readUInt32BE(8) !== L.pageSize) return frames;
  const frameHeader = Buffer.alloc(FRAME_HEADER_BYTES);
  const frameBytes = FRAME_HEADER_BYTES + L.pageSize;
  for (let at = WAL_HEADER_BYTES; at + frameBytes <= size; at += frameBytes) {
    fs.readSync(fd, frameHeader, 0, FRAME_HEADER_BYTES, at);
    // A frame of an older generation (salts differ) ends the log for SQLite too.
    if (!frameHeader.subarray(8, 16).equals(header.subarray(16, 24))) break;
    const pageNo = frameHeader.readUInt32BE(0);
    const offsets = frames.get(pageNo);
    if (offsets) offsets.push(at + FRAME_HEADER_BYTES);
    else frames.set(pageNo, [at + FRAME_HEADER_BYTES]);
  }
  return frames;
}
