/**
 * Test-only power: damage a profile's records file on disk, as a failing disk or a bad sector would,
 * to drive the "records file is damaged" path through the real UI. Only the UI specs use it.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { TestHost } from './test-host';

export function damageStoreFile(host: TestHost, profileId: string): void {
  const file = path.join(host.profilesRoot, profileId, 'store.db');
  const size = fs.statSync(file).size;
  const fd = fs.openSync(file, 'r+');
  try {
    fs.writeSync(fd, Buffer.alloc(3000, 0x5a), 0, 3000, Math.floor(size / 2));
  } finally {
    fs.closeSync(fd);
  }
}

/** The folders under the profile's damaged/ (one per restore that set a damaged store aside). */
export function damagedFolders(host: TestHost, profileId: string): string[] {
  const dir = path.join(host.profilesRoot, profileId, 'damaged');
  return fs.existsSync(dir) ? fs.readdirSync(dir) : [];
}
