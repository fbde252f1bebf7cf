/**
 * Opens a profile's encrypted store directly, as IT (or an attacker holding the passphrase) could:
 * the data key from keys.json's passphrase slot, then a plain connection beside the app's own. Tests
 * use it to read tables no channel shows (the raw audit log) and to tamper with them.
 */
import path from 'node:path';
import { afterEach } from 'vitest';
import { openWithPassphrase } from '../../../main/keys/profile-keys';
import { profileFile } from '../../../main/profiles/profile-layout';
import { openEncryptedStore, type StoreDatabase } from '../../../main/store/open-store';
import { PASSPHRASE } from './temp-profiles';

const opened: StoreDatabase[] = [];
afterEach(() => {
  while (opened.length) opened.pop()!.close();
});

export async function openProfileStore(profilesRoot: string, profileId: string, passphrase = PASSPHRASE): Promise<StoreDatabase> {
  const dir = path.join(profilesRoot, profileId);
  const dataKey = await openWithPassphrase(profileFile(dir, 'keySlots'), profileId, passphrase);
  if (!dataKey) throw new Error('The passphrase does not open this profile');
  try {
    const db = openEncryptedStore(profileFile(dir, 'store'), dataKey);
    opened.push(db);
    return db;
  } finally {
    dataKey.fill(0);
  }
}
