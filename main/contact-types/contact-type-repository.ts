/**
 * The team's contact types. A save replaces the list, in its order, in one transaction; a type left
 * out is retired, never deleted, because notes tagged with it are a record and must keep their label.
 * The rules about tags live in contact-type-rules.ts; the shape of each field was checked at the
 * boundary (preload/contract/contact-types.ts).
 */
import type { ContactType } from '../../preload/contract';
import { AppError } from '../shared/app-error';
import type { StoreDatabase } from '../store/open-store';
import { checkTags, withDistinctTags, type ContactTypeInput } from './contact-type-rules';

interface ContactTypeRow {
  id: string;
  label: string;
  tags_json: string;
  retired: 0 | 1;
}

function toContactType(row: ContactTypeRow): ContactType {
  return { id: row.id, label: row.label, tags: JSON.parse(row.tags_json) as string[], retired: row.retired === 1 };
}

export class ContactTypeRepository {
  private readonly selectAll;
  private readonly upsert;
  private readonly retire;
  private readonly saveAll;

  constructor(db: StoreDatabase) {
    // Retired types last: they are listed only so that older notes can be labelled.
    this.selectAll = db.prepare<[], ContactTypeRow>(
      'SELECT id, label, tags_json, retired FROM contact_types ORDER BY retired, position, id',
    );
    this.upsert = db.prepare(
      `INSERT INTO contact_types (id, label, tags_json, position, retired) VALUES (@id, @label, @tags, @position, 0)
       ON CONFLICT (id) DO UPDATE SET label = excluded.label, tags_json = excluded.tags_json,
                                      position = excluded.position, retired = 0`,
    );
    this.retire = db.prepare('UPDATE contact_types SET retired = 1, position = @position WHERE id = @id');
    this.saveAll = db.transaction((types: readonly ContactTypeInput[]) => {
      const before = this.selectAll.all();
      types.forEach((type, position) => this.upsert.run({ id: type.id, label: type.label, tags: JSON.stringify(type.tags), position }));
      // Left out: retired after the active ones, in the order they had.
      const kept = new Set(types.map((t) => t.id));
      let position = types.length;
      for (const row of before) if (!kept.has(row.id)) this.retire.run({ id: row.id, position: position++ });
    });
  }

  /** The active types in the team's order, then the retired ones. */
  list(): ContactType[] {
    return this.selectAll.all().map(toContactType);
  }

  /** Replaces the list (see the file comment); answers the list as now stored. */
  save(types: readonly ContactTypeInput[]): ContactType[] {
    if (types.length === 0) throw new AppError('INVALID_REQUEST', 'Keep at least one contact type.', { field: 'types' });
    const distinct = types.map(withDistinctTags);
    checkTags(distinct);
    this.saveAll(distinct);
    return this.list();
  }
}
