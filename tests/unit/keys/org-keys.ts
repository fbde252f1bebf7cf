/** Organisation key pairs for tests, made with node:crypto as IT would with openssl (PEM SPKI / PKCS#8). */
import crypto from 'node:crypto';

export interface OrgKeyPair {
  publicPem: string;
  privatePem: string;
}

export function orgKeyPair(type: 'x25519' | 'rsa' | 'ec', rsaBits = 3072): OrgKeyPair {
  const publicKeyEncoding = { type: 'spki', format: 'pem' } as const;
  const privateKeyEncoding = { type: 'pkcs8', format: 'pem' } as const;
  const pair =
    type === 'rsa'
      ? crypto.generateKeyPairSync('rsa', { modulusLength: rsaBits, publicKeyEncoding, privateKeyEncoding })
      : type === 'ec'
        ? crypto.generateKeyPairSync('ec', { namedCurve: 'P-256', publicKeyEncoding, privateKeyEncoding })
        : crypto.generateKeyPairSync('x25519', { publicKeyEncoding, privateKeyEncoding });
  return { publicPem: pair.publicKey, privatePem: pair.privateKey };
}

/** Made once per test file: RSA-3072 generation takes a noticeable fraction of a second. */
export const X25519 = orgKeyPair('x25519');
export const RSA_3072 = orgKeyPair('rsa', 3072);
