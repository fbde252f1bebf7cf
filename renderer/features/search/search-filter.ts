/** The search dialog's filters, as the search channel takes them. Empty means "not filtered". */
export interface SearchFilter {
  caseId: string;
  contactType: string;
  from: string;
  to: string;
}

export const NO_SEARCH_FILTER: SearchFilter = { caseId: '', contactType: '', from: '', to: '' };

export function activeFilterCount(filter: SearchFilter): number {
  return [filter.caseId, filter.contactType, filter.from, filter.to].filter((v) => v !== '').length;
}

export function searchRequest(query: string, filter: SearchFilter) {
  return {
    query,
    ...(filter.caseId ? { caseId: filter.caseId } : {}),
    ...(filter.contactType ? { contactType: filter.contactType } : {}),
    ...(filter.from ? { from: filter.from } : {}),
    ...(filter.to ? { to: filter.to } : {}),
  };
}
