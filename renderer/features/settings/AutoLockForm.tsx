import { useState, type FormEvent } from 'react';
import { call } from '../../api';
import { useAnswer } from '../../lib/useAnswer';
import { Button } from '../../ui/Button';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { errorFor } from '../../ui/form-errors';
import { useFormSave } from '../../ui/useFormSave';
import { LiveStatus } from '../../ui/LiveStatus';
import { TextField } from '../../ui/TextField';
import { useStatus } from '../../ui/useStatus';

import { AUTO_LOCK_MINUTES } from '../../../preload/contract/limits';

const { min: MIN, max: MAX } = AUTO_LOCK_MINUTES;
const MINUTES_ID = 'settings-auto-lock';

interface AutoLockFormProps {
  autoLockMinutes: number;
  onAutoLockChanged: (minutes: number) => void;
}

/** Auto-lock minutes (1–120). */
export function AutoLockForm({ autoLockMinutes, onAutoLockChanged }: AutoLockFormProps) {
  const [minutes, setMinutes] = useState(String(autoLockMinutes));
  const { errors, busy, save } = useFormSave({ autoLockMinutes: MINUTES_ID });
  const { status, announce, clear } = useStatus();

  useAnswer(
    () => call('getSettings', {}),
    (result) => {
      if (result.ok) setMinutes(String(result.value.autoLockMinutes));
    },
    [],
  );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    clear();
    const value = Number(minutes.trim());
    const problems = !/^\d+$/u.test(minutes.trim()) || value < MIN || value > MAX ? [{ fieldId: MINUTES_ID, message: `Enter a whole number of minutes from ${MIN} to ${MAX}` }] : [];
    await save(problems, () => call('updateSettings', { autoLockMinutes: value }), (settings) => {
      setMinutes(String(settings.autoLockMinutes));
      onAutoLockChanged(settings.autoLockMinutes);
      announce('Saved');
    });
  };

  return (
    <section className="section" aria-labelledby="auto-lock-heading">
      <h2 id="auto-lock-heading" className="section-heading">
        Auto-lock
      </h2>
      <ErrorSummary errors={errors} />
      <form onSubmit={submit} noValidate>
        <TextField
          id={MINUTES_ID}
          label="Auto-lock after (minutes)"
          hint={`Casework locks itself when the keyboard and mouse have not been used for this long. From ${MIN} to ${MAX} minutes.`}
          type="number"
          inputMode="numeric"
          min={MIN}
          max={MAX}
          width="xs"
          value={minutes}
          onChange={setMinutes}
          error={errorFor(errors, MINUTES_ID)}
        />
        <div className="composer__actions">
          <Button type="submit" unavailable={busy}>
            Save auto-lock
          </Button>
          <LiveStatus status={status} className="status--inline" />
        </div>
      </form>
    </section>
  );
}
