/**
 * Every editable text in the builder has an id that says where its value lives in the pack
 * ("pack-0-sections-2-text": child 0, section 2, its text). "Mark as third party" uses it to put the
 * marked value back, and errors from main ("children.0.sections.2.text") are linked to the same field.
 */
import type { PackChild } from '../../../preload/contract/packs';

export type PackPart = 'details' | 'seen' | 'sections' | 'chronology';

export interface FieldRef {
  child: number;
  part: PackPart;
  row: number;
  prop: string;
}

const EDITABLE: Record<PackPart, readonly string[]> = {
  details: ['value'],
  seen: ['detail'],
  sections: ['heading', 'text'],
  chronology: ['event', 'analysis'],
};

export function fieldId(ref: FieldRef): string {
  return `pack-${ref.child}-${ref.part}-${ref.row}-${ref.prop}`;
}

export function parseFieldId(id: string): FieldRef | null {
  const match = /^pack-(\d+)-(details|seen|sections|chronology)-(\d+)-([a-z]+)$/u.exec(id);
  if (!match) return null;
  const part = match[2] as PackPart;
  if (!EDITABLE[part].includes(match[4]!)) return null;
  return { child: Number(match[1]), part, row: Number(match[3]), prop: match[4]! };
}

/** The field of an error's path from main, if it names one ("children.0.sections.2.text"). */
export function fieldIdOfErrorPath(path: string | undefined): string | undefined {
  const match = /^children\.(\d+)\.(details|seen|sections|chronology)\.(\d+)\.([a-z]+)$/u.exec(path ?? '');
  if (!match) return undefined;
  const ref = { child: Number(match[1]), part: match[2] as PackPart, row: Number(match[3]), prop: match[4]! };
  return parseFieldId(fieldId(ref)) ? fieldId(ref) : undefined;
}

/** The child with one field's value replaced (a new object along the path; the rest shared). */
export function withField(child: PackChild, ref: FieldRef, value: string): PackChild {
  const replace = <T extends object>(rows: readonly T[]): T[] =>
    rows.map((row, i) => (i === ref.row ? ({ ...row, [ref.prop]: value } as T) : row));
  switch (ref.part) {
    case 'details':
      return { ...child, details: replace(child.details) };
    case 'seen':
      return { ...child, seen: replace(child.seen) };
    case 'sections':
      return { ...child, sections: replace(child.sections) };
    case 'chronology':
      return { ...child, chronology: replace(child.chronology) };
  }
}
