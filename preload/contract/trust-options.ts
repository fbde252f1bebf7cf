/** Audit actions and backup reasons, with their plain words. Zod-free: the renderer imports values from here. */

export const AUDIT_ACTIONS = [
  'profile-created',
  'unlocked',
  'unlocked-with-recovery-key',
  'recovered-by-organisation',
  'passphrase-changed',
  'recovery-key-replaced',
  'settings-changed',
  'case-created',
  'case-opened',
  'case-updated',
  'note-created',
  'note-finalised',
  'note-amended',
  'note-filed',
  'draft-discarded',
  'search',
  'export',
  'backup-restored',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const AUDIT_ACTION_LABELS: Record<AuditAction, string> = {
  'profile-created': 'Profile created',
  unlocked: 'Unlocked',
  'unlocked-with-recovery-key': 'Unlocked with the recovery key',
  'recovered-by-organisation': 'Recovered by IT with the organisation key',
  'passphrase-changed': 'Passphrase changed',
  'recovery-key-replaced': 'Recovery key replaced',
  'settings-changed': 'Settings changed',
  'case-created': 'Case created',
  'case-opened': 'Case opened',
  'case-updated': 'Case details changed',
  'note-created': 'Note saved',
  'note-finalised': 'Draft saved as a note',
  'note-amended': 'Note amended',
  'note-filed': 'Note filed to a case',
  'draft-discarded': 'Draft discarded',
  search: 'Searched',
  export: 'Exported',
  'backup-restored': 'Restored from a backup',
};

export const BACKUP_REASONS = ['lock', 'hourly', 'manual', 'before-restore'] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];

export const BACKUP_REASON_LABELS: Record<BackupReason, string> = {
  lock: 'When the records were locked',
  hourly: 'Hourly, while in use',
  manual: 'Backed up by you',
  'before-restore': 'Kept before a restore',
};

/** How many automatic backups are kept per profile (oldest removed first). */
export const BACKUPS_KEPT = 7;
