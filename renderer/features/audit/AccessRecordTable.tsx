import type { AuditEntry } from '../../../preload/contract/trust';
import { formatAuditTime } from './audit-time';

interface AccessRecordTableProps {
  entries: readonly AuditEntry[];
  caption: string;
}

/**
 * Every audit entry for one child, oldest first: the entry's number in the log (what verification
 * refers to), when (UK time), who and what. Not virtualised: the whole record is printed.
 */
export function AccessRecordTable({ entries, caption }: AccessRecordTableProps) {
  return (
    <div className="audit-table-wrap">
      <table className="table audit-table">
        <caption className="audit-table__caption">{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="table__numeric audit-table__entry">
              Entry
            </th>
            <th scope="col" className="audit-table__when">
              When (UK time)
            </th>
            <th scope="col">Who</th>
            <th scope="col">What</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.seq}>
              <th scope="row" className="table__numeric">
                {entry.seq}
              </th>
              <td>
                <time dateTime={entry.at}>{formatAuditTime(entry.at)}</time>
              </td>
              <td>{entry.actor}</td>
              <td>{entry.description}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
