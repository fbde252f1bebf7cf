import type { ExportRecord } from '../../../preload/contract/packs';
import { AUDIENCE_SHORT_LABELS, EXPORT_FORMAT_LABELS } from '../../../preload/contract/pack-options';
import { formatDateTime } from '../../lib/dates';
import { periodText, shortHash } from './pack-text';

const FORMAT_SHORT = { pdf: 'PDF', docx: 'Word', csv: 'CSV' } as const satisfies Record<keyof typeof EXPORT_FORMAT_LABELS, string>;

/**
 * The export register for this child: every export that included them, newest first — who, when,
 * what, for whom and why, and each file's SHA-256 (the first 12 characters shown; the whole hash on
 * request), so "is this the file we sent?" can be answered with sha256sum or Get-FileHash.
 */
export function ExportRegisterTable({ exports }: { exports: readonly ExportRecord[] }) {
  if (exports.length === 0) return <p className="body muted">Nothing has been exported for this child yet.</p>;
  return (
    <div className="pack-table-scroll" role="region" aria-label="Export register table (scrolls sideways)" tabIndex={0}>
      <table className="table pack-register">
        <caption className="visually-hidden">Exports</caption>
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">By</th>
            <th scope="col">Children</th>
            <th scope="col">Period</th>
            <th scope="col">Formats</th>
            <th scope="col">For whom</th>
            <th scope="col">Recipient</th>
            <th scope="col">Purpose</th>
            <th scope="col">Encrypted</th>
            <th scope="col">Files (SHA-256)</th>
          </tr>
        </thead>
        <tbody>
          {exports.map((record) => (
            <tr key={record.id}>
              <td>{formatDateTime(record.createdAt)}</td>
              <td>{record.author}</td>
              <td>{record.children.map((c) => c.childName).join(', ')}</td>
              <td>{periodText(record.from, record.to)}</td>
              <td>{record.formats.map((f) => FORMAT_SHORT[f]).join(', ')}</td>
              <td>{AUDIENCE_SHORT_LABELS[record.audience]}</td>
              <td>{record.recipient}</td>
              <td>{record.purpose}</td>
              <td>{record.encrypted ? 'Yes' : 'No'}</td>
              <td>
                <ul className="pack-register__files">
                  {record.files.map((file) => (
                    <li key={file.name}>
                      <span className="pack-register__file">{file.name}</span>{' '}
                      <details className="pack-register__hash">
                        <summary>
                          <code>{shortHash(file.sha256)}</code>…<span className="visually-hidden"> show the full SHA-256 of {file.name}</span>
                        </summary>
                        <code className="pack-register__full">{file.sha256}</code>
                      </details>
                    </li>
                  ))}
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
