/**
 * Holds the "Organisation key slot and recovery" section of docs/store-format.md to its word: the
 * openssl commands printed there (no Casework code) recover the data key from the organisation slot,
 * and a plain SQLCipher 4 connection opened with it reads the notes. Skipped where OpenSSL 3 or jq
 * is not installed.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { v7 as uuidv7 } from 'uuid';
import { describe, expect, it } from 'vitest';
import type { CaseSummary, CreatedProfile } from '../../../preload/contract';
import { PASSPHRASE, tempDir, testCore } from '../support/temp-profiles';
import { RSA_3072, X25519, type OrgKeyPair } from './org-keys';

const haveTools =
  spawnSync('openssl', ['kdf', '-help'], { stdio: 'ignore' }).status === 0 &&
  spawnSync('jq', ['--version'], { stdio: 'ignore' }).status === 0;

// The commands exactly as in docs/store-format.md (P = profile folder, KEY = IT's private key).
const COMMON = String.raw`
hex() { od -An -v -tx1 | tr -d ' \n'; }
SLOT=$(jq -c '.slots[] | select(.type == "organisation")' "$P/keys.json")
BINDING="$(jq -r .profileId "$P/keys.json"):$(printf '%s' "$SLOT" | jq -r .id)"
field() { printf '%s' "$SLOT" | jq -r ".wrap.$1" | base64 -d; }
`;
const X25519_COMMANDS = String.raw`
field ephemeralPublicKey | openssl pkey -pubin -inform DER -out ephemeral.pem
SHARED=$(openssl pkeyutl -derive -inkey "$KEY" -peerkey ephemeral.pem | hex)
KEK=$(openssl kdf -keylen 32 -kdfopt digest:SHA256 -kdfopt hexkey:$SHARED \
  -kdfopt hexsalt:$(field salt | hex) -kdfopt info:casework-org-slot:v1:$BINDING -binary HKDF | hex)
field ciphertext | openssl enc -d -aes-256-ctr -K $KEK -iv $(field iv | hex)00000002 | hex
`;
const RSA_COMMANDS = String.raw`
field ciphertext | openssl pkeyutl -decrypt -inkey "$KEY" \
  -pkeyopt rsa_padding_mode:oaep -pkeyopt rsa_oaep_md:sha256 -pkeyopt rsa_mgf1_md:sha256 \
  -pkeyopt rsa_oaep_label:$(printf '%s' "casework-key-slot:v1:$BINDING" | hex) | hex
`;

describe.skipIf(!haveTools)('docs/store-format.md: organisation recovery with openssl alone', () => {
  it.each([
    ['X25519', X25519, X25519_COMMANDS],
    ['RSA-3072', RSA_3072, RSA_COMMANDS],
  ])('%s: the documented commands give a key that opens the store in SQLCipher 4', async (_name, pair: OrgKeyPair, commands) => {
    const { call, root } = testCore({ organisationPublicKey: pair.publicPem });
    const created = await call<CreatedProfile>('createProfile', { displayName: 'Sam', passphrase: PASSPHRASE });
    const kase = await call<CaseSummary>('createCase', { childName: 'Amira Khan' });
    await call('saveNote', { id: uuidv7(), body: 'Recoverable by the council.', structure: { children: [{ caseId: kase.id }] } });
    await call('lock');

    const work = tempDir();
    const keyFile = path.join(work, 'org-private.pem');
    fs.writeFileSync(keyFile, pair.privatePem, { mode: 0o600 });
    const hexKey = execFileSync('bash', ['-euo', 'pipefail', '-c', COMMON + commands], {
      cwd: work,
      env: { ...process.env, P: path.join(root, created.profile.id), KEY: keyFile },
      encoding: 'utf8',
    }).trim();
    expect(hexKey).toMatch(/^[0-9a-f]{64}$/u);

    const db = new Database(path.join(root, created.profile.id, 'store.db'), { readonly: true, fileMustExist: true });
    try {
      db.pragma("cipher = 'sqlcipher'");
      db.pragma('legacy = 4');
      db.pragma(`key = "x'${hexKey}'"`);
      expect(db.prepare('SELECT body FROM notes').pluck().all()).toEqual(['Recoverable by the council.']);
    } finally {
      db.close();
    }
  });
});
