/**
 * Test-only power: damage a profile's records file on disk, as a failing disk or a bad sector would,
 * to drive the "records file is damaged" path through the real UI. Only the UI specs use it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { damageMiddle } from '../../unit/support/file-damage';
import type { TestHost } from './test-host';

export function damageStoreFile(host: TestHost, profileId: string): void {
  damageMiddle(path.join(host.profilesRoot, profileId, 'store.db'));
}

/** The folders under the profile's damaged/ (one per restore that set a damaged store aside). */
export function damagedFolders(host: TestHost, profileId: string): string[] {
  const dir = path.join(host.profilesRoot, profileId, 'damaged');
  return fs.existsSync(dir) ? fs.readdirSync(dir) : [];
}
