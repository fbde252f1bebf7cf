/**
 * What IT may look at without any key: which slots a profile has, when each was written, and which
 * organisation key opens its organisation slot. No secret and no record content is ever shown.
 */
import { KeySlotFileError } from '../keys/key-slot-file';
import { OrganisationKeyError, parseOrganisationPublicKey } from '../keys/organisation-key';
import { describeKeySlots } from '../keys/profile-keys';
import { profileFile } from '../profiles/profile-layout';
import { AdminError } from './admin-error';
import { readProfileFolder } from './profile-folder';

export function inspectProfile(profileDir: string): string[] {
  const profile = readProfileFolder(profileDir);
  let described;
  try {
    described = describeKeySlots(profileFile(profile.dir, 'keySlots'));
  } catch (error) {
    if (error instanceof KeySlotFileError) throw new AdminError(`keys.json is ${error.reason}.`);
    throw error;
  }
  const lines = [`Profile:  ${profile.displayName} (${profile.id})`];
  if (described.profileId !== profile.id) {
    lines.push(`WARNING:  keys.json belongs to profile ${described.profileId}, not to this profile: its slots will not open here.`);
  }
  lines.push('Key slots:');
  for (const slot of described.slots) lines.push(`  ${slot.type.padEnd(13)} created ${slot.createdAt}  ${slot.detail}`);
  if (!described.slots.some((s) => s.type === 'organisation')) {
    lines.push('This profile has no organisation slot: only its passphrase or recovery key can open it.');
  }
  return lines;
}

/** The lines `fingerprint` prints for a public key file's content. */
export function describePublicKey(pem: string): string[] {
  try {
    const key = parseOrganisationPublicKey(pem);
    return [`Algorithm:   ${key.algorithm === 'RSA' ? `RSA-${key.bits} (RSA-OAEP-SHA256)` : 'X25519'}`, `Fingerprint: ${key.fingerprint}`];
  } catch (error) {
    if (error instanceof OrganisationKeyError) throw new AdminError(error.message);
    throw error;
  }
}
