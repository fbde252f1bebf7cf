/**
 * One numbering for every output: the PDF, the Word document and the CSV must agree on "entry 17",
 * because a conference discusses the chronology by number. Entries are in date (then time) order —
 * a chronology out of order misleads — and the sort is stable, so entries on the same day keep the
 * order the practitioner gave them in the builder.
 */
import type { PackChild, PackChronologyRow } from '../../preload/contract/packs';

export interface NumberedEntry {
  /** 1, 2, 3… per child. */
  no: number;
  row: PackChronologyRow;
}

export function numberedChronology(child: PackChild): NumberedEntry[] {
  return child.chronology
    .map((row, index) => ({ row, index }))
    .sort((a, b) => compare(a.row, b.row) || a.index - b.index)
    .map(({ row }, i) => ({ no: i + 1, row }));
}

function compare(a: PackChronologyRow, b: PackChronologyRow): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  // An entry without a time comes first on its day (it is usually the day's summary or a letter).
  const at = a.time ?? '';
  const bt = b.time ?? '';
  return at === bt ? 0 : at < bt ? -1 : 1;
}
