/**
 * The team's contact types. A save replaces the list, in its order, in one transaction; a type left
 * out is retired, never deleted, because notes tagged with it are a record and must keep their label.
 * The rules about tags live in contact-type-rules.ts; the shape of each field was checked at the
 * boundary (preload/contract/contact-types.ts).
 */
import type { ContactType } from '../../preload/contract';
import { AppError } from '../shared/app-error';
import type { StoreDatabase } from '../store/open-store';
import { normaliseTag, SIGNIFICANT_TAGS } from '../../preload/contract/contact-tags';
import { checkTags, withDistinctTags, type ContactTypeInput } from './contact-type-rules';

/** Same rule as the contract's contact type id (preload/contract/contact-types.ts). */
const CONTACT_TYPE_ID = /^[a-z][a-z0-9-]{0,39}$/u;
/** The contract's saveContactTypes takes at most 40: a longer list could no longer be saved from Settings. */
const MAX_ACTIVE_TYPES = 40;
/** contact_types.label's CHECK (migration 0005). */
const MAX_LABEL = 60;

export type NotAddedReason = 'retired' | 'tag-in-use' | 'list-full' | 'invalid-id';

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
  private readonly insertNew;

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
    this.insertNew = db.prepare(
      `INSERT INTO contact_types (id, label, tags_json, position, retired) VALUES (@id, @label, '[]', @position, 0)`,
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

  /**
   * Adds types the list does not have at all (a rule pack's events name them), after the active ones,
   * with no tags (the id works as a tag), and changes nothing about the types already there. A type is
   * left out, and said why, when the team retired it, when its id would mean the same #tag as one in
   * use (checkTags' rule), or when the list would grow past what Settings can save.
   */
  addMissing(types: ReadonlyArray<{ id: string; label: string }>): { added: string[]; notAdded: Array<{ id: string; reason: NotAddedReason }> } {
    const existing = this.selectAll.all();
    const known = new Map(existing.map((row) => [row.id, row]));
    const active = existing.filter((row) => row.retired === 0).map(toContactType);
    // Every #tag already meaning a type (a type's id is one of its tags), compared as the parser does.
    const taken = new Set([...SIGNIFICANT_TAGS, ...active.flatMap((t) => [t.id, ...t.tags])].map(normaliseTag));
    let count = active.length;
    const added: string[] = [];
    const notAdded: Array<{ id: string; reason: NotAddedReason }> = [];
    for (const { id, label } of types) {
      if (added.includes(id) || notAdded.some((n) => n.id === id)) continue;
      const row = known.get(id);
      if (row) {
        if (row.retired === 1) notAdded.push({ id, reason: 'retired' });
        continue;
      }
      const reason: NotAddedReason | null = !CONTACT_TYPE_ID.test(id)
        ? 'invalid-id'
        : taken.has(normaliseTag(id))
          ? 'tag-in-use'
          : count >= MAX_ACTIVE_TYPES
            ? 'list-full'
            : null;
      if (reason) {
        notAdded.push({ id, reason });
        continue;
      }
      // Labels come from a file: one line, within the column's limit.
      const clean = label.replace(/[\u0000-\u001f\u007f]+/gu, ' ').trim().slice(0, MAX_LABEL).trim() || id;
      this.insertNew.run({ id, label: clean, position: count });
      taken.add(normaliseTag(id));
      count += 1;
      added.push(id);
    }
    return { added, notAdded };
  }
}
