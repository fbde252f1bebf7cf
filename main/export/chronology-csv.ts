/**
 * The chronology as CSV for spreadsheets: one row per entry across the pack's children, numbered as
 * in the PDF and Word documents, with ISO dates (they sort as text and Excel recognises them).
 */
import type { Pack } from '../../preload/contract/packs';
import { numberedChronology } from './chronology-order';
import { csvBytes } from './csv';
import type { ExportContext } from './export-context';

export const CHRONOLOGY_CSV_HEADER = ['Child', 'No.', 'Date', 'Time', 'Age', 'Event', 'Source', 'Analysis'] as const;

/** The data rows (without the header), as the CSV holds them before quoting and neutralising. */
export function chronologyCsvRows(pack: Pack): string[][] {
  return pack.children.flatMap((child) =>
    numberedChronology(child).map(({ no, row }) => [
      child.childName,
      String(no),
      row.date,
      row.time ?? '',
      row.age ?? '',
      row.event,
      row.source,
      row.analysis,
    ]),
  );
}

// ctx is unused for now: the CSV carries no header or footer (a marking line would break the columns);
// it stays in the signature so all three builders are called the same way.
export function chronologyCsv(pack: Pack, _ctx: ExportContext): Buffer {
  return csvBytes([[...CHRONOLOGY_CSV_HEADER], ...chronologyCsvRows(pack)]);
}
