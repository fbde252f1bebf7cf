/**
 * The check a note's template link must pass before it is stored. notes.template_id has no foreign key
 * (SQLite cannot add one to an existing table), so this is where a link to nothing is refused: with a
 * plain message naming the template, never a crash or a note pointing at prompts no one can read.
 */
import { AppError } from '../shared/app-error';
import type { StoreDatabase } from '../store/open-store';

export type TemplateLinkCheck = (templateId: string, version: number) => void;

export function templateLinkCheck(db: StoreDatabase): TemplateLinkCheck {
  const versionExists = db
    .prepare<[string, number], number>('SELECT 1 FROM note_template_versions WHERE template_id = ? AND version = ?')
    .pluck();
  const newestName = db
    .prepare<[string], string>('SELECT name FROM note_template_versions WHERE template_id = ? ORDER BY version DESC LIMIT 1')
    .pluck();
  return (templateId, version) => {
    if (versionExists.get(templateId, version)) return;
    const name = newestName.get(templateId);
    const message =
      name === undefined
        ? `There is no note template “${templateId}”, so the note was not saved. Remove the template link and save again.`
        : `The template “${name}” has no version ${version}, so the note was not saved. Insert the template again, or remove the link.`;
    throw new AppError('INVALID_REQUEST', message, { field: 'structure.template' });
  };
}
