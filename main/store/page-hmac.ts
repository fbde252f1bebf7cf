/**
 * Checks one SQLCipher 4 page's HMAC in Node, without SQLite. SQLite only checks the pages a query
 * happens to read, so damage to a free page, an index nobody has searched yet or a page moved within the
 * file would otherwise surface weeks later in the middle of someone's work. Layout: cipher-settings.ts.
 */
import crypto from 'node:crypto';
import { SQLCIPHER4_LAYOUT as L } from './cipher-settings';

export class PageAuthenticator {
  private readonly hmacKey: Buffer;
  private readonly pageNumber = Buffer.alloc(4);

  /** `salt`: the first 16 bytes of the store file (SQLCipher's per-file random salt). */
  constructor(dataKey: Buffer, salt: Buffer) {
    const hmacSalt = Buffer.from(salt.subarray(0, L.saltBytes).map((b) => b ^ L.hmacSaltMask));
    this.hmacKey = crypto.pbkdf2Sync(dataKey, hmacSalt, L.hmacKdfIterations, 32, 'sha512');
  }

  /** True if `page` (exactly one page, as stored) is page number `pageNo` of this file, untouched. */
  verify(page: Buffer, pageNo: number): boolean {
    if (page.length !== L.pageSize) return false;
    const mac = crypto.createHmac('sha512', this.hmacKey);
    // The salt at the start of page 1 is not covered: it is an input to the key, not page content.
    mac.update(page.subarray(pageNo === 1 ? L.saltBytes : 0, L.pageSize - L.hmacBytes));
    this.pageNumber.writeUInt32LE(pageNo >>> 0, 0);
    mac.update(this.pageNumber);
    return crypto.timingSafeEqual(mac.digest(), page.subarray(L.pageSize - L.hmacBytes));
  }

  /** Zeroes the derived key: like the data key it came from, it must not outlive its use. */
  dispose(): void {
    this.hmacKey.fill(0);
  }
}
