/**
 * Before a team has chosen its rules nothing can be worked out as due. Say so, and offer the two ways
 * on: the example pack in one click, or Settings to import the team's own file.
 */
import { useState } from 'react';
import { Button } from '../../ui/Button';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { importExamplePack, packWords } from '../timescales/example-pack';

interface NoPackNoticeProps {
  onOpenSettings: () => void;
  /** The example pack is in use now: show what is due. */
  onImported: (message: string) => void;
}

export function NoPackNotice({ onOpenSettings, onImported }: NoPackNoticeProps) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const adoptExample = async () => {
    if (busy) return;
    setBusy(true);
    const result = await importExamplePack();
    setBusy(false);
    if (result.ok) onImported(`Now using ${packWords(result.value)}`);
    else setError(result.error.message);
  };

  return (
    <div className="due-no-pack">
      <ErrorSummary errors={error ? [{ message: error }] : []} />
      <p className="body">
        No rule pack is in use yet, so nothing is worked out as due. The rules are your team's: start from the example pack and
        change it to match your local procedures, or import your team's own file.
      </p>
      <div className="button-group">
        <Button unavailable={busy} onClick={() => void adoptExample()}>
          Use the example pack
        </Button>
        <Button variant="secondary" onClick={onOpenSettings}>
          Settings → Timescales
        </Button>
      </div>
    </div>
  );
}
