/**
 * Matching an @mention to children (cases). Names are compared without case, accents or joiners, so
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
 * Children for the autocomplete: every word of the query starts some word of the name ("am kh" finds
 * "Amira Khan"). Names whose first word matches come first, then by name. An empty query lists all.
 */
export function filterChildren(children: readonly ChildRef[], query: string, limit = 8): ChildRef[] {
  const wanted = words(query);
  const scored: Array<{ child: ChildRef; rank: number }> = [];
  for (const child of children) {
    const have = words(child.childName);
    const matches = wanted.every((w) => have.some((h) => h.startsWith(w)));
    if (!matches) continue;
    const rank = wanted.length === 0 || (have[0] ?? '').startsWith(wanted[0] ?? '') ? 0 : 1;
    scored.push({ child, rank });
  }
  scored.sort((a, b) => a.rank - b.rank || a.child.childName.localeCompare(b.child.childName, 'en-GB'));
  return scored.slice(0, limit).map((s) => s.child);
}

/**
 * The one child a finished mention names, or null. Stricter than the autocomplete on purpose: this
 * links without a pick, so the query must equal the whole name or one whole word of it ("@Leo" →
 * "Leo Khan"), and exactly one child may match. "@Le" or an ambiguous "@Khan" links nobody.
 */
export function exactChild(children: readonly ChildRef[], query: string): ChildRef | null {
  const wanted = normaliseName(query);
  if (wanted === '') return null;
  const found = children.filter((c) => normaliseName(c.childName) === wanted || words(c.childName).includes(wanted));
  return found.length === 1 ? (found[0] ?? null) : null;
}
