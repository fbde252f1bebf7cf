/** The timeline's filters, as the listNotes channel takes them. Empty means "not filtered". */
export interface TimelineFilter {
  contactType: string;
  significantOnly: boolean;
  /** YYYY-MM-DD, inclusive; '' when not set. */
  from: string;
  to: string;
}

export const NO_FILTER: TimelineFilter = { contactType: '', significantOnly: false, from: '', to: '' };

export function isFiltered(filter: TimelineFilter): boolean {
  return filter.contactType !== '' || filter.significantOnly || filter.from !== '' || filter.to !== '';
}

export function listNotesRequest(caseId: string, filter: TimelineFilter) {
  return {
    caseId,
    ...(filter.contactType ? { contactType: filter.contactType } : {}),
    ...(filter.significantOnly ? { significantOnly: true } : {}),
    ...(filter.from ? { from: filter.from } : {}),
    ...(filter.to ? { to: filter.to } : {}),
  };
}
