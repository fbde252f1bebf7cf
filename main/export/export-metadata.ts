/**
 * What every exported file says about itself outside its pages: the protective marking, who produced it
 * and the audit chain's newest hash when it was made, so a file found later can be tied to the log
 * entries before it (docs/exports.md, "Audit chain in every export"). Fixed wording and hashes only:
 * no case text ever goes into properties, which Explorer and Finder show without opening the file.
 */
import type { ExportContext } from './export-context';

/** The name of the custom property (PDF Info key, Word custom property) holding the hash alone. */
export const AUDIT_CHAIN_PROPERTY = 'CaseworkAuditChain';

const SHA256_HEX = /^[0-9a-f]{64}$/u;

/** The audit head, checked: an export must never go out with an empty or malformed hash in it. */
export function auditHeadOf(ctx: ExportContext): string {
  if (!SHA256_HEX.test(ctx.auditHead)) throw new Error('The audit chain head for an export must be a SHA-256 hash in lower-case hex.');
  return ctx.auditHead;
}

/** "audit-chain:<hex>": the keywords of the PDF and the Word file, searchable in any file manager. */
export function auditKeyword(ctx: ExportContext): string {
  return `audit-chain:${auditHeadOf(ctx)}`;
}

export function documentSubject(ctx: ExportContext): string {
  return `${ctx.marking} — case conference pack`;
}

/**
 * The encrypted archive's comment, readable without the passphrase (zip encrypts contents, not the
 * comment): the marking and the hash, nothing about the case. ASCII only, because the zip format
 * records no encoding for this comment and tools decode it differently (an em dash would turn into
 * "â€”" in some of them).
 */
export function archiveComment(ctx: ExportContext): string {
  return `Casework export - ${ctx.marking} - ${auditKeyword(ctx)}`;
}

/** The entries added to the printed PDF's document information dictionary (pdf-info.ts). */
export function pdfDocumentInfo(ctx: ExportContext): Record<string, string> {
  return {
    Subject: documentSubject(ctx),
    Author: ctx.author,
    Keywords: auditKeyword(ctx),
    [AUDIT_CHAIN_PROPERTY]: auditHeadOf(ctx),
  };
}
