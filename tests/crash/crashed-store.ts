/**
 * Looks at a store exactly as a killed writer left it: store.db and its WAL are copied aside (without
 * the -shm index, so SQLite rebuilds it from the WAL as after a reboot) and the copy is opened fresh
 * with the real openEncryptedStore, which runs the page check (store-integrity.ts) and WAL recovery.
 * The original is left untouched, hot WAL included, for the next writer to recover itself.
 */
import fs from 'node:fs';
import path from 'node:path';
import { AuditLog } from '../../main/audit/audit-log';
import { openEncryptedStore } from '../../main/store/open-store';

export interface StoreContents {
  /** Set if the fresh open refused the store (it must not). */
  openError: string | null;
  /** PRAGMA integrity_check's answer: 'ok' or the problems it lists. */
  integrity: string;
  /** null when the audit chain verifies, else its problem. */
  auditProblem: string | null;
  /** Every note in the store: id → body. */
  notes: Map<string, string>;
  /** Note id → number of note-created audit entries for it. */
  auditedNotes: Map<string, number>;
}

/** Copies store.db and its WAL (not the -shm index) into `scratchDir`; returns the copy's path. */
export function copyCrashedStore(storeFile: string, scratchDir: string): string {
  const copy = path.join(scratchDir, 'store.db');
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(copy + suffix, { force: true });
  fs.copyFileSync(storeFile, copy);
  if (fs.existsSync(`${storeFile}-wal`)) fs.copyFileSync(`${storeFile}-wal`, `${copy}-wal`);
  return copy;
}

export function readCrashedStore(copy: string, dataKey: Buffer): StoreContents {
  const empty: StoreContents = { openError: null, integrity: 'not checked', auditProblem: null, notes: new Map(), auditedNotes: new Map() };
  let db;
  try {
    db = openEncryptedStore(copy, dataKey);
  } catch (error) {
    return { ...empty, openError: String(error) };
  }
  try {
    const integrity = (db.pragma('integrity_check', { simple: false }) as Array<{ integrity_check: string }>).map((r) => r.integrity_check).join('; ');
    const verification = new AuditLog(db, 'crash-test', () => new Date()).verify();
    const notes = new Map(db.prepare<[], { id: string; body: string }>('SELECT id, body FROM notes').all().map((r) => [r.id, r.body]));
    const audited = db
      .prepare<[], { id: string; n: number }>(
        `SELECT json_extract(detail_json, '$.noteId') AS id, count(*) AS n FROM audit_log
          WHERE action IN ('note-created', 'note-finalised') GROUP BY id`,
      )
      .all();
    return {
      openError: null,
      integrity,
      auditProblem: verification.intact ? null : (verification.problem?.message ?? 'not intact'),
      notes,
      auditedNotes: new Map(audited.map((r) => [r.id, r.n])),
    };
  } finally {
    db.close();
  }
}
