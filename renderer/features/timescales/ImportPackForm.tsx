/**
 * Importing a pack: the team's own file, or the example in one click. The file is read here and its
 * text sent to main, which checks it and answers every problem at once, one per line, each naming the
 * file, the field and what is wrong ("team.yaml: rules[2].within: is missing.") — the list a manager
 * with a text editor needs, shown as it came.
 */
import { useRef, useState, type FormEvent } from 'react';
import type { RulePackSummary } from '../../../preload/contract/timescales';
import { MAX_RULE_PACK_BYTES } from '../../../preload/contract/timescale-options';
import { call, type Envelope } from '../../api';
import { cx } from '../../lib/cx';
import { Button } from '../../ui/Button';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { FieldShell, describedByIds } from '../../ui/FieldShell';
import type { FormError } from '../../ui/form-errors';
import { importExamplePack } from './example-pack';

const FILE_ID = 'timescales-pack-file';
const HINT = 'A .yaml, .yml or .json file in the format of the example. It replaces the pack in use.';
const FIELD_ERROR = 'Fix the problems listed, then import the file again';

/** What an import answers: the pack, and anything it could not do for the team (a contact type it could not add). */
type ImportedPack = RulePackSummary & { notices: string[] };

interface ImportPackFormProps {
  onImported: (pack: RulePackSummary, how: string) => void;
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

export function ImportPackForm({ onImported }: ImportPackFormProps) {
  const [errors, setErrors] = useState<FormError[]>([]);
  const [problems, setProblems] = useState<string[]>([]);
  const [notices, setNotices] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const fileRef = useRef<HTMLInputElement>(null);

  const finish = (result: Envelope<ImportedPack>, how: (pack: RulePackSummary) => string) => {
    setBusy(false);
    setNotices([]);
    if (!result.ok) {
      const found = problemsFrom(result.error.message);
      setErrors(found.errors);
      setProblems(found.problems);
      return;
    }
    setErrors([]);
    setProblems([]);
    if (fileRef.current) fileRef.current.value = '';
    setNotices(result.value.notices);
    onImported(result.value, how(result.value) + (result.value.notices.length > 0 ? '. Read the notes below the import button.' : ''));
  };

  const importFile = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const file = fileRef.current?.files?.[0];
    setProblems([]);
    if (!file) {
      setErrors([{ fieldId: FILE_ID, message: 'Choose a pack file to import' }]);
      return;
    }
    if (file.size > MAX_RULE_PACK_BYTES) {
      setErrors([{ fieldId: FILE_ID, message: `${file.name} is too large to be a rule pack (at most ${MAX_RULE_PACK_BYTES / 1024} KB)` }]);
      return;
    }
    setBusy(true);
    let text: string;
    try {
      text = await file.text();
    } catch {
      setBusy(false);
      setErrors([{ fieldId: FILE_ID, message: `${file.name} could not be read. Choose it again.` }]);
      return;
    }
    finish(await call('importRulePack', { fileName: file.name, text }), (pack) => `Imported ${pack.name}, revision ${pack.revision}, from ${file.name}`);
  };

  const importExample = async () => {
    if (busy) return;
    setBusy(true);
    finish(await importExamplePack(), (pack) => `Now using ${pack.name}, revision ${pack.revision}`);
  };

  // Problems from main are about the file's contents: listed in the summary, with the field marked.
  const fileError = errors.length === 0 ? undefined : (errors.find((e) => e.fieldId === FILE_ID)?.message ?? FIELD_ERROR);
  return (
    <div className="timescales-import">
      <ErrorSummary errors={errors}>
        {problems.length > 0 ? (
          <ul className="rule-pack-problems">
            {problems.map((problem, i) => (
              <li key={i}>{problem}</li>
            ))}
          </ul>
        ) : null}
      </ErrorSummary>
      <form noValidate onSubmit={(e) => void importFile(e)}>
        <FieldShell id={FILE_ID} label="Import a pack file" hint={HINT} error={fileError}>
          <input
            ref={fileRef}
            id={FILE_ID}
            name={FILE_ID}
            type="file"
            accept=".yaml,.yml,.json"
            className={cx('file-input', fileError && 'input--error')}
            aria-describedby={describedByIds(FILE_ID, HINT, fileError)}
            aria-invalid={fileError ? true : undefined}
          />
        </FieldShell>
        <div className="button-group">
          <Button type="submit" unavailable={busy}>
            Import pack
          </Button>
          <Button variant="secondary" unavailable={busy} onClick={() => void importExample()}>
            Use the example pack
          </Button>
        </div>
      </form>
      {notices.length > 0 ? (
        <div className="rule-pack-notices">
          <h4>Imported, with these notes</h4>
          <ul>
            {notices.map((notice, i) => (
              <li key={i}>{notice}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
