import crypto from 'node:crypto';

/** Lower-case hex SHA-256, as `sha256sum` and `Get-FileHash` print it, so anyone can check a file. */
export function sha256Hex(data: Uint8Array): string {
  return crypto.createHash('sha256').update(data).digest('hex');
}
