/**
 * Contact types a quick note can be tagged with (`#visit`, `#call`...). The list is data, not code: a
 * team sets its own in Settings (Munro: adapt to local needs) and features/contact-types hands it to
 * the parser, labels and filters. The built-in list here is the same one a new store is seeded with
 * (main/store/migrations/0005); it stands in until the team's list has loaded, and in unit tests.
 */
import type { ContactType } from '../../../preload/contract/contact-types';
import { normaliseTag } from '../../../preload/contract/contact-tags';

/** The contract's ContactType as the parser needs it (whether it is retired is not its concern). */
export type ContactTypeDef = Readonly<Pick<ContactType, 'id' | 'label'>> & {
  /** Tags without '#', lower-case. The id is also accepted as a tag (`#home-visit`, `#phone-call`). */
  readonly tags: readonly string[];
};

export const DEFAULT_CONTACT_TYPES: readonly ContactTypeDef[] = Object.freeze([
  { id: 'home-visit', label: 'Home visit', tags: ['visit', 'homevisit', 'hv'] },
  { id: 'office-visit', label: 'Office visit', tags: ['office'] },
  { id: 'school-visit', label: 'School visit', tags: ['school'] },
  { id: 'phone-call', label: 'Phone call', tags: ['call', 'phone'] },
  { id: 'meeting', label: 'Meeting', tags: ['meeting', 'cgm', 'coregroup'] },
  { id: 'observation', label: 'Observation', tags: ['observation', 'obs'] },
  { id: 'correspondence', label: 'Correspondence', tags: ['correspondence', 'letter', 'email'] },
]);

export { normaliseTag, SIGNIFICANT_TAGS } from '../../../preload/contract/contact-tags';

// The composer parses on every keystroke with the same list: build each lookup once per list.
const lookups = new WeakMap<readonly ContactTypeDef[], ReadonlyMap<string, ContactTypeDef>>();

/** Normalised tag → contact type. The first type to claim a tag wins, matching list order. */
export function contactTypeLookup(types: readonly ContactTypeDef[]): ReadonlyMap<string, ContactTypeDef> {
  let lookup = lookups.get(types);
  if (!lookup) {
    const map = new Map<string, ContactTypeDef>();
    for (const type of types) {
      for (const tag of [type.id, ...type.tags]) {
        const key = normaliseTag(tag);
        if (key && !map.has(key)) map.set(key, type);
      }
    }
    lookup = map;
    lookups.set(types, lookup);
  }
  return lookup;
}
