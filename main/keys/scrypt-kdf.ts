/**
 * Key derivation for key slots: scrypt (RFC 7914) from node:crypto. Parameters are recorded in every
 * slot so they can be raised later without breaking existing profiles. Argon2 would be preferable but
 * is absent from Node 20 and from Electron's BoringSSL, and we want standard tools to reproduce this.
 */
import crypto from 'node:crypto';

export interface ScryptParams {
  /** CPU/memory cost, a power of two. */
  N: number;
  r: number;
  p: number;
  /** Output length in bytes: always 32 (an AES-256 key). */
  dkLen: 32;
}

/** ~0.3–0.5 s and 128 MiB on a 2-core laptop: slows guessing without annoying the practitioner. */
export const PASSPHRASE_SCRYPT: ScryptParams = { N: 2 ** 17, r: 8, p: 1, dkLen: 32 };

/**
 * The recovery key already carries 256 random bits, so a slow KDF adds nothing against guessing;
 * a modest cost keeps the slot format uniform.
 */
export const RECOVERY_KEY_SCRYPT: ScryptParams = { N: 2 ** 14, r: 8, p: 1, dkLen: 32 };

/** scrypt needs 128·N·r·p bytes; Node refuses above `maxmem` (32 MiB default), so we set it explicitly. */
export function scryptMaxmem(params: ScryptParams): number {
  return 128 * params.N * params.r * params.p + 16 * 1024 * 1024;
}

export function deriveKey(secret: Buffer, salt: Buffer, params: ScryptParams): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    crypto.scrypt(
      secret,
      salt,
      params.dkLen,
      { N: params.N, r: params.r, p: params.p, maxmem: scryptMaxmem(params) },
      (error, key) => (error ? reject(error) : resolve(key)),
    );
  });
}

/** Passphrases are NFC-normalised so the same words typed on another keyboard/OS give the same key. */
export function passphraseBytes(passphrase: string): Buffer {
  return Buffer.from(passphrase.normalize('NFC'), 'utf8');
}
