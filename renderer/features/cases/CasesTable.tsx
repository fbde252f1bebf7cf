import { memo } from 'react';
import type { CaseSummary } from '../../../preload/contract/channels';
import { formatCalendarDate, formatDay } from '../../lib/dates';

export const caseLinkId = (caseId: string) => `case-link-${caseId}`;

interface CasesTableProps {
  cases: readonly CaseSummary[];
  onOpen: (summary: CaseSummary) => void;
}

function Empty() {
  return (
    <>
      <span aria-hidden="true">–</span>
      <span className="visually-hidden">Not recorded</span>
    </>
  );
}

/** The practitioner's cases; the child's name opens the case. */
export const CasesTable = memo(function CasesTable({ cases, onOpen }: CasesTableProps) {
  return (
    <table className="table">
      <caption className="visually-hidden">Your cases</caption>
      <thead>
        <tr>
          <th scope="col">Child's name</th>
          <th scope="col">Date of birth</th>
          <th scope="col">Case reference</th>
          <th scope="col" className="table__numeric">
            Notes
          </th>
          <th scope="col">Last note</th>
        </tr>
      </thead>
      <tbody>
        {cases.map((item) => (
          <tr key={item.id}>
            <th scope="row">
              <button
                type="button"
                id={caseLinkId(item.id)}
                className="link-button table__primary"
                onClick={() => onOpen(item)}
              >
                {item.childName}
              </button>
            </th>
            <td>{item.dateOfBirth ? formatCalendarDate(item.dateOfBirth) : <Empty />}</td>
            <td>{item.caseReference ?? <Empty />}</td>
            <td className="table__numeric">{item.noteCount}</td>
            <td>{item.lastNoteAt ? formatDay(item.lastNoteAt) : <Empty />}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
});
