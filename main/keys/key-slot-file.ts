/**
 * `keys.json`: the key slots of one profile. Each slot wraps the same random 256-bit data key (the
 * SQLCipher key of `store.db`) under a key derived from one secret — the passphrase or the recovery
 * key — so changing the passphrase rewrites one slot and never re-encrypts the store. An optional
 * organisation slot wraps it to the council's public key instead (no secret to derive from, no scrypt).
 * The exact format is documented in docs/store-format.md; keep the two in step.
 */
import fs from 'node:fs';
import { z } from 'zod';
import { writeFileAtomically } from '../shared/atomic-write';

export const KEY_SLOT_FILE_FORMAT = 'casework-key-slots';
export const KEY_SLOT_FILE_VERSION = 1;

const base64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/u);

export const ScryptKdf = z.object({
  name: z.literal('scrypt'),
  N: z.number().int().min(2 ** 10).max(2 ** 24),
  r: z.number().int().min(1).max(32),
  p: z.number().int().min(1).max(16),
  dkLen: z.literal(32),
  salt: base64,
});

export const Aes256GcmWrap = z.object({
  name: z.literal('AES-256-GCM'),
  iv: base64,
  ciphertext: base64,
  tag: base64,
});

export const SlotType = z.enum(['passphrase', 'recovery-key']);
export type SlotType = z.infer<typeof SlotType>;

/** A slot opened by a secret (passphrase or recovery key) through scrypt. Unchanged since version 1. */
export const KeySlot = z.object({
  id: z.string().min(1),
  type: SlotType,
  kdf: ScryptKdf,
  wrap: Aes256GcmWrap,
  createdAt: z.string(),
});
export type KeySlot = z.infer<typeof KeySlot>;

/** Ephemeral-static X25519, HKDF-SHA-256, AES-256-GCM (docs/store-format.md). */
export const X25519Wrap = z.object({
  name: z.literal('X25519-HKDF-SHA256-AES-256-GCM'),
  ephemeralPublicKey: base64,
  salt: base64,
  iv: base64,
  ciphertext: base64,
  tag: base64,
});

/** RSA-OAEP with SHA-256 (and MGF1-SHA-256), the AAD as OAEP label. */
export const RsaOaepWrap = z.object({
  name: z.literal('RSA-OAEP-SHA256'),
  ciphertext: base64,
});

/** A slot only the council's private key opens. Added when IT deployed a public key (issue 5). */
export const OrganisationSlot = z.object({
  id: z.string().min(1),
  type: z.literal('organisation'),
  /** SHA-256 of the public key's SubjectPublicKeyInfo DER, hex: tells IT which key pair opens it. */
  keyFingerprint: z.string().regex(/^[0-9a-f]{64}$/u),
  wrap: z.discriminatedUnion('name', [X25519Wrap, RsaOaepWrap]),
  createdAt: z.string(),
});
export type OrganisationSlot = z.infer<typeof OrganisationSlot>;

/** Any slot in the file: told apart by `type`. */
export const StoredSlot = z.discriminatedUnion('type', [KeySlot, OrganisationSlot]);
export type StoredSlot = z.infer<typeof StoredSlot>;

export const KeySlotFile = z.object({
  format: z.literal(KEY_SLOT_FILE_FORMAT),
  version: z.literal(KEY_SLOT_FILE_VERSION),
  profileId: z.string().min(1),
  store: z.object({
    file: z.string(),
    cipher: z.literal('sqlcipher'),
    compatibility: z.literal(4),
    key: z.literal('raw-256-bit'),
  }),
  slots: z.array(StoredSlot).min(1),
});
export type KeySlotFile = z.infer<typeof KeySlotFile>;

export class KeySlotFileError extends Error {
  constructor(readonly reason: 'missing' | 'damaged') {
    super(reason === 'missing' ? 'Key slot file is missing' : 'Key slot file is damaged');
    this.name = 'KeySlotFileError';
  }
}

export function readKeySlotFile(file: string): KeySlotFile {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new KeySlotFileError('missing');
    throw error;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new KeySlotFileError('damaged');
  }
  const parsed = KeySlotFile.safeParse(json);
  if (!parsed.success) throw new KeySlotFileError('damaged');
  return parsed.data;
}

export function writeKeySlotFile(file: string, slots: KeySlotFile): void {
  writeFileAtomically(file, `${JSON.stringify(KeySlotFile.parse(slots), null, 2)}\n`);
}
