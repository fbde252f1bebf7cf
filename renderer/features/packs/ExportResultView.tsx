import { useRef } from 'react';
import type { ExportedFile, ExportResult } from '../../../preload/contract/packs';
import { Button } from '../../ui/Button';
import { LiveStatus } from '../../ui/LiveStatus';
import { useStatus } from '../../ui/useStatus';
import { useFocusOnOpen } from '../../ui/useFocusOnOpen';

interface ExportResultViewProps {
  /** The dialog is named by this view's heading once the export is done. */
  titleId: string;
  result: ExportResult;
  onClose: () => void;
}

function FileList({ files, label }: { files: readonly ExportedFile[]; label: string }) {
  return (
    <ul className="pack-files" aria-label={label}>
      {files.map((file) => (
        <li key={file.name} className="pack-files__item">
          <span className="pack-files__name">{file.name}</span>
          <span className="pack-files__hash">
            SHA-256: <code>{file.sha256}</code>
          </span>
        </li>
      ))}
    </ul>
  );
}

/**
 * What was written, with every file's SHA-256 (the register keeps them too), and, for an encrypted
 * export, the archive's passphrase: shown here once, never stored. Closing the dialog forgets it.
 */
export function ExportResultView({ titleId, result, onClose }: ExportResultViewProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const { status, announce } = useStatus();

  useFocusOnOpen(headingRef);

  const copy = async () => {
    if (!result.passphrase) return;
    try {
      await navigator.clipboard.writeText(result.passphrase);
      announce('Passphrase copied');
    } catch {
      announce('Could not copy. Write the passphrase down exactly as shown.');
    }
  };

  return (
    <>
      <h2 id={titleId} ref={headingRef} className="modal__title" tabIndex={-1}>
        Pack exported
      </h2>
      <p className="body">
        Written to <code className="pack-location">{result.location}</code>
      </p>
      {result.archive ? (
        <>
          <h3 className="pack-result__heading">Encrypted archive</h3>
          <FileList files={[result.archive]} label="Encrypted archive" />
        </>
      ) : null}
      <h3 className="pack-result__heading">{result.archive ? 'Documents in the archive' : 'Documents (not encrypted)'}</h3>
      <FileList files={result.files} label="Documents" />
      {result.passphrase ? (
        <div className="pack-passphrase">
          <h3 className="pack-result__heading">Passphrase for the archive</h3>
          <p className="pack-passphrase__value">
            <code>{result.passphrase}</code>
          </p>
          <p className="body">
            Give this passphrase to the recipient separately (for example by phone), never with the file. It is shown only
            now: Casework does not keep it.
          </p>
          <div className="button-group">
            <Button variant="secondary" onClick={() => void copy()}>
              Copy passphrase
            </Button>
          </div>
          <LiveStatus status={status} tone="info" />
        </div>
      ) : null}
      <div className="button-group">
        <Button onClick={onClose}>Close</Button>
      </div>
    </>
  );
}
