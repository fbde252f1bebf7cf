/**
 * An audit entry's plain words, built when it is read (the stored detail holds ids, counts and hashes,
 * never text the practitioner wrote), so a manager or auditor reads "Exported a pack (PDF, Word) for the
 * family, encrypted" rather than JSON.
 */
import { AUDIT_ACTION_LABELS, type AuditAction } from '../../preload/contract/trust-options';

export interface AuditFileDetail {
  name: string;
  sha256: string;
}

/** Only ids, counts, choices and hashes: nothing a practitioner typed. */
export interface AuditDetail {
  noteId?: string;
  draftId?: string;
  exportId?: string;
  backupId?: string;
  /** Failed passphrase attempts before this unlock. */
  failedAttempts?: number;
  /** Search: how many results, and which filters were used (names of filters, not their values). */
  results?: number;
  filters?: string[];
  /** Export */
  kind?: 'pack' | 'chronology' | 'note-templates';
  formats?: string[];
  audience?: string;
  encrypted?: boolean;
  files?: AuditFileDetail[];
  /** Settings: which settings changed (names only). */
  changed?: string[];
}

const FORMAT_WORDS: Record<string, string> = { pdf: 'PDF', docx: 'Word', csv: 'CSV', yaml: 'YAML' };
/** The search channel's filter names, stored as they are, read by a manager in words. */
const FILTER_WORDS: Record<string, string> = { caseId: 'child', contactType: 'contact type', from: 'from date', to: 'to date' };

export function describeAuditEntry(action: AuditAction, detail: AuditDetail, caseCount: number): string {
  const label = AUDIT_ACTION_LABELS[action] ?? action;
  switch (action) {
    case 'unlocked':
      return detail.failedAttempts ? `${label} after ${plural(detail.failedAttempts, 'wrong passphrase')}` : label;
    case 'note-created':
    case 'note-finalised':
      return caseCount > 1 ? `${label} (for ${caseCount} children)` : label;
    case 'search':
      return `${label}${detail.filters?.length ? ` with filters (${detail.filters.map((f) => FILTER_WORDS[f] ?? f).join(', ')})` : ''}: ${plural(detail.results ?? 0, 'result')}`;
    case 'export': {
      // The team's templates file holds no case data: encryption and audience do not apply.
      if (detail.kind === 'note-templates') return 'Saved the note templates to a file; SHA-256 recorded';
      const formats = (detail.formats ?? []).map((f) => FORMAT_WORDS[f] ?? f).join(', ');
      const what = detail.kind === 'chronology' ? 'the chronology' : 'a conference pack';
      const audience = detail.audience === 'family' ? ' for the family (third-party information removed)' : detail.audience ? ' for professionals' : '';
      const encrypted = detail.encrypted === false ? ', not encrypted' : ', encrypted';
      return `Exported ${what} (${formats})${audience}${encrypted}; ${plural(detail.files?.length ?? 0, 'file')} with SHA-256 recorded`;
    }
    case 'settings-changed':
      return detail.changed?.length ? `${label}: ${detail.changed.join(', ')}` : label;
    default:
      return label;
  }
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
