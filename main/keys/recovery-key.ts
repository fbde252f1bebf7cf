/**
 * The recovery key: 32 random bytes written as RFC 4648 base32 (A–Z, 2–7) in groups of four, e.g.
 * `K7QX-M2PA-…` (52 characters, 13 groups). Base32 has no 0/1/8 and is case-insensitive, so a key read
 * aloud or copied from paper survives; `base32 -d` (GNU coreutils) decodes it after padding.
 */
import crypto from 'node:crypto';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
export const RECOVERY_KEY_BYTES = 32;
const ENCODED_LENGTH = Math.ceil((RECOVERY_KEY_BYTES * 8) / 5); // 52

export function encodeBase32(bytes: Buffer): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += ALPHABET[(value << (5 - bits)) & 31];
  return out;
}

function decodeBase32(text: string): Buffer | null {
  let bits = 0;
  let value = 0;
  const out: number[] = [];
  for (const char of text) {
    const index = ALPHABET.indexOf(char);
    if (index < 0) return null;
    value = ((value << 5) | index) & 0xffff;
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
  }
  return Buffer.from(out);
}

export function formatRecoveryKey(bytes: Buffer): string {
  return (encodeBase32(bytes).match(/.{1,4}/gu) ?? []).join('-');
}

export function generateRecoveryKey(): { bytes: Buffer; formatted: string } {
  const bytes = crypto.randomBytes(RECOVERY_KEY_BYTES);
  return { bytes, formatted: formatRecoveryKey(bytes) };
}

/**
 * Accepts the key as typed: any case, spaces or dashes anywhere, and the look-alikes 0→O, 1→I, 8→B
 * (those digits are not in the alphabet, so the mapping is unambiguous). Returns null if it cannot be
 * a recovery key at all.
 */
export function parseRecoveryKey(typed: string): Buffer | null {
  const cleaned = typed
    .toUpperCase()
    .replace(/[\s-]/gu, '')
    .replace(/=+$/u, '')
    .replace(/0/gu, 'O')
    .replace(/1/gu, 'I')
    .replace(/8/gu, 'B');
  if (cleaned.length !== ENCODED_LENGTH) return null;
  const bytes = decodeBase32(cleaned);
  return bytes && bytes.length === RECOVERY_KEY_BYTES ? bytes : null;
}
