/**
 * One linked child on the note, with the visit answers for that child. Focus the chip and press one
 * key: S seen, A seen alone, N not seen (a reason box appears, optional), B bedroom seen, Delete or
 * Backspace unlinks. Pressing the current answer's key again clears it. Clicking (or Enter/Space) steps
 * through the answers, for pointer users. Nothing here is required.
 */
import { useId, type KeyboardEvent } from 'react';
import { cx } from '../../lib/cx';
import { answerWords, type ChildAnswer, type Seen } from './child-answers';

export const CHILD_CHIP_KEYS = 'S A N B Delete Backspace';

const KEY_TO_SEEN: Record<string, Seen> = { s: 'seen', a: 'seen-alone', n: 'not-seen' };
const CYCLE: ReadonlyArray<Seen | null> = [null, 'seen', 'seen-alone', 'not-seen'];

interface ChildChipProps {
  name: string;
  answer: ChildAnswer;
  /** The keyboard help (visually hidden until a chip has focus). */
  helpId: string;
  onSeen: (seen: Seen) => void;
  onClear: () => void;
  onBedroom: () => void;
  onReason: (reason: string) => void;
  onRemove: () => void;
  onFocusChange: (focused: boolean) => void;
}

export function ChildChip({ name, answer, helpId, onSeen, onClear, onBedroom, onReason, onRemove, onFocusChange }: ChildChipProps) {
  const reasonId = useId();

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const key = event.key.toLowerCase();
    const seen = KEY_TO_SEEN[key];
    if (seen) onSeen(seen);
    else if (key === 'b') onBedroom();
    else if (key === 'delete' || key === 'backspace') onRemove();
    else return;
    event.preventDefault();
  };

  const step = () => {
    const next = CYCLE[(CYCLE.indexOf(answer.seen) + 1) % CYCLE.length] ?? null;
    if (next === null) onClear();
    else onSeen(next);
  };

  return (
    <div role="group" aria-label={name} className={cx('child-chip', answer.seen && 'child-chip--answered')}>
      <div className="child-chip__row">
        <button
          type="button"
          className="child-chip__answer"
          aria-keyshortcuts={CHILD_CHIP_KEYS}
          aria-describedby={helpId}
          data-chip-focus=""
          onKeyDown={onKeyDown}
          onClick={step}
          onFocus={() => onFocusChange(true)}
          onBlur={() => onFocusChange(false)}
        >
          <span className="child-chip__name">{name}</span>
          <span className="child-chip__colon">: </span>
          <span className={cx('child-chip__value', !answer.seen && 'child-chip__value--open')}>{answerWords(answer)}</span>
        </button>
        <button type="button" className="chip__remove" aria-label={`Remove child ${name}`} data-chip-focus="" onClick={onRemove}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      {answer.seen === 'not-seen' ? (
        <div className="child-chip__reason">
          <label htmlFor={reasonId} className="child-chip__reason-label">
            Why not seen <span className="muted">(optional)</span>
          </label>
          <input
            id={reasonId}
            className="input input--inline"
            value={answer.notSeenReason ?? ''}
            maxLength={500}
            autoComplete="off"
            onChange={(event) => onReason(event.target.value)}
          />
        </div>
      ) : null}
    </div>
  );
}
