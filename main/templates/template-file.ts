/**
 * The team's note templates as a file (docs/templates.md, "As a file"): YAML a team manager can read,
 * edit in any text editor, keep, and share with another team. Saved from Settings, imported there; an
 * import never deletes (notes refer to templates), so a file only adds, changes, retires or restores
 * the templates it names. Templates are matched by name, compared as a reader would.
 */
import { Document, Scalar, type YAMLMap, type YAMLSeq } from 'yaml';
import { z } from 'zod';
import type { NoteTemplate } from '../../preload/contract/templates';
import { NO_CONTROL_CHARACTERS, NO_CONTROL_EXCEPT_WHITESPACE } from '../../preload/contract/fields';
import { MAX_TEMPLATES_IN_FILE, TEMPLATE_FILE_FORMAT, TEMPLATE_NAME_MAX, TEMPLATE_PROMPTS_MAX } from '../../preload/contract/template-options';
import { duplicateProblems, MAX_PROBLEMS, parseTeamFile, TeamFileError } from '../shared/team-file';

/** One template as the file has it. */
export interface TemplateFileEntry {
  name: string;
  prompts: string;
  retired: boolean;
}

const TemplateEntry = z.strictObject({
  name: z
    .string({ error: 'must be text (put it in quotes if it looks like a number or a date).' })
    .trim()
    .min(1, { error: 'must not be empty.' })
    .max(TEMPLATE_NAME_MAX, { error: `can be at most ${TEMPLATE_NAME_MAX} characters.` })
    .regex(NO_CONTROL_CHARACTERS, { error: 'must be one line, without control characters.' }),
  prompts: z
    .string({ error: 'must be text: the headings and questions, usually after "prompts: |" on lines of their own.' })
    .max(TEMPLATE_PROMPTS_MAX, { error: 'can be at most 10,000 characters.' })
    .regex(NO_CONTROL_EXCEPT_WHITESPACE, { error: 'contains control characters, which cannot be stored.' })
    .refine((p) => p.trim().length > 0, { error: 'must not be empty: write the prompts the template should insert.' }),
  retired: z.boolean({ error: 'must be true or false.' }).default(false),
});

const TemplateFile = z.strictObject({
  format: z.literal(TEMPLATE_FILE_FORMAT, { error: `must be "${TEMPLATE_FILE_FORMAT}" (is this a Casework templates file?).` }),
  formatVersion: z.literal(1, { error: 'must be 1 (this version of Casework reads templates file format 1).' }),
  templates: z
    .array(TemplateEntry, { error: 'must be a list of templates, each starting with "- name:".' })
    .min(1, { error: 'has no templates in it.' })
    .max(MAX_TEMPLATES_IN_FILE, { error: `can hold at most ${MAX_TEMPLATES_IN_FILE} templates.` }),
});

const NOT_A_TEMPLATES_FILE = `this is not a Casework templates file (it should start with "format: ${TEMPLATE_FILE_FORMAT}").`;

/** Names are compared as a reader would: "Home visit" and "home visit " are the same template. */
export const nameKey = (name: string) => name.trim().toLocaleLowerCase('en-GB');

export function parseTemplateFile(fileName: string, text: string): TemplateFileEntry[] {
  const { templates } = parseTeamFile(fileName, text, TemplateFile, NOT_A_TEMPLATES_FILE);
  const twice = duplicateProblems(
    templates.map((t) => nameKey(t.name)),
    (i) => `templates[${i}].name`,
    fileName,
    () => 'is the name of another template in this file; each template needs its own name.',
  );
  if (twice.length > 0) throw new TeamFileError(twice.slice(0, MAX_PROBLEMS));
  return templates;
}

const HEADER = `Casework note templates: your team's prompts for notes.

Edit the names and the prompts in any text editor (keep the indentation), then
import the file in Settings > Note templates, on this laptop or a colleague's.
Importing adds the templates that are new, saves a new version of any whose
prompts changed, and leaves templates that are not in this file as they are:
nothing is ever deleted, because notes remember the version they used.
"retired: true" keeps a template off the Insert template menu.`;

/** The team's templates (retired ones marked) as the file a team keeps and shares. */
export function templatesToFile(templates: readonly NoteTemplate[], savedOn: string): string {
  const document = new Document({
    format: TEMPLATE_FILE_FORMAT,
    formatVersion: 1,
    templates: templates.map((t) => (t.retired ? { name: t.name, retired: true, prompts: t.body } : { name: t.name, prompts: t.body })),
  });
  document.commentBefore = ` ${HEADER.replaceAll('\n', '\n ')}\n Saved from Casework on ${savedOn}.`;
  // Prompts as indented blocks of lines, as a person would write them (the library quotes any it cannot).
  for (const item of (document.get('templates') as YAMLSeq<YAMLMap<string, unknown>>).items) {
    (item.get('prompts', true) as Scalar).type = Scalar.BLOCK_LITERAL;
  }
  return document.toString({ lineWidth: 0 });
}
