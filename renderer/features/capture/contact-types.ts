/**
 * Contact types a quick note can be tagged with (`#visit`, `#call`...). The list is data, not code, so a
 * team can configure its own later (Munro: adapt to local needs); this is only the default.
 */

export interface ContactTypeDef {
  id: string;
  label: string;
  /** Tags without '#', lower-case. The id is also accepted as a tag (`#home-visit`, `#phone-call`). */
  tags: readonly string[];
}

export const DEFAULT_CONTACT_TYPES: readonly ContactTypeDef[] = Object.freeze([
  { id: 'home-visit', label: 'Home visit', tags: ['visit', 'homevisit', 'hv'] },
  { id: 'office-visit', label: 'Office visit', tags: ['office'] },
  { id: 'school-visit', label: 'School visit', tags: ['school'] },
  { id: 'phone-call', label: 'Phone call', tags: ['call', 'phone'] },
  { id: 'meeting', label: 'Meeting', tags: ['meeting', 'cgm', 'coregroup'] },
  { id: 'observation', label: 'Observation', tags: ['observation', 'obs'] },
  { id: 'correspondence', label: 'Correspondence', tags: ['correspondence', 'letter', 'email'] },
]);

/** Tags that flag the note as a significant event rather than naming a contact type. */
export const SIGNIFICANT_TAGS: ReadonlySet<string> = new Set(['significant', 'sig']);

/**
 * Tags compare case-insensitively and ignore '-' / '_', so `#HV`, `#home-visit`, `#Home_Visit` and
 * `#homevisit` all mean the same thing: people type these fast, on a laptop keyboard in a car.
 */
export function normaliseTag(tag: string): string {
  return tag.toLowerCase().replace(/[-_]/gu, '');
}

// The composer parses on every keystroke with the same (usually default) list: build each lookup once.
const lookups = new WeakMap<readonly ContactTypeDef[], ReadonlyMap<string, string>>();

/** Normalised tag → contact type id. The first type to claim a tag wins, matching list order. */
export function contactTypeLookup(types: readonly ContactTypeDef[]): ReadonlyMap<string, string> {
  let lookup = lookups.get(types);
  if (!lookup) {
    const map = new Map<string, string>();
    for (const type of types) {
      for (const tag of [type.id, ...type.tags]) {
        const key = normaliseTag(tag);
        if (key && !map.has(key)) map.set(key, type.id);
      }
    }
    lookup = map;
    lookups.set(types, lookup);
  }
  return lookup;
}
