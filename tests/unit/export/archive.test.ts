import { execFileSync, spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Uint8ArrayReader, ZipReader } from '@zip.js/zip.js';
import { describe, expect, it } from 'vitest';
import { encryptedArchive, generateArchivePassphrase } from '../../../main/export/archive';
import { tempDir } from '../support/temp-profiles';
import { zipComment, zipEntries } from './readers';

const FILES = [
  { name: 'conference-pack-CR-1001-2026-03-05-family.pdf', data: crypto.randomBytes(50_000) },
  { name: 'chronology-CR-1001-2026-03-05-family.csv', data: Buffer.from('\ufeffChild,No.\r\nAmira Khan,1\r\n', 'utf8') },
];

const COMMENT = `Casework export - OFFICIAL-SENSITIVE - audit-chain:${'b2'.repeat(32)}`;

const SEVEN_ZIP = ['7z', '7za', '7zz'].find((bin) => spawnSync('sh', ['-c', `command -v ${bin}`]).status === 0);

describe('archive passphrase', () => {
  it('is 5 groups of 5 unambiguous base32 characters (125 bits), different every time', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 200; i++) {
      const passphrase = generateArchivePassphrase();
      expect(passphrase).toMatch(/^[0-9a-hjkmnp-tv-z]{5}(-[0-9a-hjkmnp-tv-z]{5}){4}$/u);
      seen.add(passphrase);
    }
    expect(seen.size).toBe(200);
    // Every symbol of the 32 turns up: the 5-bit mapping covers the alphabet (no truncation bias).
    const symbols = new Set([...seen].join('').replace(/-/gu, ''));
    expect(symbols.size).toBe(32);
  });
});

describe('encrypted archive', () => {
  it('opens with the passphrase and gives back identical bytes', async () => {
    const passphrase = generateArchivePassphrase();
    const zip = await encryptedArchive(FILES, passphrase);
    const entries = await zipEntries(zip, passphrase);
    expect([...entries.keys()]).toEqual(FILES.map((f) => f.name));
    for (const file of FILES) expect(entries.get(file.name)!.equals(file.data)).toBe(true);
  });

  it('does not open without the passphrase or with a wrong one', async () => {
    const passphrase = generateArchivePassphrase();
    const zip = await encryptedArchive(FILES, passphrase);
    await expect(zipEntries(zip)).rejects.toThrow(/encrypted|password/iu);
    await expect(zipEntries(zip, generateArchivePassphrase())).rejects.toThrow(/password/iu);
    await expect(zipEntries(zip, passphrase.toUpperCase())).rejects.toThrow(/password/iu);
  });

  it('every entry is AES-256 (WinZip AE-2, strength 3), never ZipCrypto, and the plaintext is nowhere in the file', async () => {
    const zip = await encryptedArchive(FILES, generateArchivePassphrase());
    const reader = new ZipReader(new Uint8ArrayReader(zip), { useWebWorkers: false });
    const entries = await reader.getEntries();
    await reader.close();
    for (const entry of entries) {
      expect(entry.encrypted).toBe(true);
      expect(entry.zipCrypto).toBe(false);
      const aes = entry.extraField?.get(0x9901);
      expect(aes).toBeDefined();
      const data = Buffer.from(aes!.data);
      expect(data.subarray(2, 4).toString('latin1')).toBe('AE');
      expect(data[4]).toBe(3); // 3 = 256-bit key
    }
    expect(zip.includes(Buffer.from('Amira Khan'))).toBe(false);
    expect(zip.includes(FILES[0]!.data.subarray(1000, 1032))).toBe(false);
  });

  it('carries its comment in plain text, readable without the passphrase, beside AES-256 entries', async () => {
    const passphrase = generateArchivePassphrase();
    const zip = await encryptedArchive(FILES, passphrase, COMMENT);
    expect(await zipComment(zip)).toBe(COMMENT);
    // The comment sits in the end-of-central-directory record: the very end of the file.
    expect(zip.subarray(zip.length - COMMENT.length).toString('latin1')).toBe(COMMENT);
    const entries = await zipEntries(zip, passphrase);
    for (const file of FILES) expect(entries.get(file.name)!.equals(file.data)).toBe(true);
    expect(await zipComment(await encryptedArchive(FILES, passphrase))).toBe('');
  });

  it.skipIf(!SEVEN_ZIP)(`7-Zip opens it with the passphrase and refuses a wrong one${SEVEN_ZIP ? '' : ' (skipped: no 7z/7za/7zz on this machine)'}`, async () => {
    const dir = tempDir();
    const passphrase = generateArchivePassphrase();
    const file = path.join(dir, 'pack.zip');
    fs.writeFileSync(file, await encryptedArchive(FILES, passphrase, COMMENT));
    execFileSync(SEVEN_ZIP!, ['x', `-p${passphrase}`, `-o${path.join(dir, 'out')}`, file], { stdio: 'pipe' });
    // 7-Zip lists the comment without the passphrase.
    expect(execFileSync(SEVEN_ZIP!, ['l', file], { encoding: 'utf8' })).toContain(`Comment = ${COMMENT}`);
    for (const f of FILES) expect(fs.readFileSync(path.join(dir, 'out', f.name)).equals(f.data)).toBe(true);
    const wrong = spawnSync(SEVEN_ZIP!, ['t', '-pwrong-passphrase', file], { stdio: 'pipe' });
    expect(wrong.status).not.toBe(0);
  });
});
