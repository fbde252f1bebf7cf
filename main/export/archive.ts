/**
 * The encrypted archive a pack travels in when it leaves the laptop: a standard zip with every entry
 * AES-256 encrypted (WinZip AE-2: opens in 7-Zip, WinZip, WinRAR and The Unarchiver; the extractors built
 * into Windows Explorer and macOS may not open AES entries), never the breakable ZipCrypto. The passphrase is generated here, shown once
 * and never stored. Note that zip encrypts contents, not entry names: the file names therefore carry
 * references and dates only (build-export.ts).
 */
import crypto from 'node:crypto';
import { Uint8ArrayReader, Uint8ArrayWriter, ZipWriter } from '@zip.js/zip.js';

/**
 * Crockford's base32 alphabet, lower case, without i, l, o and u: no two characters sound or look alike,
 * so the passphrase can be read out over the phone ("k for kilo") and typed without guessing.
 * 5 groups of 5 characters = 25 × 5 = 125 random bits, well above 100; the hyphens are part of it.
 * (A word list would be easier to say but needs ~8 words from a 7,776-word list for the same strength.)
 */
const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';
export const PASSPHRASE_GROUPS = 5;
export const PASSPHRASE_GROUP_LENGTH = 5;

export function generateArchivePassphrase(): string {
  const count = PASSPHRASE_GROUPS * PASSPHRASE_GROUP_LENGTH;
  // 32 symbols = 5 bits each; one byte per symbol, keeping the low 5 bits (256 is a multiple of 32, so no bias).
  const bytes = crypto.randomBytes(count);
  const chars = Array.from(bytes, (b) => ALPHABET[b & 31]!);
  const groups: string[] = [];
  for (let i = 0; i < count; i += PASSPHRASE_GROUP_LENGTH) groups.push(chars.slice(i, i + PASSPHRASE_GROUP_LENGTH).join(''));
  return groups.join('-');
}

export interface ArchiveFile {
  name: string;
  data: Buffer;
}

/**
 * `comment` is the archive's own comment, stored in plain text (zip encrypts entries, not the comment):
 * only ever the marking and the audit hash (export-metadata.ts), never anything about the case.
 */
export async function encryptedArchive(files: readonly ArchiveFile[], passphrase: string, comment = ''): Promise<Buffer> {
  if (passphrase.length < 16) throw new Error('An archive passphrase must be a generated one.');
  const zip = new ZipWriter(new Uint8ArrayWriter(), {
    password: passphrase,
    encryptionStrength: 3, // AES-256
    zipCrypto: false,
    // Main process (Node): no web workers; everything stays in this process's memory.
    useWebWorkers: false,
  });
  for (const file of files) {
    await zip.add(file.name, new Uint8ArrayReader(new Uint8Array(file.data.buffer, file.data.byteOffset, file.data.byteLength)));
  }
  const bytes = await zip.close(comment ? new TextEncoder().encode(comment) : undefined);
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
