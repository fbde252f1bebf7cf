/**
 * Entries from notes that the practitioner left out of the chronology. Listed only when asked for,
 * each with Restore; their notes were never changed, so nothing else needs undoing.
 */
import type { Ref } from 'react';
import type { ChronologyEntry } from '../../../preload/contract/chronology';
import { formatCalendarDate } from '../../lib/dates';
import { EntryWhen } from './ChronologyTable';
import { ThirdPartyText } from '../../ui/ThirdPartyText';

interface LeftOutEntriesProps {
  entries: readonly ChronologyEntry[];
  onRestore: (entry: ChronologyEntry) => void;
  /** Restoring removes the row that had focus: the heading takes it. */
  headingRef: Ref<HTMLHeadingElement>;
  busyKey: string | null;
}

export function LeftOutEntries({ entries, onRestore, headingRef, busyKey }: LeftOutEntriesProps) {
  return (
    <section className="section chronology-left-out" aria-labelledby="chronology-left-out-heading">
      <h2 id="chronology-left-out-heading" ref={headingRef} tabIndex={-1} className="section-heading">
        Left out of the chronology
      </h2>
      {entries.length === 0 ? (
        <p className="body muted">No entries in these dates are left out.</p>
      ) : (
        <table className="table chronology-table">
          <caption className="visually-hidden">Entries left out of the chronology</caption>
          <thead>
            <tr>
              <th scope="col" className="chronology-table__date">
                Date
              </th>
              <th scope="col">Event</th>
              <th scope="col">Source</th>
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => (
              <tr key={entry.key}>
                <td>
                  <EntryWhen entry={entry} />
                </td>
                <td className="chronology-table__event">
                  <ThirdPartyText text={entry.event} />
                </td>
                <td>
                  <ThirdPartyText text={entry.source} />
                </td>
                <td>
                  <button type="button" className="link-button" aria-disabled={busyKey === entry.key || undefined} onClick={() => onRestore(entry)}>
                    Restore<span className="visually-hidden"> entry of {formatCalendarDate(entry.date)}</span>
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
