/**
 * Limits shared by the schemas and the renderer. Kept free of zod so the renderer can import them
 * without bundling the validation library.
 */
export const AUTO_LOCK_MINUTES = { min: 1, max: 120, default: 10 } as const;
export const MAX_NOTE_CHARACTERS = 100_000;
