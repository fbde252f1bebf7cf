/**
 * Trust: the audit log (hash-chained, verifiable, a per-case record of access) and the automatic
 * encrypted backups. What is recorded is what happened and to which case — never note text or search
 * words — and it lives inside the encrypted store like everything else.
 */
import { z } from 'zod';
import { id } from './fields';
import { AUDIT_ACTIONS, BACKUP_REASONS } from './trust-options';

// The actions and their words live in a zod-free file the renderer may import.
export * from './trust-options';

export const AuditEntry = z.object({
  seq: z.number().int(),
  /** ISO instant. */
  at: z.string(),
  /** Who did it: the practitioner's display name, or "Organisation recovery (IT)". */
  actor: z.string(),
  action: z.enum(AUDIT_ACTIONS),
  caseId: z.string().nullable(),
  /** What, in plain words, e.g. "Opened the case", "Exported a pack (PDF, Word) for the family". */
  description: z.string(),
});
export type AuditEntry = z.infer<typeof AuditEntry>;

export const AuditVerification = z.object({
  intact: z.boolean(),
  entries: z.number().int(),
  /** SHA-256 (hex) of the newest entry: the value written into every export's metadata. */
  headHash: z.string(),
  /** The first problem found, or null when the chain is intact. */
  problem: z
    .object({
      seq: z.number().int(),
      kind: z.enum(['modified', 'missing', 'out-of-order', 'newest-missing']),
      message: z.string(),
    })
    .nullable(),
});
export type AuditVerification = z.infer<typeof AuditVerification>;

export const CaseAccessRecord = z.object({
  caseId: z.string(),
  childName: z.string(),
  /** Oldest first: it reads as a record. */
  entries: z.array(AuditEntry),
  /** Whether the whole chain verified when this record was produced. */
  chainIntact: z.boolean(),
  headHash: z.string(),
});
export type CaseAccessRecord = z.infer<typeof CaseAccessRecord>;

/** A backup's id is its file name stem: the UTC instant it was taken, safe in a file name. */
export const BACKUP_ID_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z$/u;
export const backupId = z.string({ error: 'Backup is not valid.' }).regex(BACKUP_ID_PATTERN, { error: 'Backup is not valid.' });

export const BackupSummary = z.object({
  id: z.string(),
  /** ISO instant. */
  takenAt: z.string(),
  bytes: z.number().int(),
  reason: z.enum(BACKUP_REASONS),
});
export type BackupSummary = z.infer<typeof BackupSummary>;

export const trustChannels = {
  /** Walks the whole audit chain and says whether any entry was changed, removed or reordered. */
  verifyAuditLog: { request: z.strictObject({}), response: AuditVerification },
  /** Who did what to this child's records, and when: to give to a manager or an auditor. */
  getCaseAccessRecord: { request: z.strictObject({ caseId: id('Case') }), response: CaseAccessRecord },
  /** A profile's automatic backups, newest first. Works while locked (for a damaged store). */
  listBackups: { request: z.strictObject({ profileId: id('Profile') }), response: z.array(BackupSummary) },
  /** Takes a backup now (also happens on lock and at most hourly while in use). */
  backUpNow: { request: z.strictObject({}), response: BackupSummary },
};
