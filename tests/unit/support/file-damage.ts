import fs from 'node:fs';

/** Overwrites a run of bytes in the middle of the file, as a failing disk or a bad sector would. */
export function damageMiddle(file: string): void {
  const size = fs.statSync(file).size;
  const fd = fs.openSync(file, 'r+');
  try {
    fs.writeSync(fd, Buffer.alloc(3000, 0x5a), 0, 3000, Math.floor(size / 2));
  } finally {
    fs.closeSync(fd);
  }
}
