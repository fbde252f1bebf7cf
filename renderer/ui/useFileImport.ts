/**
 * Importing a file a team wrote (a rule pack, a set of note templates): the file is chosen and read
 * here, its text sent to main, which checks it and answers every problem at once, one per line, each
 * naming the file, the field and what is wrong ("team.yaml: rules[2].within: is missing.") — the list a
 * manager with a text editor needs, shown as it came. FileImportField shows the input and the problems.
 */
import { useRef, useState } from 'react';
import type { Envelope } from '../api';
import type { FormError } from './form-errors';

/** Shown on the field when the problems are inside the file (listed in the summary above it). */
const FIELD_ERROR = 'Fix the problems listed, then import the file again';

export interface FileImport {
  fieldId: string;
  errors: FormError[];
  problems: string[];
  busy: boolean;
  fileRef: React.RefObject<HTMLInputElement | null>;
  /** The field's own error: "choose a file", or a pointer to the problems listed. */
  fieldError: string | undefined;
  /** Reads the chosen file and sends it; main's answer and the file's name when accepted, otherwise null (errors shown). */
  importChosen<T>(send: (fileName: string, text: string) => Promise<Envelope<T>>): Promise<{ value: T; fileName: string } | null>;
  /** Sends something other than the chosen file (the example pack) through the same answers. */
  importOther<T>(send: () => Promise<Envelope<T>>): Promise<T | null>;
}

/**
 * Main's answer, split for the error summary: "team.yaml was not imported: … Fix these …:" leads,
 * then one problem a line. Any other answer (one line) is shown as it is.
 */
function problemsFrom(message: string): { errors: FormError[]; problems: string[] } {
  const lines = message
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
  const [lead, ...problems] = lines;
  if (lead !== undefined && problems.length > 0 && lead.endsWith(':')) return { errors: [{ message: lead }], problems };
  return { errors: lines.map((line) => ({ message: line })), problems: [] };
}

/** `what` names the kind of file in messages: "a rule pack", "a templates file". */
export function useFileImport(fieldId: string, maxBytes: number, what: string): FileImport {
  const [errors, setErrors] = useState<FormError[]>([]);
  const [problems, setProblems] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const fileRef = useRef<HTMLInputElement>(null);

  const fail = (message: string, onField = false) => {
    setErrors([onField ? { fieldId, message } : { message }]);
    setProblems([]);
  };

  const settle = <T>(result: Envelope<T>): T | null => {
    setBusy(false);
    if (!result.ok) {
      const found = problemsFrom(result.error.message);
      setErrors(found.errors);
      setProblems(found.problems);
      return null;
    }
    setErrors([]);
    setProblems([]);
    if (fileRef.current) fileRef.current.value = '';
    return result.value;
  };

  const importChosen = async <T>(send: (fileName: string, text: string) => Promise<Envelope<T>>): Promise<{ value: T; fileName: string } | null> => {
    if (busy) return null;
    const file = fileRef.current?.files?.[0];
    if (!file) {
      fail(`Choose ${what} to import`, true);
      return null;
    }
    if (file.size > maxBytes) {
      fail(`${file.name} is too large to be ${what} (at most ${maxBytes / 1024} KB)`, true);
      return null;
    }
    setBusy(true);
    let text: string;
    try {
      text = await file.text();
    } catch {
      setBusy(false);
      fail(`${file.name} could not be read. Choose it again.`, true);
      return null;
    }
    const value = settle(await send(file.name, text));
    return value === null ? null : { value, fileName: file.name };
  };

  const importOther = async <T>(send: () => Promise<Envelope<T>>): Promise<T | null> => {
    if (busy) return null;
    setBusy(true);
    return settle(await send());
  };

  const fieldError = errors.length === 0 ? undefined : (errors.find((e) => e.fieldId === fieldId)?.message ?? FIELD_ERROR);
  return { fieldId, errors, problems, busy, fileRef, fieldError, importChosen, importOther };
}
