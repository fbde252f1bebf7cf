/**
 * The real admin CLI, as IT runs it (`npm run admin -- ...` is `tsx main/admin/cli.ts ...`): secrets on
 * standard input, plain messages, exit codes, and nothing secret in what it prints.
 */
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Note } from '../../../preload/contract';
import { parseOrganisationPrivateKey, parseOrganisationPublicKey } from '../../../main/keys/organisation-key';
import { openWithOrganisationKey } from '../../../main/keys/profile-keys';
import { PASSPHRASE, tempDir } from '../support/temp-profiles';
import { X25519 } from '../keys/org-keys';
import { NEW_PASSPHRASE, NOTE_BODY, recordedProfile, snapshot } from './recovery-fixture';

const REPO = path.resolve(__dirname, '../../..');
const KEY_PASSPHRASE = 'the it desk key words';

function admin(args: string[], input = '') {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'main/admin/cli.ts', ...args], { cwd: REPO, input, encoding: 'utf8' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr, all: run.stdout + run.stderr };
}

function privateKeyFile(pem: string): string {
  const file = path.join(tempDir(), 'org-private.pem');
  fs.writeFileSync(file, pem, { mode: 0o600 });
  return file;
}

describe('npm run admin', () => {
  it('recover: passphrases from stdin, exit 0, the practitioner unlocks with the new one, nothing secret printed', async () => {
    const profile = await recordedProfile(X25519);
    const encryptedPem = crypto
      .createPrivateKey(X25519.privatePem)
      .export({ type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase: KEY_PASSPHRASE })
      .toString();
    const dataKey = openWithOrganisationKey(profile.keysFile, profile.created.profile.id, parseOrganisationPrivateKey(X25519.privatePem));

    const run = admin(
      ['recover', '--profile', profile.dir, '--private-key', privateKeyFile(encryptedPem), '--key-passphrase-stdin'],
      `${KEY_PASSPHRASE}\n${NEW_PASSPHRASE}\n`,
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Recovered the profile "Sam Okafor"');
    expect(run.stdout).toContain(parseOrganisationPublicKey(X25519.publicPem).fingerprint);
    for (const secret of [NEW_PASSPHRASE, KEY_PASSPHRASE, PASSPHRASE, dataKey.toString('hex'), dataKey.toString('base64')]) {
      expect(run.all).not.toContain(secret);
    }
    for (const line of [...encryptedPem.split('\n'), ...X25519.privatePem.split('\n')].filter((l) => l.length > 20)) {
      expect(run.all).not.toContain(line);
    }

    await profile.call('unlock', { profileId: profile.created.profile.id, passphrase: NEW_PASSPHRASE });
    expect((await profile.call<Note[]>('listNotes', { caseId: profile.kase.id })).map((n) => n.body)).toEqual([NOTE_BODY]);
  });

  it('recover: a refusal is one plain line on stderr, exit 1, no stack trace, nothing changed', async () => {
    const profile = await recordedProfile(null);
    const before = snapshot(profile);
    const run = admin(['recover', '--profile', profile.dir, '--private-key', privateKeyFile(X25519.privatePem)], `${NEW_PASSPHRASE}\n`);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^This profile has no organisation slot.*Nothing was changed\.\n$/u);
    expect(run.all).not.toMatch(/\n\s+at /u);
    expect(snapshot(profile)).toBe(before);
  });

  it('refuses a passphrase given on the command line (visible in the process list): exit 2', () => {
    const run = admin(['recover', '--profile', 'x', '--private-key', 'y', `--new-passphrase=${NEW_PASSPHRASE}`]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('passphrases are never taken from the command line');
    expect(admin(['unlock-everything']).code).toBe(2);
  });

  it('recover: standard input that ends early is refused', async () => {
    const profile = await recordedProfile(X25519);
    const run = admin(['recover', '--profile', profile.dir, '--private-key', privateKeyFile(X25519.privatePem)], '');
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/Standard input ended before the new passphrase/u);
  });

  it('inspect and fingerprint show slot types, dates and the same fingerprint, and no secret', async () => {
    const profile = await recordedProfile(X25519);
    const fingerprint = parseOrganisationPublicKey(X25519.publicPem).fingerprint;
    const inspect = admin(['inspect', '--profile', profile.dir]);
    expect(inspect.code).toBe(0);
    expect(inspect.stdout).toMatch(/passphrase\s+created \d{4}-.*scrypt/u);
    expect(inspect.stdout).toMatch(/recovery-key\s+created/u);
    expect(inspect.stdout).toMatch(/organisation\s+created \d{4}-.*X25519-HKDF-SHA256-AES-256-GCM/u);
    expect(inspect.stdout).toContain(`Profile:  Sam Okafor (${profile.created.profile.id})`);
    expect(inspect.stdout).toContain(`fingerprint ${fingerprint}`);
    const keys = JSON.parse(snapshot(profile)) as { slots: Array<{ wrap: { ciphertext: string } }> };
    for (const slot of keys.slots) expect(inspect.all).not.toContain(slot.wrap.ciphertext);

    const publicKeyFile = path.join(tempDir(), 'org-public.pem');
    fs.writeFileSync(publicKeyFile, X25519.publicPem);
    const printed = admin(['fingerprint', '--public-key', publicKeyFile]);
    expect(printed).toMatchObject({ code: 0, stdout: `Algorithm:   X25519\nFingerprint: ${fingerprint}\n` });
    const bad = admin(['fingerprint', '--public-key', privateKeyFile(X25519.privatePem)]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('contains a PRIVATE key');
  });

  it('a profile folder that is not one is named in the message', () => {
    const run = admin(['inspect', '--profile', tempDir()]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('is not a Casework profile folder');
  });
});
