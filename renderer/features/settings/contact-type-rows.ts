/**
 * The contact-types form's rows, and how they become a save request. Pure, so the rules that are easy
 * to get wrong (a new type's id, reading the tags box, which box an error belongs to) are unit tested.
 */
import type { ContactType } from '../../../preload/contract/contact-types';

export interface ContactTypeRow {
  /** Stable across edits and moves: the React key and the base of the row's element ids. */
  key: string;
  /** Fixed once saved (notes store it). Null for a type added in this form: made from its name on save. */
  id: string | null;
  label: string;
  /** As typed: tags separated by commas or spaces, '#' optional. */
  tags: string;
}

const MAX_ID = 40;

export function rowsFrom(types: readonly ContactType[]): ContactTypeRow[] {
  return types.filter((t) => !t.retired).map((t) => ({ key: t.id, id: t.id, label: t.label, tags: t.tags.join(', ') }));
}

let added = 0;
export function newRow(): ContactTypeRow {
  added += 1;
  return { key: `new-${added}`, id: null, label: '', tags: '' };
}

/** "Family group conference" → "family-group-conference": lower-case, a letter first, at most 40. */
export function idFromLabel(label: string): string {
  const id = label
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^[^a-z]+/u, '')
    .slice(0, MAX_ID)
    .replace(/-+$/u, '');
  return id === '' ? 'contact-type' : id;
}

/**
 * Every row's id: saved types keep theirs. A new one named like a type taken off the list earlier gets
 * that type's id, so the store brings it back (what someone re-adding "Meeting" means, and its older
 * notes join the new ones); otherwise the id is made from the name, with -2, -3 ... if another row has it.
 */
export function rowIds(rows: readonly ContactTypeRow[], retired: readonly Pick<ContactType, 'id' | 'label'>[] = []): string[] {
  const taken = new Set(rows.flatMap((r) => (r.id ? [r.id] : [])));
  const retiredByName = new Map(retired.map((t) => [sameName(t.label), t.id]));
  return rows.map((row) => {
    if (row.id) return row.id;
    const back = retiredByName.get(sameName(row.label));
    if (back !== undefined && !taken.has(back)) {
      taken.add(back);
      return back;
    }
    const base = idFromLabel(row.label);
    let id = base;
    for (let n = 2; taken.has(id); n++) {
      const suffix = `-${n}`;
      id = `${base.slice(0, MAX_ID - suffix.length).replace(/-+$/u, '')}${suffix}`;
    }
    taken.add(id);
    return id;
  });
}

/** "#fgc, Family-conf  fgc2" → ["fgc", "family-conf", "fgc2"]: what people type, as the contract wants it. */
export function tagsFrom(text: string): string[] {
  return text
    .split(/[\s,]+/u)
    .map((tag) => tag.replace(/^#+/u, '').toLowerCase())
    .filter((tag) => tag !== '');
}

const sameName = (label: string) => label.trim().toLowerCase().replace(/\s+/gu, ' ');

export function saveRequest(rows: readonly ContactTypeRow[], retired: readonly Pick<ContactType, 'id' | 'label'>[] = []) {
  const ids = rowIds(rows, retired);
  return { types: rows.map((row, i) => ({ id: ids[i]!, label: row.label, tags: tagsFrom(row.tags) })) };
}

export const rowFieldId = (row: Pick<ContactTypeRow, 'key'>, field: 'label' | 'tags') => `contact-type-${row.key}-${field}`;

/**
 * The input an answer's error belongs to: `types.3.tags.0` → row 3's tags box. An id is made from the
 * name, so an id problem is shown on the name. Anything else belongs to the list as a whole.
 */
export function fieldIdForError(field: string | undefined, rows: readonly ContactTypeRow[]): string | undefined {
  const match = /^types\.(\d+)\.(label|tags|id)\b/u.exec(field ?? '');
  const row = match ? rows[Number(match[1])] : undefined;
  if (!match || !row) return undefined;
  return rowFieldId(row, match[2] === 'tags' ? 'tags' : 'label');
}
