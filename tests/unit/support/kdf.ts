import type { KdfSettings } from '../../../main/keys/profile-keys';

/** Real scrypt, lower cost: the slot format and code paths are the same, tests just run faster. */
export const FAST_KDF: KdfSettings = {
  passphrase: { N: 2 ** 12, r: 8, p: 1, dkLen: 32 },
  recoveryKey: { N: 2 ** 10, r: 8, p: 1, dkLen: 32 },
};
