/**
 * Applies a templates file to the team's list. Each template in the file is matched by name: a new name
 * is added, changed prompts (or a name's changed spelling) become a new version, and "retired" in the
 * file retires or restores it. Templates the file does not name are left alone: nothing is deleted,
 * because notes refer to them. The caller runs this in one transaction with its audit entry, so a file
 * is applied whole or not at all.
 */
import type { TemplateImport } from '../../preload/contract/templates';
import { nameKey, type TemplateFileEntry } from './template-file';
import type { TemplateRepository } from './template-repository';

export type TemplateImportOutcome = Omit<TemplateImport, 'templates'> & { changed: boolean };

export function importTemplateFile(repository: TemplateRepository, entries: readonly TemplateFileEntry[], now: Date): TemplateImportOutcome {
  const existing = new Map(repository.list().map((t) => [nameKey(t.name), t]));
  const outcome: TemplateImportOutcome = { added: [], updated: [], retired: [], restored: [], unchanged: [], changed: false };
  for (const entry of entries) {
    const before = existing.get(nameKey(entry.name));
    const saved = repository.save(before?.id ?? null, entry.name, entry.prompts, now);
    const retiring = entry.retired !== saved.template.retired ? repository.setRetired(saved.template.id, entry.retired) : null;
    if (!before) outcome.added.push(entry.name);
    else if (saved.changed) outcome.updated.push(entry.name);
    if (before && retiring) (entry.retired ? outcome.retired : outcome.restored).push(entry.name);
    if (before && !saved.changed && !retiring) outcome.unchanged.push(entry.name);
  }
  outcome.changed = outcome.added.length + outcome.updated.length + outcome.retired.length + outcome.restored.length > 0;
  return outcome;
}
