/**
 * Holds docs/store-format.md to its word: the independent tool written from the document alone
 * (docs/tools/recover-store-key.mjs, Node built-ins only) derives the key from keys.json, and a plain
 * SQLCipher-4 connection opened with that key reads the practitioner's notes.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { v7 as uuidv7 } from 'uuid';
import type { CaseSummary, CreatedProfile } from '../../preload/contract';
import { PASSPHRASE, testCore } from './support/temp-profiles';

const TOOL = path.resolve(__dirname, '../../docs/tools/recover-store-key.mjs');

function recoverKey(folder: string, mode: '--passphrase' | '--recovery-key', secret: string): string {
  return execFileSync(process.execPath, [TOOL, folder, mode], { input: `${secret}\n`, encoding: 'utf8' }).trim();
}

function readNotesWithSqlcipher4(storeFile: string, hexKey: string): string[] {
  const db = new Database(storeFile, { readonly: true, fileMustExist: true });
  try {
    // SQLCipher 4 defaults, raw key in blob-literal form, exactly as documented.
    db.pragma("cipher = 'sqlcipher'");
    db.pragma('legacy = 4');
    db.pragma(`key = "x'${hexKey}'"`);
    return db.prepare('SELECT body FROM notes ORDER BY created_at').pluck().all() as string[];
  } finally {
    db.close();
  }
}

describe('docs/store-format.md', () => {
  it('the passphrase and the recovery key each recover a key that opens the store in SQLCipher 4', async () => {
    const { call, root } = testCore();
    const created = await call<CreatedProfile>('createProfile', { displayName: 'Sam', passphrase: `${PASSPHRASE} café` });
    const kase = await call<CaseSummary>('createCase', { childName: 'Amira Khan' });
    await call('saveNote', { id: uuidv7(), body: 'Recoverable without Casework.', structure: { children: [{ caseId: kase.id }] } });
    await call('lock');
    const folder = path.join(root, created.profile.id);

    // NFD input: the document says the passphrase is NFC-normalised first.
    const fromPassphrase = recoverKey(folder, '--passphrase', `${PASSPHRASE} cafe\u0301`);
    const fromRecovery = recoverKey(folder, '--recovery-key', created.recoveryKey.toLowerCase());
    expect(fromPassphrase).toMatch(/^[0-9a-f]{64}$/u);
    expect(fromRecovery).toBe(fromPassphrase);
    expect(readNotesWithSqlcipher4(path.join(folder, 'store.db'), fromPassphrase)).toEqual(['Recoverable without Casework.']);
  });

  it('the tool refuses a wrong passphrase', async () => {
    const { call, root } = testCore();
    const created = await call<CreatedProfile>('createProfile', { displayName: 'Sam', passphrase: PASSPHRASE });
    expect(() => recoverKey(path.join(root, created.profile.id), '--passphrase', 'wrong wrong wrong wrong')).toThrow();
  });
});
