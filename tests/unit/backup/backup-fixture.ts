/** Profiles with notes, and independent ways to look inside store and backup files, for the backup tests. */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import type { BackupSummary, CaseSummary, CreatedProfile, Note } from '../../../preload/contract';
import { openWithPassphrase } from '../../../main/keys/profile-keys';
import { CIPHER_PRAGMAS, rawKeyPragma } from '../../../main/store/cipher-settings';
import type { Timers } from '../../../main/session/idle-lock';
import type { CoreOptions } from '../../../main/ipc/core';
import { PASSPHRASE, testCore } from '../support/temp-profiles';
import { quickNote } from '../support/notes';

export async function profileWithCase(overrides: Partial<CoreOptions> = {}) {
  const t = testCore(overrides);
  const created = await t.call<CreatedProfile>('createProfile', { displayName: 'Sam Okafor', passphrase: PASSPHRASE });
  const kase = await t.call<CaseSummary>('createCase', { childName: 'Amira Khan' });
  const profileId = created.profile.id;
  const dir = path.join(t.root, profileId);
  return {
    ...t,
    profileId,
    dir,
    kase,
    backupsDir: path.join(dir, 'backups'),
    storeFile: path.join(dir, 'store.db'),
    saveNote: (body: string) => t.call<Note>('saveNote', quickNote(body, kase.id)),
    noteBodies: async () => (await t.call<Note[]>('listNotes', { caseId: kase.id })).map((n) => n.body).sort(),
    listBackups: () => t.call<BackupSummary[]>('listBackups', { profileId }),
    unlock: () => t.call('unlock', { profileId, passphrase: PASSPHRASE }),
    restore: (backupId: string, passphrase = PASSPHRASE) => t.core.dispatch('restoreBackup', { profileId, passphrase, backupId }),
    dataKey: async () => (await openWithPassphrase(path.join(dir, 'keys.json'), profileId, PASSPHRASE))!,
  };
}

/** Reads a store or backup with the raw driver, read-only, as IT would with the data key. */
export function readWithKey<T>(file: string, dataKey: Buffer, read: (db: Database.Database) => T): T {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    for (const pragma of CIPHER_PRAGMAS) db.pragma(pragma);
    db.pragma(rawKeyPragma(dataKey));
    db.pragma('temp_store = MEMORY');
    return read(db);
  } finally {
    db.close();
  }
}

export const noteBodiesIn = (file: string, dataKey: Buffer): string[] =>
  readWithKey(file, dataKey, (db) => db.prepare<[], string>('SELECT body FROM notes ORDER BY body').pluck().all());

export const auditActionsIn = (file: string, dataKey: Buffer): string[] =>
  readWithKey(file, dataKey, (db) => db.prepare<[], string>('SELECT action FROM audit_log ORDER BY seq').pluck().all());

export function filesIn(dir: string): string[] {
  return fs.existsSync(dir) ? fs.readdirSync(dir).sort() : [];
}

/** Timers the test fires by hand, by delay: "the practitioner paused for this long". */
export function timersByDelay() {
  const pending = new Map<number, { ms: number; fn: () => void }>();
  let nextId = 1;
  const timers: Timers = {
    setTimeout: (fn, ms) => {
      pending.set(nextId, { ms, fn });
      return nextId++;
    },
    clearTimeout: (id) => void pending.delete(id as number),
  };
  const fire = (ms: number) => {
    for (const [id, timer] of [...pending]) {
      if (timer.ms !== ms) continue;
      pending.delete(id);
      timer.fn();
    }
  };
  return { timers, fire };
}
