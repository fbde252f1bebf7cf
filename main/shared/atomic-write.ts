import fs from 'node:fs';
import path from 'node:path';

/**
 * Writes a small file so that a crash leaves either the old or the new content, never half of each:
 * write a sibling temp file, fsync it, rename over the target, fsync the folder. Used for key slots,
 * where a torn write would lock the practitioner out of their records.
 */
export function writeFileAtomically(file: string, content: string): void {
  const temp = `${file}.${process.pid}.tmp`;
  const fd = fs.openSync(temp, 'w', 0o600);
  try {
    fs.writeSync(fd, content);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(temp, file);
  syncDirectory(path.dirname(file));
}

/** Flushes a file's content to disk (before it is renamed into place). */
export function syncFile(file: string): void {
  const fd = fs.openSync(file, 'r+');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** Makes a rename or removal in this folder durable (the folder's entry list is flushed). */
export function syncDirectory(dir: string): void {
  // Windows cannot open a directory for fsync; the rename is already durable enough there (NTFS journal).
  if (process.platform === 'win32') return;
  const fd = fs.openSync(dir, 'r');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}
