/**
 * Importing a pack: the team's own file, or the example in one click. Main checks the file and answers
 * every problem at once, each naming the file, the field and what is wrong (useFileImport).
 */
import { useState, type FormEvent } from 'react';
import type { RulePackSummary } from '../../../preload/contract/timescales';
import { MAX_RULE_PACK_BYTES } from '../../../preload/contract/timescale-options';
import { call } from '../../api';
import { Button } from '../../ui/Button';
import { FileImportField, FileImportProblems } from '../../ui/FileImportField';
import { useFileImport } from '../../ui/useFileImport';
import { importExamplePack } from './example-pack';

const FILE_ID = 'timescales-pack-file';
const HINT = 'A .yaml, .yml or .json file in the format of the example. It replaces the pack in use.';

/** What an import answers: the pack, and anything it could not do for the team (a contact type it could not add). */
type ImportedPack = RulePackSummary & { notices: string[] };

interface ImportPackFormProps {
  onImported: (pack: RulePackSummary, how: string) => void;
}

export function ImportPackForm({ onImported }: ImportPackFormProps) {
  const importer = useFileImport(FILE_ID, MAX_RULE_PACK_BYTES, 'a rule pack');
  const [notices, setNotices] = useState<string[]>([]);

  const finish = (imported: ImportedPack, how: string) => {
    setNotices(imported.notices);
    onImported(imported, how + (imported.notices.length > 0 ? '. Read the notes below the import button.' : ''));
  };

  const importFile = async (event: FormEvent) => {
    event.preventDefault();
    const imported = await importer.importChosen((fileName, text) => call('importRulePack', { fileName, text }));
    if (imported) finish(imported.value, `Imported ${imported.value.name}, revision ${imported.value.revision}, from ${imported.fileName}`);
    else setNotices([]);
  };

  const importExample = async () => {
    const imported = await importer.importOther(importExamplePack);
    if (imported) finish(imported, `Now using ${imported.name}, revision ${imported.revision}`);
    else setNotices([]);
  };

  return (
    <div className="timescales-import">
      <FileImportProblems importer={importer} />
      <form noValidate onSubmit={(e) => void importFile(e)}>
        <FileImportField importer={importer} label="Import a pack file" hint={HINT} accept=".yaml,.yml,.json" />
        <div className="button-group">
          <Button type="submit" unavailable={importer.busy}>
            Import pack
          </Button>
          <Button variant="secondary" unavailable={importer.busy} onClick={() => void importExample()}>
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
