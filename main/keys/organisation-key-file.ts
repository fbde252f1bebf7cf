/**
 * Where IT deploys the council's public key: `<userData>/organisation-public-key.pem` (next to the
 * `profiles` folder; docs/store-format.md lists the path per platform). Read once when the app starts.
 */
import fs from 'node:fs';
import path from 'node:path';

export const ORGANISATION_PUBLIC_KEY_FILE = 'organisation-public-key.pem';

export function organisationPublicKeyPath(userDataDir: string): string {
  return path.join(userDataDir, ORGANISATION_PUBLIC_KEY_FILE);
}

/**
 * The deployed PEM text, or null when IT deployed none. A file that is there but cannot be read comes
 * back as '' (not null): profile creation then fails with "empty or could not be read", instead of
 * quietly creating profiles the council cannot recover.
 */
export function readDeployedOrganisationKey(file: string): string | null {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? null : '';
  }
}
