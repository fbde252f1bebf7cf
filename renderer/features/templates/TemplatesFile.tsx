/**
 * Settings → Note templates → "As a file": save the team's templates to a YAML file (to keep, edit in a
 * text editor, or give to another team), and import one. An import adds and versions the templates it
 * names and leaves the rest; main says what it did, by name, and every problem in a wrong file.
 */
import { useId, useState, type FormEvent } from 'react';
import type { NoteTemplate, TemplateImport } from '../../../preload/contract/templates';
import { MAX_TEMPLATE_FILE_BYTES } from '../../../preload/contract/template-options';
import { call } from '../../api';
import { Button } from '../../ui/Button';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { FileImportField, FileImportProblems } from '../../ui/FileImportField';
import { LiveStatus } from '../../ui/LiveStatus';
import { useFileImport } from '../../ui/useFileImport';
import { useStatus } from '../../ui/useStatus';

const FILE_ID = 'note-templates-file';
const HINT =
  'A .yaml, .yml or .json file saved from Casework, or written in its format. Templates in the file are added, or saved as a new version if their prompts changed; templates not in it are left as they are.';

interface TemplatesFileProps {
  onImported: (templates: NoteTemplate[]) => void;
}

const names = (list: string[]) => list.join(', ');

/** "Imported team.yaml: added Family meeting; new version of Home visit; 1 unchanged." */
export function importWords(fileName: string, result: TemplateImport): string {
  const parts = [
    result.added.length > 0 ? `added ${names(result.added)}` : null,
    result.updated.length > 0 ? `new version of ${names(result.updated)}` : null,
    result.retired.length > 0 ? `retired ${names(result.retired)}` : null,
    result.restored.length > 0 ? `restored ${names(result.restored)}` : null,
  ].filter((part) => part !== null);
  if (parts.length === 0) return `Imported ${fileName}: nothing changed, your templates already read as the file does`;
  const unchanged = result.unchanged.length > 0 ? `; ${result.unchanged.length} unchanged` : '';
  return `Imported ${fileName}: ${parts.join('; ')}${unchanged}`;
}

export function TemplatesFile({ onImported }: TemplatesFileProps) {
  const importer = useFileImport(FILE_ID, MAX_TEMPLATE_FILE_BYTES, 'a templates file');
  const [saveError, setSaveError] = useState<string | null>(null);
  const { status, announce, clear } = useStatus();
  const headingId = useId();

  const saveFile = async () => {
    clear();
    const result = await call('saveTemplatesFile', {});
    if (result.ok) {
      setSaveError(null);
      announce(`Saved ${result.value.fileName}`);
    } else if (result.error.code === 'CANCELLED') {
      setSaveError(null);
      announce('Not saved: no file was written');
    } else {
      setSaveError(result.error.message);
    }
  };

  const importFile = async (event: FormEvent) => {
    event.preventDefault();
    clear();
    const imported = await importer.importChosen((fileName, text) => call('importTemplates', { fileName, text }));
    if (!imported) return;
    onImported(imported.value.templates);
    announce(importWords(imported.fileName, imported.value));
  };

  return (
    <div className="templates-file" role="group" aria-labelledby={headingId}>
      <h3 id={headingId} className="templates-file__heading">
        As a file
      </h3>
      <ErrorSummary errors={saveError ? [{ message: saveError }] : []} />
      <FileImportProblems importer={importer} />
      <p className="body muted">
        Save your templates to a file to keep them, change them in a text editor or share them with another team, then
        import the file here or on a colleague’s laptop. Nothing is deleted by an import: notes remember the version they
        used.
      </p>
      <div className="composer__actions templates-file__save">
        <Button variant="secondary" onClick={() => void saveFile()}>
          Save templates to a file
        </Button>
      </div>
      <form noValidate onSubmit={(e) => void importFile(e)}>
        <FileImportField importer={importer} label="Import a templates file" hint={HINT} accept=".yaml,.yml,.json" />
        <div className="composer__actions">
          <Button type="submit" unavailable={importer.busy}>
            Import templates
          </Button>
        </div>
      </form>
      <LiveStatus status={status} />
    </div>
  );
}
