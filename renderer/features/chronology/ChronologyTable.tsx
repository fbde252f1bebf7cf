/**
 * The chronology as a table, numbered in date order. Court format follows PD12A (serial number, date,
 * event, source); conference format adds the child's age at each event and the analysis.
 */
import { Fragment } from 'react';
import type { ChronologyEntry } from '../../../preload/contract/chronology';
import { formatCalendarDate } from '../../lib/dates';
import { agesCell } from './chronology-ages';
import type { ChronologyFormat } from './ChronologyControls';
import { ThirdPartyText } from '../../ui/ThirdPartyText';

export interface RowActions {
  onViewNote: (entry: ChronologyEntry) => void;
  onEdit: (entry: ChronologyEntry, serial: number) => void;
  onRemove: (entry: ChronologyEntry, serial: number) => void;
}

interface ChronologyTableProps extends RowActions {
  entries: readonly ChronologyEntry[];
  caption: string;
  format: ChronologyFormat;
  /** One child's chronology (their age is shown), or null for the family's (each child named). */
  onlyCaseId: string | null;
}

export function EntryWhen({ entry }: { entry: ChronologyEntry }) {
  return (
    <time dateTime={entry.time ? `${entry.date}T${entry.time}` : entry.date}>
      {formatCalendarDate(entry.date)}
      {entry.time ? `, ${entry.time}` : ''}
    </time>
  );
}

const joinNames = (entry: ChronologyEntry) => entry.children.map((c) => c.childName).join(', ');

function None() {
  return (
    <>
      <span aria-hidden="true">–</span>
      <span className="visually-hidden">None</span>
    </>
  );
}

export function ChronologyTable({ entries, caption, format, onlyCaseId, onViewNote, onEdit, onRemove }: ChronologyTableProps) {
  const conference = format === 'conference';
  const childrenColumn = !conference && onlyCaseId === null;
  return (
    <div className="chronology-table-wrap">
      <table className="table chronology-table">
        <caption className="chronology-table__caption">{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="table__numeric chronology-table__no">
              No.
            </th>
            <th scope="col" className="chronology-table__date">
              Date
            </th>
            {conference ? <th scope="col">Age</th> : null}
            {childrenColumn ? <th scope="col">Children</th> : null}
            <th scope="col">Event</th>
            <th scope="col">Source</th>
            {conference ? <th scope="col">Analysis</th> : null}
            <th scope="col">Actions</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry, index) => {
            const serial = index + 1;
            const forEntry = <span className="visually-hidden"> of entry {serial}</span>;
            return (
              <tr key={entry.key}>
                <th scope="row" className="table__numeric">
                  {serial}
                </th>
                <td>
                  <EntryWhen entry={entry} />
                </td>
                {conference ? (
                  <td>
                    {agesCell(entry.children, entry.date, onlyCaseId).map((age, i, all) => (
                      <Fragment key={i}>
                        <span className="chronology-age">
                          {age}
                          {i < all.length - 1 ? ',' : ''}
                        </span>
                        {i < all.length - 1 ? ' ' : ''}
                      </Fragment>
                    ))}
                  </td>
                ) : null}
                {childrenColumn ? <td>{joinNames(entry)}</td> : null}
                <td className="chronology-table__event">
                  <ThirdPartyText text={entry.event} />
                  {entry.edited ? <span className="tag chronology-tag">Edited wording</span> : null}
                </td>
                <td>
                  <ThirdPartyText text={entry.source} />
                </td>
                {conference ? <td>{entry.analysis ? <ThirdPartyText text={entry.analysis} /> : <None />}</td> : null}
                <td>
                  <div className="chronology-actions">
                    {entry.kind === 'note' ? (
                      <button type="button" className="link-button" onClick={() => onViewNote(entry)}>
                        View note<span className="visually-hidden"> for entry {serial}</span>
                      </button>
                    ) : null}
                    <button type="button" className="link-button" onClick={() => onEdit(entry, serial)}>
                      Edit wording{forEntry}
                    </button>
                    <button type="button" className="link-button" onClick={() => onRemove(entry, serial)}>
                      {entry.kind === 'note' ? 'Leave out' : 'Remove'}
                      {forEntry}
                    </button>
                  </div>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
