/**
 * The council's organisation key pair, as Casework sees it: the public key IT deploys to laptops (PEM,
 * SubjectPublicKeyInfo) and the private key IT keeps offline (PEM, PKCS#8, optionally encrypted).
 * Two kinds are accepted: X25519 and RSA of at least 3072 bits (used with OAEP-SHA-256). Every refusal
 * says what is wrong in words IT can act on, because a bad key must be fixed, not worked around.
 */
import crypto from 'node:crypto';

export type OrganisationAlgorithm = 'X25519' | 'RSA';

/** NIST SP 800-57: RSA-3072 matches the 128-bit strength of the rest of the key slots. */
export const MIN_RSA_BITS = 3072;

export interface OrganisationPublicKey {
  algorithm: OrganisationAlgorithm;
  /** RSA modulus length; 255 for X25519 (informational). */
  bits: number;
  key: crypto.KeyObject;
  /** SHA-256 of the SubjectPublicKeyInfo DER, lower-case hex: what IT compares to tell keys apart. */
  fingerprint: string;
}

export interface OrganisationPrivateKey {
  algorithm: OrganisationAlgorithm;
  key: crypto.KeyObject;
  /** Fingerprint of the matching public key, so a private key can be matched to a slot before use. */
  fingerprint: string;
}

/** A problem with an organisation key or slot. The message is plain, safe to show, and holds no secret. */
export class OrganisationKeyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'OrganisationKeyError';
  }
}

const PEM_BLOCK = /-----BEGIN ([A-Z0-9 ]+)-----[\s\S]*?-----END \1-----/gu;

function pemLabels(text: string): string[] {
  return [...text.matchAll(PEM_BLOCK)].map((m) => m[1]!);
}

export function publicKeyFingerprint(key: crypto.KeyObject): string {
  const der = key.export({ type: 'spki', format: 'der' });
  return crypto.createHash('sha256').update(der).digest('hex');
}

/** Checks the key's kind and size; shared by the public and the private key paths. */
function describeKey(key: crypto.KeyObject, what: string): { algorithm: OrganisationAlgorithm; bits: number } {
  const type = key.asymmetricKeyType;
  if (type === 'x25519') return { algorithm: 'X25519', bits: 255 };
  if (type === 'rsa') {
    const bits = key.asymmetricKeyDetails?.modulusLength ?? 0;
    if (bits < MIN_RSA_BITS) {
      throw new OrganisationKeyError(`The ${what} is RSA with ${bits} bits; at least ${MIN_RSA_BITS} bits are required.`);
    }
    return { algorithm: 'RSA', bits };
  }
  throw new OrganisationKeyError(
    `The ${what} is of an unsupported type (${type ?? 'unknown'}). Use an X25519 key or an RSA key of at least ${MIN_RSA_BITS} bits.`,
  );
}

/** Parses the deployed public key. Throws OrganisationKeyError naming the problem. */
export function parseOrganisationPublicKey(pem: string): OrganisationPublicKey {
  const what = 'organisation public key';
  if (pem.trim() === '') throw new OrganisationKeyError(`The ${what} is empty or could not be read.`);
  const labels = pemLabels(pem);
  // A private key on every practitioner's laptop would defeat the whole scheme: say so, loudly.
  if (labels.some((l) => l.includes('PRIVATE KEY'))) {
    throw new OrganisationKeyError(
      `The ${what} file contains a PRIVATE key. Only the public key may be deployed to laptops; keep the private key offline.`,
    );
  }
  if (labels.length === 0) {
    throw new OrganisationKeyError(`The ${what} is not in PEM format (expected "-----BEGIN PUBLIC KEY-----").`);
  }
  if (labels.length > 1 || labels[0] !== 'PUBLIC KEY') {
    throw new OrganisationKeyError(
      `The ${what} must be exactly one "BEGIN PUBLIC KEY" (SubjectPublicKeyInfo) block; found ${labels.map((l) => `"${l}"`).join(', ')}.`,
    );
  }
  let key: crypto.KeyObject;
  try {
    key = crypto.createPublicKey({ key: pem, format: 'pem' });
  } catch {
    throw new OrganisationKeyError(`The ${what} is not a valid PEM public key (the base64 content could not be read).`);
  }
  return { ...describeKey(key, what), key, fingerprint: publicKeyFingerprint(key) };
}

/** Parses IT's private key (PKCS#8 PEM, optionally passphrase-protected). */
export function parseOrganisationPrivateKey(pem: string, passphrase?: string): OrganisationPrivateKey {
  const what = 'private key';
  if (!/-----BEGIN (ENCRYPTED )?PRIVATE KEY-----/u.test(pem)) {
    throw new OrganisationKeyError(
      `The ${what} is not a PKCS#8 PEM private key (expected "-----BEGIN PRIVATE KEY-----" or "-----BEGIN ENCRYPTED PRIVATE KEY-----").`,
    );
  }
  const encrypted = pem.includes('-----BEGIN ENCRYPTED PRIVATE KEY-----');
  if (encrypted && passphrase === undefined) {
    throw new OrganisationKeyError(`The ${what} is protected by a passphrase: supply it with --key-passphrase-stdin.`);
  }
  let key: crypto.KeyObject;
  try {
    key = crypto.createPrivateKey({ key: pem, format: 'pem', ...(encrypted ? { passphrase } : {}) });
  } catch {
    throw new OrganisationKeyError(
      encrypted ? `The ${what} could not be decrypted: the key passphrase is wrong.` : `The ${what} could not be read (damaged PEM).`,
    );
  }
  const { algorithm } = describeKey(key, what);
  return { algorithm, key, fingerprint: publicKeyFingerprint(crypto.createPublicKey(key)) };
}
