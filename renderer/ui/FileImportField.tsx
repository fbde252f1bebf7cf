/**
 * The error summary (with main's problems listed one a line) and the file input of a file import
 * (useFileImport). The form around it, and its buttons, belong to the feature.
 */
import type { ReactNode } from 'react';
import { cx } from '../lib/cx';
import { ErrorSummary } from './ErrorSummary';
import { FieldShell, describedByIds } from './FieldShell';
import type { FileImport } from './useFileImport';

export function FileImportProblems({ importer }: { importer: FileImport }) {
  return (
    <ErrorSummary errors={importer.errors}>
      {importer.problems.length > 0 ? (
        <ul className="file-import-problems">
          {importer.problems.map((problem, i) => (
            <li key={i}>{problem}</li>
          ))}
        </ul>
      ) : null}
    </ErrorSummary>
  );
}

interface FileImportFieldProps {
  importer: FileImport;
  label: string;
  hint: ReactNode;
  /** e.g. ".yaml,.yml,.json" */
  accept: string;
}

export function FileImportField({ importer, label, hint, accept }: FileImportFieldProps) {
  const { fieldId, fieldError, fileRef } = importer;
  return (
    <FieldShell id={fieldId} label={label} hint={hint} error={fieldError}>
      <input
        ref={fileRef}
        id={fieldId}
        name={fieldId}
        type="file"
        accept={accept}
        className={cx('file-input', fieldError && 'input--error')}
        aria-describedby={describedByIds(fieldId, hint, fieldError)}
        aria-invalid={fieldError ? true : undefined}
      />
    </FieldShell>
  );
}
