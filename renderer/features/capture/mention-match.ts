/**
 * Matching an @mention to children (cases) and people. Names are compared without case, accents or joiners, so
 * "@zoe", "@Zoë" and "@anne-marie" find "Zoë" and "Anne Marie": people type fast, often on a laptop
 * in a car, and a keyboard may not make an accent easily.
 */

export interface ChildRef {
  caseId: string;
  childName: string;
}

/** Lower-case, accents and combining marks removed, '-', '_', '.' treated as spaces, spaces collapsed. */
export function normaliseName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[-_.]+/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
}

function words(name: string): string[] {
  const n = normaliseName(name);
  return n === '' ? [] : n.split(' ');
}

/**
 * For the autocomplete: every word of the query starts some word of the name ("am kh" finds "Amira
 * Khan"). Names whose first word matches come first, then by name. An empty query lists all.
 */
export function filterByName<T>(items: readonly T[], nameOf: (item: T) => string, query: string, limit = 8): T[] {
  const wanted = words(query);
  const scored: Array<{ item: T; name: string; rank: number }> = [];
  for (const item of items) {
    const name = nameOf(item);
    const have = words(name);
    const matches = wanted.every((w) => have.some((h) => h.startsWith(w)));
    if (!matches) continue;
    const rank = wanted.length === 0 || (have[0] ?? '').startsWith(wanted[0] ?? '') ? 0 : 1;
    scored.push({ item, name, rank });
  }
  scored.sort((a, b) => a.rank - b.rank || a.name.localeCompare(b.name, 'en-GB'));
  return scored.slice(0, limit).map((s) => s.item);
}

/**
 * Everything a finished mention could name: stricter than the autocomplete on purpose, because this
 * links without a pick, so the query must equal the whole name or one whole word of it ("@Leo" →
 * "Leo Khan"). The caller links only when exactly one thing matches.
 */
export function exactByName<T>(items: readonly T[], nameOf: (item: T) => string, query: string): T[] {
  const wanted = normaliseName(query);
  if (wanted === '') return [];
  return items.filter((item) => normaliseName(nameOf(item)) === wanted || words(nameOf(item)).includes(wanted));
}

/** Children for the autocomplete and pickers (see filterByName). */
export function filterChildren(children: readonly ChildRef[], query: string, limit = 8): ChildRef[] {
  return filterByName(children, (c) => c.childName, query, limit);
}

/** The one child a finished mention names, or null. "@Le" or an ambiguous "@Khan" links nobody. */
export function exactChild(children: readonly ChildRef[], query: string): ChildRef | null {
  const found = exactByName(children, (c) => c.childName, query);
  return found.length === 1 ? (found[0] ?? null) : null;
}

/** Whether the text typed is already some name exactly (no need to offer "add a new person"). */
export function isExactName(name: string, query: string): boolean {
  return normaliseName(name) === normaliseName(query);
}
