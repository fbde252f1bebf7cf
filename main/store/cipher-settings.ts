/**
 * The one place the cipher is pinned. SQLite3MultipleCiphers' `sqlcipher` cipher with `legacy=4` writes
 * standard SQLCipher 4 files (AES-256-CBC pages, HMAC-SHA512, 4096-byte pages), which Zetetic's
 * SQLCipher 4 opens with `PRAGMA key = "x'<64 hex>'"`. That is our no-lock-in promise: see
 * docs/store-format.md. Changing anything here changes the on-disk format.
 */
export const CIPHER_PRAGMAS = ["cipher = 'sqlcipher'", 'legacy = 4'] as const;

/** A raw 256-bit key in SQLCipher's blob-literal form: no passphrase KDF runs inside SQLite. */
export function rawKeyPragma(dataKey: Buffer): string {
  if (dataKey.length !== 32) throw new Error('The data key must be 32 bytes');
  return `key = "x'${dataKey.toString('hex')}'"`;
}

/**
 * The page layout those settings produce, as store-integrity.ts checks it (verified against real files:
 * tests/unit/store/store-integrity.test.ts). Every page is `pageSize` bytes: encrypted data, then a 16-byte
 * IV, then a 64-byte HMAC-SHA512 over the data, the IV and the page number (4 bytes, little-endian).
 * Page 1 starts with the 16-byte random salt in the clear. The HMAC key is PBKDF2-HMAC-SHA512 of the
 * raw key, with the salt XOR 0x3a per byte, 2 iterations, 32 bytes.
 */
export const SQLCIPHER4_LAYOUT = {
  pageSize: 4096,
  saltBytes: 16,
  ivBytes: 16,
  hmacBytes: 64,
  hmacKdfIterations: 2,
  hmacSaltMask: 0x3a,
} as const;
