import { Button } from '../../ui/Button';
import { errorFor } from '../../ui/form-errors';
import { CellField } from './CellField';
import { fieldId, type FieldRef } from './pack-fields';
import type { PackTableEditorProps } from './pack-table-editor';
import { whenText } from './pack-text';

/** The contacts at which the child was (or was not) seen: who was present, or why not; editable. */
export function SeenEditor({ child, index, headingId, errors, setField, onRemove }: PackTableEditorProps) {
  if (child.seen.length === 0) {
    return <p className="body muted">No visit in this period records whether {child.childName} was seen.</p>;
  }
  return (
    <div className="pack-table-scroll">
      <table className="table pack-table" aria-labelledby={headingId}>
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Seen</th>
            <th scope="col">Who was present, or why not seen</th>
            <th scope="col">
              <span className="visually-hidden">Remove</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {child.seen.map((row, i) => {
            const ref: FieldRef = { child: index, part: 'seen', row: i, prop: 'detail' };
            const id = fieldId(ref);
            const when = whenText(row.date, row.time);
            return (
              <tr key={row.noteId ?? `row-${i}`}>
                <td className="pack-table__when">{when}</td>
                <td>{row.answer}</td>
                <td className="pack-table__wide">
                  <CellField id={id} label={`Detail, ${when}`} value={row.detail} onChange={(value) => setField(ref, value)} error={errorFor(errors, id)} />
                </td>
                <td>
                  <Button variant="secondary" className="button--small" onClick={() => onRemove(i)}>
                    Remove<span className="visually-hidden"> the visit on {when}</span>
                  </Button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
