#!/usr/bin/env node
/**
 * Derives a Casework profile's store key from its keys.json and the passphrase or recovery key, exactly
 * as docs/store-format.md describes, using only Node's built-in crypto. Prints the key as 64 hex digits
 * for SQLCipher 4: PRAGMA key = "x'<hex>'";
 *
 *   node recover-store-key.mjs <profile folder> --passphrase | --recovery-key
 *
 * The secret is read from standard input (not echoed when typed at a terminal). This file deliberately
 * shares no code with the app: it is the independent check of the documented format.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

function fail(message) {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

function readSecret(prompt) {
  return new Promise((resolve) => {
    const input = process.stdin;
    if (input.isTTY) {
      process.stderr.write(prompt);
      input.setRawMode(true);
    }
    let text = '';
    input.setEncoding('utf8');
    input.on('data', (chunk) => {
      for (const ch of chunk) {
        if (input.isTTY && (ch === '\r' || ch === '\n')) {
          input.setRawMode(false);
          process.stderr.write('\n');
          input.pause();
          resolve(text);
          return;
        }
        if (input.isTTY && ch === '\u0003') process.exit(130);
        text += ch;
      }
    });
    input.on('end', () => resolve(text.replace(/\r?\n$/u, '')));
  });
}

function base32Decode(text) {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = 0;
  let value = 0;
  const out = [];
  for (const ch of text.replace(/=+$/u, '')) {
    const index = alphabet.indexOf(ch);
    if (index < 0) fail('That is not a recovery key (unexpected character).');
    value = (value << 5) | index;
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
    value &= 0xff;
  }
  return Buffer.from(out);
}

const [folder, mode] = process.argv.slice(2);
if (!folder || !['--passphrase', '--recovery-key'].includes(mode)) {
  fail('Usage: node recover-store-key.mjs <profile folder> --passphrase | --recovery-key');
}
const slots = JSON.parse(fs.readFileSync(path.join(folder, 'keys.json'), 'utf8'));
if (slots.format !== 'casework-key-slots' || slots.version !== 1) fail('Not a version 1 Casework keys.json.');
const type = mode === '--passphrase' ? 'passphrase' : 'recovery-key';
const slot = slots.slots.find((s) => s.type === type);
if (!slot) fail(`keys.json has no ${type} slot.`);

const typed = await readSecret(type === 'passphrase' ? 'Passphrase: ' : 'Recovery key: ');
const secret =
  type === 'passphrase'
    ? Buffer.from(typed.normalize('NFC'), 'utf8')
    : base32Decode(
        `${typed.toUpperCase().replace(/[\s-]/gu, '').replace(/0/gu, 'O').replace(/1/gu, 'I').replace(/8/gu, 'B')}====`,
      );

const { N, r, p, dkLen, salt } = slot.kdf;
const kek = crypto.scryptSync(secret, Buffer.from(salt, 'base64'), dkLen, { N, r, p, maxmem: 128 * N * r * p + 16 * 1024 * 1024 });
const decipher = crypto.createDecipheriv('aes-256-gcm', kek, Buffer.from(slot.wrap.iv, 'base64'));
decipher.setAAD(Buffer.from(`casework-key-slot:v1:${slots.profileId}:${slot.id}`, 'utf8'));
decipher.setAuthTag(Buffer.from(slot.wrap.tag, 'base64'));
let dataKey;
try {
  dataKey = Buffer.concat([decipher.update(Buffer.from(slot.wrap.ciphertext, 'base64')), decipher.final()]);
} catch {
  fail(`That ${type === 'passphrase' ? 'passphrase' : 'recovery key'} does not open this profile.`);
}
process.stdout.write(`${dataKey.toString('hex')}\n`);
