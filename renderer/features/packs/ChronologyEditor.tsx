import { Button } from '../../ui/Button';
import { errorFor } from '../../ui/form-errors';
import { CellField } from './CellField';
import { fieldId, type FieldRef } from './pack-fields';
import type { PackTableEditorProps } from './pack-table-editor';
import { whenText } from './pack-text';

/**
 * The child's chronology for the period, numbered in date order, with their age at each event. The
 * event's wording and the analysis are the pack's own: editing them here changes neither the note
 * nor the child's chronology.
 */
export function ChronologyEditor({ child, index, headingId, errors, setField, onRemove }: PackTableEditorProps) {
  if (child.chronology.length === 0) {
    return <p className="body muted">No significant events are recorded for {child.childName} in this period.</p>;
  }
  return (
    <div className="pack-table-scroll">
      <table className="table pack-table" aria-labelledby={headingId}>
        <thead>
          <tr>
            <th scope="col" className="table__numeric">
              No.
            </th>
            <th scope="col">Date</th>
            <th scope="col">Age</th>
            <th scope="col">Event</th>
            <th scope="col">Source</th>
            <th scope="col">Analysis</th>
            <th scope="col">
              <span className="visually-hidden">Remove</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {child.chronology.map((row, i) => {
            const at = (prop: 'event' | 'analysis'): FieldRef => ({ child: index, part: 'chronology', row: i, prop });
            const eventId = fieldId(at('event'));
            const analysisId = fieldId(at('analysis'));
            return (
              <tr key={i}>
                <td className="table__numeric">{i + 1}</td>
                <td className="pack-table__when">{whenText(row.date, row.time)}</td>
                <td>{row.age ?? <span className="muted">Not known</span>}</td>
                <td className="pack-table__wide">
                  <CellField id={eventId} label={`Event ${i + 1}`} value={row.event} onChange={(v) => setField(at('event'), v)} error={errorFor(errors, eventId)} multiline />
                </td>
                <td>{row.source}</td>
                <td className="pack-table__wide">
                  <CellField
                    id={analysisId}
                    label={`Analysis of event ${i + 1}`}
                    value={row.analysis}
                    onChange={(v) => setField(at('analysis'), v)}
                    error={errorFor(errors, analysisId)}
                    multiline
                  />
                </td>
                <td>
                  <Button variant="secondary" className="button--small" onClick={() => onRemove(i)}>
                    Remove<span className="visually-hidden"> event {i + 1}</span>
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
