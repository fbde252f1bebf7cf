/**
 * The team's note templates (schema: migrations/0011-note-templates.ts). A template's wording is never
 * edited in place: a save that changes the name or the prompts appends a new version, so a note that
 * names "Home visit (v1)" can always show the prompts it was written against. Retiring takes a template
 * off the composer's menu only; its versions stay, because notes refer to them.
 */
import { v7 as uuidv7 } from 'uuid';
import type { NoteTemplate } from '../../preload/contract/templates';
import { AppError } from '../shared/app-error';
import type { StoreDatabase } from '../store/open-store';
import { nameKey } from './template-file';

interface TemplateRow {
  id: string;
  retired: 0 | 1;
  version: number;
  name: string;
  body: string;
  created_at: string;
}

/** What a change answered, and whether it changed anything (the handler audits only real changes). */
export interface TemplateChange {
  template: NoteTemplate;
  changed: boolean;
}

const COLUMNS = 't.id, t.retired, v.version, v.name, v.body, v.created_at';
const NEWEST = 'v.version = (SELECT MAX(version) FROM note_template_versions WHERE template_id = t.id)';
const NOT_FOUND = () => new AppError('NOT_FOUND', 'That template could not be found.');

function toTemplate(row: TemplateRow): NoteTemplate {
  return { id: row.id, name: row.name, version: row.version, body: row.body, retired: row.retired === 1, updatedAt: row.created_at };
}

const sameName = (a: string, b: string) => nameKey(a) === nameKey(b);

export class TemplateRepository {
  private readonly selectAll;
  private readonly selectNewest;
  private readonly selectVersion;
  private readonly insertTemplate;
  private readonly insertVersion;
  private readonly updateRetired;

  constructor(private readonly db: StoreDatabase) {
    const joined = `SELECT ${COLUMNS} FROM note_templates t JOIN note_template_versions v ON v.template_id = t.id`;
    this.selectAll = db.prepare<[], TemplateRow>(`${joined} WHERE ${NEWEST} ORDER BY t.position, t.id`);
    this.selectNewest = db.prepare<[string], TemplateRow>(`${joined} WHERE t.id = ? AND ${NEWEST}`);
    this.selectVersion = db.prepare<[string, number], TemplateRow>(`${joined} WHERE t.id = ? AND v.version = ?`);
    this.insertTemplate = db.prepare(
      `INSERT INTO note_templates (id, position, created_at)
       VALUES (@id, (SELECT COALESCE(MAX(position) + 1, 0) FROM note_templates), @at)`,
    );
    this.insertVersion = db.prepare(
      'INSERT INTO note_template_versions (template_id, version, name, body, created_at) VALUES (@id, @version, @name, @body, @at)',
    );
    this.updateRetired = db.prepare('UPDATE note_templates SET retired = @retired WHERE id = @id');
  }

  /** Every template at its newest version, in the team's order; retired ones are included and marked. */
  list(): NoteTemplate[] {
    return this.selectAll.all().map(toTemplate);
  }

  /** A template as it read at one version (retired as it is now). */
  getVersion(templateId: string, version: number): NoteTemplate {
    const row = this.selectVersion.get(templateId, version);
    if (!row) throw new AppError('NOT_FOUND', 'That version of the template could not be found.');
    return toTemplate(row);
  }

  /**
   * A new template (id null: version 1, last in the list) or a new version of one. Saving the same
   * name and prompts again makes no version: nothing a note could refer to has changed.
   */
  save(templateId: string | null, name: string, body: string, now: Date): TemplateChange {
    return this.db.transaction((): TemplateChange => {
      const current = templateId === null ? null : this.selectNewest.get(templateId);
      if (templateId !== null && !current) throw NOT_FOUND();
      if (current && current.name === name && current.body === body) return { template: toTemplate(current), changed: false };
      this.requireUniqueName(templateId, name);
      const at = now.toISOString();
      const id = current?.id ?? uuidv7();
      if (!current) this.insertTemplate.run({ id, at });
      this.insertVersion.run({ id, version: (current?.version ?? 0) + 1, name, body, at });
      return { template: toTemplate(this.selectNewest.get(id)!), changed: true };
    })();
  }

  /** Takes a template off the composer's menu (true) or puts it back (false). */
  setRetired(templateId: string, retired: boolean): TemplateChange {
    return this.db.transaction((): TemplateChange => {
      const current = this.selectNewest.get(templateId);
      if (!current) throw NOT_FOUND();
      const changed = (current.retired === 1) !== retired;
      if (changed) this.updateRetired.run({ id: templateId, retired: retired ? 1 : 0 });
      return { template: toTemplate(this.selectNewest.get(templateId)!), changed };
    })();
  }

  // Two templates with one name would be two identical entries on the menu: which is which?
  private requireUniqueName(templateId: string | null, name: string): void {
    const clash = this.selectAll.all().find((t) => t.id !== templateId && sameName(t.name, name));
    if (!clash) return;
    const message =
      clash.retired === 1
        ? `There is already a template called “${clash.name}” (retired). Restore it, or give this one a different name.`
        : `There is already a template called “${clash.name}”. Give this one a different name.`;
    throw new AppError('INVALID_REQUEST', message, { field: 'name' });
  }
}
