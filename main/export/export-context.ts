/**
 * What every document prints besides the pack itself: the protective marking, the case reference,
 * when it was produced, by whom and for whom. Built from the pack *after* packFor, so even the
 * reference (which falls back to the children's names) is already redacted for the audience.
 */
import type { Audience, ConferenceType, Pack } from '../../preload/contract/packs';
import { packFor } from './redaction';

/** Government Security Classifications: case records about children are OFFICIAL-SENSITIVE. */
export const PROTECTIVE_MARKING = 'OFFICIAL-SENSITIVE';

export interface ExportContext {
  marking: typeof PROTECTIVE_MARKING;
  /** The children's case references joined ("CR-1001, CR-1002"), or their names where none is recorded. */
  reference: string;
  /** References only (never names): safe for file names, which travel in e-mails and zip listings. */
  fileReference: string;
  producedAt: Date;
  author: string;
  audience: Audience;
  /** The audit chain's newest hash when the export was made (docs/store-format.md, "Audit log"). */
  auditHead: string;
}

export const AUDIENCE_WORDING: Record<Audience, string> = {
  family: 'For the family — third-party information removed',
  professional: 'For professionals — contains third-party information',
};

export const CONFERENCE_WORDING: Record<ConferenceType, string> = {
  initial: 'Initial child protection conference',
  review: 'Review child protection conference',
  'core-group': 'Core group meeting',
};

export interface ExportContextOptions {
  audience: Audience;
  producedAt: Date;
  /** The cases' own references by case id, from the cases table (null or '' where none is recorded).
   *  Never read from the pack's details: those are edited text ("Not recorded" is not a reference). */
  caseReferences: ReadonlyMap<string, string | null>;
  auditHead: string;
}

/** The context for one export of this pack (the raw pack: it is put through packFor here). */
export function exportContext(pack: Pack, options: ExportContextOptions): ExportContext {
  const shown = packFor(pack, options.audience);
  const references = shown.children.map((child) => (options.caseReferences.get(child.caseId) ?? '').trim());
  const printed = shown.children.map((child, i) => references[i] || child.childName.trim());
  return {
    marking: PROTECTIVE_MARKING,
    reference: printed.filter(Boolean).join(', ') || 'No reference',
    fileReference: fileReferenceFrom(references, pack.id),
    producedAt: options.producedAt,
    author: shown.author.trim() || 'Unknown author',
    audience: options.audience,
    auditHead: options.auditHead,
  };
}

// Letters, digits and hyphens only: a reference like "CR/2024/17" must not become a path.
function fileReferenceFrom(references: string[], packId: string): string {
  const safe = references
    .map((r) => r.replace(/[^A-Za-z0-9]+/gu, '-').replace(/^-+|-+$/gu, ''))
    .filter(Boolean)
    .join('_')
    .slice(0, 80);
  // No reference at all: the pack id's random tail identifies it without naming anyone.
  return safe || `no-reference-${packId.replace(/[^A-Za-z0-9]/gu, '').slice(-8)}`;
}

const producedFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
});

/** "5 March 2026, 14:02" in the laptop's time zone (the practitioner's own day). */
export function formatProduced(at: Date): string {
  return producedFormat.format(at);
}

/** yyyy-mm-dd of the local day, for file names (sorts in a folder listing). */
export function fileDate(at: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}

const dayFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

/** "2026-03-05" → "5 Mar 2026"; anything that is not a calendar date is printed as it is. */
export function formatDay(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(isoDate);
  if (!match) return isoDate;
  const at = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return Number.isNaN(at.getTime()) ? isoDate : dayFormat.format(at);
}

/** "5 Mar 2026 14:30", or the day alone when no time was recorded. */
export function dayAndTime(date: string, time: string | null): string {
  return time ? `${formatDay(date)} ${time}` : formatDay(date);
}

/** The pack's document title, in the HTML <title>, the PDF's and the Word file's properties. */
export function documentTitle(pack: Pack, ctx: ExportContext): string {
  return `Conference pack — ${CONFERENCE_WORDING[pack.conferenceType]} — ${ctx.reference}`;
}

/** "Produced 5 March 2026, 14:02 by Sam Patel", the footer's last part. */
export function producedLine(ctx: ExportContext): string {
  return `Produced ${formatProduced(ctx.producedAt)} by ${ctx.author}`;
}
