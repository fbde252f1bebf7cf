/**
 * Which bank holidays count when the rules say "working days": England and Wales, Scotland and
 * Northern Ireland have different ones. Saved with a button, not on change, so moving through the
 * options with the arrow keys does not save each one on the way.
 */
import { useState, type FormEvent } from 'react';
import { NATIONS, NATION_LABELS, type Nation } from '../../../preload/contract/timescale-options';
import { call } from '../../api';
import { Button } from '../../ui/Button';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { FieldShell, describedByIds } from '../../ui/FieldShell';
import { LiveStatus } from '../../ui/LiveStatus';
import { useStatus } from '../../ui/useStatus';

const ID = 'timescales-nation';
const HINT = 'Working days in the rules skip weekends and these bank holidays.';
const isNation = (value: string): value is Nation => (NATIONS as readonly string[]).includes(value);

export function NationForm({ nation, onSaved }: { nation: Nation; onSaved: (nation: Nation) => void }) {
  const [chosen, setChosen] = useState<Nation>(nation);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const { status, announce, clear } = useStatus();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    const result = await call('setNation', { nation: chosen });
    setBusy(false);
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    setError(null);
    onSaved(chosen);
    announce(`Bank holidays: ${NATION_LABELS[chosen]}`);
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate className="timescales-nation">
      <ErrorSummary errors={error ? [{ message: error, fieldId: ID }] : []} />
      <FieldShell id={ID} label="Bank holidays for working days" hint={HINT}>
        <select
          id={ID}
          name={ID}
          className="select"
          value={chosen}
          onChange={(e) => {
            if (isNation(e.target.value)) setChosen(e.target.value);
            clear();
          }}
          aria-describedby={describedByIds(ID, HINT, undefined)}
        >
          {NATIONS.map((n) => (
            <option key={n} value={n}>
              {NATION_LABELS[n]}
            </option>
          ))}
        </select>
      </FieldShell>
      <div className="composer__actions">
        <Button type="submit" variant="secondary" unavailable={busy}>
          Save bank holidays
        </Button>
        <LiveStatus status={status} className="status--inline" />
      </div>
    </form>
  );
}
