/** A practitioner's profile with one note, created through the real core with an organisation key. */
import fs from 'node:fs';
import path from 'node:path';
import type { CaseSummary, CreatedProfile } from '../../../preload/contract';
import { openWithOrganisationKey } from '../../../main/keys/profile-keys';
import { parseOrganisationPrivateKey } from '../../../main/keys/organisation-key';
import { openEncryptedStore } from '../../../main/store/open-store';
import { PASSPHRASE, testCore, type TestCore } from '../support/temp-profiles';
import type { OrgKeyPair } from '../keys/org-keys';

export const NOTE_ID = '019ac0de-0000-7000-8000-000000000005';
export const NOTE_BODY = 'Home visit. Amira showed me her drawings.';
export const NEW_PASSPHRASE = 'four fresh words chosen';

export interface RecordedProfile extends TestCore {
  created: CreatedProfile;
  kase: CaseSummary;
  dir: string;
  keysFile: string;
}

export async function recordedProfile(pair: OrgKeyPair | null, root?: string): Promise<RecordedProfile> {
  const t = testCore({ organisationPublicKey: pair?.publicPem ?? null, ...(root ? { profilesRoot: root } : {}) });
  const created = await t.call<CreatedProfile>('createProfile', { displayName: 'Sam Okafor', passphrase: PASSPHRASE });
  const kase = await t.call<CaseSummary>('createCase', { childName: 'Amira Khan' });
  await t.call('saveNote', { id: NOTE_ID, body: NOTE_BODY, structure: { children: [{ caseId: kase.id }] } });
  await t.call('lock');
  const dir = path.join(t.root, created.profile.id);
  return { ...t, created, kase, dir, keysFile: path.join(dir, 'keys.json') };
}

/** Reads the audit log directly (the core is locked), opening the store with IT's key as the admin does. */
export function auditRows(profile: RecordedProfile, pair: OrgKeyPair): Array<{ action: string; actor: string }> {
  const dataKey = openWithOrganisationKey(profile.keysFile, profile.created.profile.id, parseOrganisationPrivateKey(pair.privatePem));
  const db = openEncryptedStore(path.join(profile.dir, 'store.db'), dataKey);
  try {
    return db.prepare<[], { action: string; actor: string }>('SELECT action, actor FROM audit_log ORDER BY seq').all();
  } finally {
    db.close();
    dataKey.fill(0);
  }
}

export function snapshot(profile: RecordedProfile): string {
  return fs.readFileSync(profile.keysFile, 'utf8');
}
