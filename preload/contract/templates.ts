/**
 * Note templates: optional prompts (headings and questions) a team edits in Settings. Inserting one puts
 * its text into the note; the note stays free text and is valid with every prompt left empty. Each save
 * is a new version; a note remembers the template and version it started from.
 */
import { z } from 'zod';
import { chosenTextFile, NO_CONTROL_EXCEPT_WHITESPACE, singleLine } from './fields';
import { MAX_TEMPLATE_FILE_BYTES, TEMPLATE_NAME_MAX, TEMPLATE_PROMPTS_MAX } from './template-options';

/** Seeded templates have word ids ('home-visit'); a team's own get uuids. */
export const templateId = z
  .string({ error: 'Template is not valid.' })
  .regex(/^[A-Za-z0-9][A-Za-z0-9-]{0,79}$/u, { error: 'Template is not valid.' });

export const NoteTemplate = z.object({
  id: z.string(),
  name: z.string(),
  version: z.number().int(),
  body: z.string(),
  retired: z.boolean(),
  updatedAt: z.string(),
});
export type NoteTemplate = z.infer<typeof NoteTemplate>;

/** What an import did, by template name, and the team's list after it. */
export const TemplateImport = z.object({
  templates: z.array(NoteTemplate),
  added: z.array(z.string()),
  /** A new version was saved (the prompts or the name's spelling changed). */
  updated: z.array(z.string()),
  retired: z.array(z.string()),
  restored: z.array(z.string()),
  unchanged: z.array(z.string()),
});
export type TemplateImport = z.infer<typeof TemplateImport>;

const templateBody = z
  .string({ error: 'The template must be text.' })
  .max(TEMPLATE_PROMPTS_MAX, { error: 'A template can be at most 10,000 characters.' })
  .regex(NO_CONTROL_EXCEPT_WHITESPACE, { error: 'The template contains characters that cannot be stored.' })
  .refine((b) => b.trim().length > 0, { error: 'Write the prompts the template should insert.' });

export const templateChannels = {
  /** Every template with its newest version (retired ones too, marked), in the team's order. */
  listTemplates: { request: z.strictObject({}), response: z.array(NoteTemplate) },
  /** A template's wording at a version: how a note's prompts read when it was written. */
  getTemplateVersion: {
    request: z.strictObject({ templateId, version: z.number().int().min(1) }),
    response: NoteTemplate,
  },
  /** Creates a template (no id) or saves a new version of one. */
  saveTemplate: {
    request: z.strictObject({ templateId: templateId.nullable().default(null), name: singleLine('Name', TEMPLATE_NAME_MAX), body: templateBody }),
    response: NoteTemplate,
  },
  /** Takes a template off the list (kept: notes that used it still name it); false brings it back. */
  setTemplateRetired: {
    request: z.strictObject({ templateId, retired: z.boolean() }),
    response: NoteTemplate,
  },
  /**
   * Imports a templates file the practitioner chose (its text): templates new to the team are added,
   * changed ones get a new version, and templates not in the file are left as they are.
   */
  importTemplates: {
    request: chosenTextFile(MAX_TEMPLATE_FILE_BYTES, 'The file is too large to be a templates file.'),
    response: TemplateImport,
  },
  /** Saves the team's templates (retired ones marked) to a YAML file where the practitioner chooses. */
  saveTemplatesFile: { request: z.strictObject({}), response: z.object({ fileName: z.string() }) },
};
