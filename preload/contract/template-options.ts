/** Limits of note templates and their files. Zod-free: the renderer imports values from here. */

/** What the first line of a templates file says it is. */
export const TEMPLATE_FILE_FORMAT = 'casework-note-templates';
/** The name suggested when the team's templates are saved to a file. */
export const TEMPLATE_FILE_NAME = 'casework-note-templates.yaml';
export const TEMPLATE_NAME_MAX = 80;
export const TEMPLATE_PROMPTS_MAX = 10_000;
/** More templates than this in one file is more likely the wrong file than a team's prompts. */
export const MAX_TEMPLATES_IN_FILE = 100;
/** 100 templates at their longest, with room for the YAML around them. */
export const MAX_TEMPLATE_FILE_BYTES = 1024 * 1024;
