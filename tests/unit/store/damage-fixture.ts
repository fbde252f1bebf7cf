/**
 * A small real store to damage: built through the core (notes of different lengths, an amendment,
 * long drafts discarded so the freelist holds pages, the audit entries all that writes), then locked
 * so it is closed cleanly (no WAL left). Its shape (page count, free pages) comes from SQLite's dbstat.
 */
import fs from 'node:fs';
import path from 'node:path';
import { v7 as uuidv7 } from 'uuid';
import type { CaseSummary, CreatedProfile, Note } from '../../../preload/contract';
import { createCore } from '../../../main/ipc/core';
import { openWithPassphrase } from '../../../main/keys/profile-keys';
import { createMemorySettings } from '../../../main/settings/settings-port';
import { openEncryptedStore } from '../../../main/store/open-store';
import { FAST_KDF } from '../support/kdf';
import type { StoreShape } from './mutations';

export const FIXTURE_PASSPHRASE = 'damage fixture passphrase';

export interface DamageFixture extends StoreShape {
  root: string;
  profileId: string;
  storeFile: string;
  dataKey: Buffer;
  /** The store's bytes as closed cleanly. */
  original: Buffer;
}

export async function buildDamageFixture(root: string): Promise<DamageFixture> {
  const core = createCore({ profilesRoot: root, settings: createMemorySettings(), emit: () => {}, kdf: FAST_KDF });
  const call = async <T>(channel: string, payload: unknown = {}) => {
    const answer = await core.dispatch(channel, payload);
    if (!answer.ok) throw new Error(`${channel}: ${answer.error.code}`);
    return answer.value as T;
  };
  const { profile } = await call<CreatedProfile>('createProfile', { displayName: 'Sam', passphrase: FIXTURE_PASSPHRASE });
  const kase = await call<CaseSummary>('createCase', { childName: 'Amira Khan' });
  for (let i = 0; i < 30; i += 1) {
    const body = `Visit ${i}: Amira was seen alone and said "I am fine". `.repeat(1 + ((i * 37) % 120));
    const note = await call<Note>('saveNote', { id: uuidv7(), body, structure: { children: [{ caseId: kase.id }] } });
    if (i % 10 === 0) await call('amendNote', { noteId: note.id, body: `${body} Corrected date.`, reason: 'Wrong date', structure: { children: [{ caseId: kase.id }] } });
  }
  // All saved before any is discarded, so their pages end up on the freelist rather than being reused.
  const drafts = Array.from({ length: 6 }, () => uuidv7());
  for (const id of drafts) await call('saveDraft', { id, caseId: kase.id, body: 'A long draft that is thrown away. '.repeat(500) });
  for (const id of drafts) await call('discardDraft', { id });
  core.shutdown();
  const storeFile = path.join(root, profile.id, 'store.db');
  const dataKey = await openWithPassphrase(path.join(root, profile.id, 'keys.json'), profile.id, FIXTURE_PASSPHRASE);
  if (!dataKey) throw new Error('fixture key did not unwrap');
  const original = fs.readFileSync(storeFile);
  return { root, profileId: profile.id, storeFile, dataKey, original, ...shapeOf(original, dataKey, root) };
}

/** Page count and free pages, read from a copy so the fixture itself is never opened again. */
function shapeOf(original: Buffer, dataKey: Buffer, root: string): StoreShape {
  const copy = path.join(root, 'shape.db');
  fs.writeFileSync(copy, original);
  const db = openEncryptedStore(copy, dataKey);
  try {
    const pages = db.pragma('page_count', { simple: true }) as number;
    const used = new Set(db.prepare<[], number>('SELECT DISTINCT pageno FROM dbstat').pluck().all());
    const freePages = Array.from({ length: pages }, (_, i) => i + 1).filter((p) => !used.has(p));
    return { pages, freePages };
  } finally {
    db.close();
    for (const suffix of ['', '-wal', '-shm']) fs.rmSync(copy + suffix, { force: true });
  }
}
