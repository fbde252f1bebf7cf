/**
 * Looks for marker strings in bytes, text and folder trees: the "no plaintext anywhere" checks.
 * Each marker is searched as UTF-8 (also Latin-1 for ASCII), UTF-16LE (how Windows and Chromium store
 * much of their text) and UTF-16BE, ignoring the case of ASCII letters, so "ZEPHYRINE" in an
 * upper-cased index or "zephyrine" in a search log is found as well as the name as typed. Keep markers
 * ASCII and long (10+ characters), so binary data cannot contain one by chance.
 *
 * Pure apart from reading: nothing is written, followed (symlinks are not) or deleted. Large files are
 * read in chunks with an overlap, so a marker across a chunk boundary is still found.
 */
import fs from 'node:fs';
import path from 'node:path';

export type MarkerEncoding = 'utf8' | 'utf16le' | 'utf16be';

export interface PlaintextHit {
  /** The file, or the name of the text source (e.g. "stderr"). */
  where: string;
  marker: string;
  encoding: MarkerEncoding;
  offset: number;
}

export interface TreeScan {
  files: number;
  bytes: number;
  hits: PlaintextHit[];
  /** Files that could not be read (permissions): a scan that skipped them says so. */
  unreadable: string[];
}

interface Needle {
  marker: string;
  encoding: MarkerEncoding;
  bytes: Buffer;
}

const CHUNK = 8 * 1024 * 1024;

/** Folds ASCII A–Z to a–z in place: case-insensitive for ASCII in UTF-8 and both UTF-16 orders alike. */
function foldAscii(bytes: Buffer): Buffer {
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b >= 0x41 && b <= 0x5a) bytes[i] = b + 0x20;
  }
  return bytes;
}

function needlesFor(markers: readonly string[]): Needle[] {
  return markers.flatMap((marker) => {
    if (marker.length < 4) throw new Error(`Marker "${marker}" is too short to search binary data reliably.`);
    const folded = marker.replace(/[A-Z]/gu, (c) => c.toLowerCase());
    const utf16le = Buffer.from(folded, 'utf16le');
    return [
      { marker, encoding: 'utf8' as const, bytes: Buffer.from(folded, 'utf8') },
      { marker, encoding: 'utf16le' as const, bytes: utf16le },
      { marker, encoding: 'utf16be' as const, bytes: Buffer.from(utf16le).swap16() },
    ];
  });
}

/**
 * Matches in `haystack` (already folded). The first `carried` bytes were the end of the previous chunk:
 * a match lying wholly inside them was counted then, so only matches ending after them count now.
 */
function findAll(haystack: Buffer, needles: readonly Needle[], where: string, base: number, carried: number): PlaintextHit[] {
  const hits: PlaintextHit[] = [];
  for (const needle of needles) {
    const from = Math.max(0, carried - needle.bytes.length + 1);
    for (let at = haystack.indexOf(needle.bytes, from); at >= 0; at = haystack.indexOf(needle.bytes, at + 1)) {
      hits.push({ where, marker: needle.marker, encoding: needle.encoding, offset: base + at });
    }
  }
  return hits;
}

/** Every occurrence of every marker in `bytes`. */
export function scanBytes(bytes: Uint8Array, markers: readonly string[], where: string): PlaintextHit[] {
  return findAll(foldAscii(Buffer.from(bytes)), needlesFor(markers), where, 0, 0);
}

/** Every occurrence of every marker in a piece of text (a log, a page's storage), as UTF-8. */
export function scanText(text: string, markers: readonly string[], where: string): PlaintextHit[] {
  return scanBytes(Buffer.from(text, 'utf8'), markers, where);
}

/** One file, in chunks; null when it vanished or cannot be read. */
export function scanFile(file: string, markers: readonly string[]): PlaintextHit[] | null {
  const needles = needlesFor(markers);
  const overlap = Math.max(...needles.map((n) => n.bytes.length)) - 1;
  let fd: number;
  try {
    fd = fs.openSync(file, 'r');
  } catch {
    return null;
  }
  try {
    const buffer = Buffer.alloc(CHUNK + overlap);
    const hits: PlaintextHit[] = [];
    let carried = 0; // bytes kept from the end of the previous chunk
    let position = 0; // file offset of buffer[carried]
    for (;;) {
      const read = fs.readSync(fd, buffer, carried, CHUNK, position);
      if (read === 0) break;
      const filled = buffer.subarray(0, carried + read);
      foldAscii(filled.subarray(carried));
      hits.push(...findAll(filled, needles, file, position - carried, carried));
      const keep = Math.min(overlap, filled.length);
      filled.copy(buffer, 0, filled.length - keep);
      position += read;
      carried = keep;
    }
    return hits;
  } catch {
    return null;
  } finally {
    fs.closeSync(fd);
  }
}

export interface TreeOptions {
  /** Only files modified at or after this time (ms since the epoch): for shared folders like /tmp. */
  modifiedSince?: number;
  /** Folders or files to leave out (already scanned elsewhere, or not ours). */
  skip?: (fullPath: string) => boolean;
}

/** Every regular file under `root`, recursively (hidden ones, -wal/-shm, backups included). */
export function scanTree(root: string, markers: readonly string[], options: TreeOptions = {}): TreeScan {
  const result: TreeScan = { files: 0, bytes: 0, hits: [], unreadable: [] };
  const visit = (dir: string): void => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      result.unreadable.push(dir);
      return;
    }
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      if (options.skip?.(full)) continue;
      if (entry.isDirectory()) visit(full);
      if (!entry.isFile()) continue; // symlinks, sockets, pipes: not followed
      let stat: fs.Stats;
      try {
        stat = fs.statSync(full);
      } catch {
        continue; // removed while we looked (Chromium's profile changes under us)
      }
      if (options.modifiedSince !== undefined && stat.mtimeMs < options.modifiedSince) continue;
      const hits = scanFile(full, markers);
      if (hits === null) {
        if (fs.existsSync(full)) result.unreadable.push(full);
        continue;
      }
      result.files += 1;
      result.bytes += stat.size;
      result.hits.push(...hits);
    }
  };
  visit(root);
  return result;
}

/**
 * For a big shared folder like /tmp, where walking everything is slow: the entries directly inside
 * `dir` created or changed since `since` (a new file, or a new folder scanned whole). A file added deep
 * inside an older folder is not seen; what a process makes in a temp folder is nearly always a new
 * top-level file or folder.
 */
export function scanRecentEntries(dir: string, markers: readonly string[], since: number, skip?: (fullPath: string) => boolean): TreeScan {
  const total: TreeScan = { files: 0, bytes: 0, hits: [], unreadable: [] };
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return { ...total, unreadable: [dir] };
  }
  for (const name of names) {
    const full = path.join(dir, name);
    if (skip?.(full)) continue;
    let stat: fs.Stats;
    try {
      stat = fs.lstatSync(full);
    } catch {
      continue;
    }
    if (stat.mtimeMs < since && stat.ctimeMs < since) continue;
    if (stat.isDirectory()) {
      const inner = scanTree(full, markers, { skip });
      total.files += inner.files;
      total.bytes += inner.bytes;
      total.hits.push(...inner.hits);
      total.unreadable.push(...inner.unreadable);
    } else if (stat.isFile()) {
      const hits = scanFile(full, markers);
      if (hits === null) total.unreadable.push(full);
      else {
        total.files += 1;
        total.bytes += stat.size;
        total.hits.push(...hits);
      }
    }
  }
  return total;
}

/** "file (utf16le @ 1234): marker" lines, for a failure message that says where to look. */
export function describeHits(hits: readonly PlaintextHit[]): string[] {
  return hits.map((h) => `${h.where} (${h.encoding} @ ${h.offset}): ${h.marker}`);
}
