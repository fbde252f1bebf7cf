import type { PackSummary } from '../../../preload/contract/packs';
import { CONFERENCE_TYPE_LABELS } from '../../../preload/contract/pack-options';
import { formatDateTime } from '../../lib/dates';
import { periodText } from './pack-text';

interface PacksTableProps {
  packs: readonly PackSummary[];
  onOpen: (packId: string) => void;
}

/** The family's packs, most recently saved first; the conference opens the pack in the builder. */
export function PacksTable({ packs, onOpen }: PacksTableProps) {
  if (packs.length === 0) return <p className="body muted">No packs yet for this family.</p>;
  return (
    <table className="table">
      <caption className="visually-hidden">Packs</caption>
      <thead>
        <tr>
          <th scope="col">Conference</th>
          <th scope="col">Period</th>
          <th scope="col">Children</th>
          <th scope="col">Last saved</th>
        </tr>
      </thead>
      <tbody>
        {packs.map((pack) => (
          <tr key={pack.id}>
            <th scope="row">
              <button type="button" className="link-button table__primary" onClick={() => onOpen(pack.id)}>
                {CONFERENCE_TYPE_LABELS[pack.conferenceType]}
                <span className="visually-hidden">, {periodText(pack.from, pack.to)}</span>
              </button>
            </th>
            <td>{periodText(pack.from, pack.to)}</td>
            <td>{pack.childNames.join(', ')}</td>
            <td>{formatDateTime(pack.updatedAt)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
