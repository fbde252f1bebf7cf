/**
 * The choices a conference pack offers (kind of conference, export formats, who it is for) and the
 * words for them. Zod-free, so the renderer can import these values; packs.ts re-exports them and
 * builds its schemas from them, so there is one list.
 */

export const CONFERENCE_TYPES = ['initial', 'review', 'core-group'] as const;
export type ConferenceType = (typeof CONFERENCE_TYPES)[number];

export const CONFERENCE_TYPE_LABELS: Readonly<Record<ConferenceType, string>> = {
  initial: 'Initial child protection conference',
  review: 'Review conference',
  'core-group': 'Core group',
};

export const EXPORT_FORMATS = ['pdf', 'docx', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const EXPORT_FORMAT_LABELS: Readonly<Record<ExportFormat, string>> = {
  pdf: 'PDF',
  docx: 'Word',
  csv: 'CSV (chronology, for spreadsheets)',
};

/** family: third-party information redacted; professional: kept. */
export const AUDIENCES = ['family', 'professional'] as const;
export type Audience = (typeof AUDIENCES)[number];

export const AUDIENCE_LABELS: Readonly<Record<Audience, string>> = {
  family: 'For the family — third-party information removed',
  professional: 'For professionals — keeps third-party information',
};

/** Short forms, for tables (the export register). */
export const AUDIENCE_SHORT_LABELS: Readonly<Record<Audience, string>> = {
  family: 'Family (redacted)',
  professional: 'Professionals',
};
