/**
 * Limits shared by the schemas and the renderer. Kept free of zod so the renderer can import them
 * without bundling the validation library.
 */
export const AUTO_LOCK_MINUTES = { min: 1, max: 120, default: 10 } as const;
export const MAX_NOTE_CHARACTERS = 100_000;

/** Marks around matched terms in search snippets. Control characters: notes can never contain them. */
export const SNIPPET_MARK_START = '\u0002';
export const SNIPPET_MARK_END = '\u0003';
