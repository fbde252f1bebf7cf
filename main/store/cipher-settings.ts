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
