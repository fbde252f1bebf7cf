/**
 * How a #tag is read, shared by the renderer's parser and main's checks on a team's list, so the two
 * can never disagree about which tags clash. Zod-free on purpose, like limits.ts: the renderer
 * imports it, and its bundle must not carry zod.
 */

/**
 * Tags compare case-insensitively and ignore '-' / '_', so `#HV`, `#home-visit`, `#Home_Visit` and
 * `#homevisit` all mean the same thing: people type these fast, on a laptop keyboard in a car.
 */
export function normaliseTag(tag: string): string {
  return tag.toLowerCase().replace(/[-_]/gu, '');
}

/** Tags that mark a note as a significant event: never a contact type. */
export const SIGNIFICANT_TAGS: ReadonlySet<string> = new Set(['significant', 'sig']);
