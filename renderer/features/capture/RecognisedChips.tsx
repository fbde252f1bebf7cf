/**
 * "Recognised in your note": what the app took from the text, each as a chip the practitioner can
 * remove (a wrong guess costs one key, never a form). Linked children come first, because their
 * answers are the chips one works with; then other people named, contact date, type, significant,
 * and each quote.
 * Removing a chip moves focus to the next one (or back to the note box), so several go in a row.
 */
import { useLayoutEffect, useRef } from 'react';
import { cx } from '../../lib/cx';
import type { ChildAnswer, Seen } from './child-answers';
import { ChildChip } from './ChildChip';
import { contactWhen, quotePreview } from './chip-labels';
import type { ParsedNote } from './parse-note';

export interface ChildActions {
  seen: (caseId: string, seen: Seen) => void;
  clear: (caseId: string) => void;
  bedroom: (caseId: string) => void;
  reason: (caseId: string, reason: string) => void;
  remove: (caseId: string) => void;
}

interface RecognisedChipsProps {
  idPrefix: string;
  parsed: ParsedNote;
  children: readonly ChildAnswer[];
  nameOf: (caseId: string) => string;
  child: ChildActions;
  /** Other people linked by @name (parents, professionals). */
  people: readonly { personId: string; name: string }[];
  onRemovePerson: (personId: string) => void;
  /** Removes a parsed chip: its key goes into the draft's `dismissed`. */
  onDismiss: (key: string, what: string) => void;
  /** Where focus goes when the last chip is removed. */
  focusNote: () => void;
  /** A child's chip gained or lost focus (the composer shows that chip's keys). */
  onChildFocusChange: (focused: boolean) => void;
  now: Date;
}

export const CHILD_KEYS_TEXT = 'Keys on a child: S seen, A seen alone, N not seen, B bedroom seen, Delete unlink.';

interface PlainChip {
  key: string;
  kind: 'person' | 'date' | 'type' | 'significant' | 'voice';
  text: string;
  removeLabel: string;
  /** Runs the removal (dismissing a parsed chip, or unlinking a person). */
  remove: () => void;
}

function plainChips(parsed: ParsedNote, now: Date, dismiss: (key: string, what: string) => void): PlainChip[] {
  const chips: PlainChip[] = [];
  const { contactDate, contactType, significant } = parsed;
  const dismissing = (key: string, what: string) => () => dismiss(key, what);
  if (contactDate) {
    const when = contactWhen(contactDate.iso, contactDate.hasTime, now);
    chips.push({ key: contactDate.key, kind: 'date', text: `Contact: ${when}`, removeLabel: 'Remove contact date', remove: dismissing(contactDate.key, 'Contact date') });
  }
  if (contactType) {
    const label = contactType.label; // from the team's list the note was parsed with
    chips.push({ key: contactType.key, kind: 'type', text: label, removeLabel: 'Remove contact type', remove: dismissing(contactType.key, 'Contact type') });
  }
  if (significant) {
    chips.push({ key: significant.key, kind: 'significant', text: 'Significant', removeLabel: 'Remove significant', remove: dismissing(significant.key, 'Significant') });
  }
  for (const quote of parsed.voice) {
    const preview = quotePreview(quote.text);
    chips.push({
      key: quote.key,
      kind: 'voice',
      text: `Child's voice: “${preview}”`,
      removeLabel: `Remove child's voice “${preview}”`,
      remove: dismissing(quote.key, "Child's voice"),
    });
  }
  return chips;
}

export function RecognisedChips(props: RecognisedChipsProps) {
  const { idPrefix, parsed, children, nameOf, child, people, onRemovePerson, onDismiss, focusNote, onChildFocusChange, now } = props;
  const groupRef = useRef<HTMLDivElement>(null);
  const refocusAt = useRef<number | null>(null);
  const labelId = `${idPrefix}-chips-label`;
  const helpId = `${idPrefix}-child-keys`;
  const personChips: PlainChip[] = people.map((p) => ({
    key: `person-${p.personId}`,
    kind: 'person',
    text: p.name,
    removeLabel: `Unlink ${p.name}`,
    remove: () => onRemovePerson(p.personId),
  }));
  const plain = [...personChips, ...plainChips(parsed, now, onDismiss)];

  // Before removing, remember which focusable was in use; after the re-render, focus what is there now.
  const rememberFocus = () => {
    const focusables = [...(groupRef.current?.querySelectorAll<HTMLElement>('[data-chip-focus]') ?? [])];
    refocusAt.current = Math.max(0, focusables.findIndex((el) => el === document.activeElement));
  };
  useLayoutEffect(() => {
    if (refocusAt.current === null) return;
    const focusables = [...(groupRef.current?.querySelectorAll<HTMLElement>('[data-chip-focus]') ?? [])];
    const target = focusables[Math.min(refocusAt.current, focusables.length - 1)];
    refocusAt.current = null;
    if (target) target.focus();
    else focusNote();
  });

  const empty = children.length === 0 && plain.length === 0;
  return (
    <div ref={groupRef} role="group" aria-labelledby={labelId} className="chips">
      <p id={labelId} className="chips__label">
        Recognised in your note
      </p>
      {empty ? (
        <p className="chips__empty">
          Type @ and a name to link a child or another person, # for the kind of contact (#visit, #call), ! for significant, and
          “quotes” for the child’s own words.
        </p>
      ) : (
        <ul className="chip-list">
          {children.map((answer) => (
            <li key={answer.caseId} className="chip-list__item">
              <ChildChip
                name={nameOf(answer.caseId)}
                answer={answer}
                helpId={helpId}
                onSeen={(seen) => child.seen(answer.caseId, seen)}
                onClear={() => child.clear(answer.caseId)}
                onBedroom={() => child.bedroom(answer.caseId)}
                onReason={(reason) => child.reason(answer.caseId, reason)}
                onRemove={() => {
                  rememberFocus();
                  child.remove(answer.caseId);
                }}
                onFocusChange={onChildFocusChange}
              />
            </li>
          ))}
          {plain.map((chip) => (
            <li key={chip.key} className="chip-list__item">
              <span className={cx('chip', `chip--${chip.kind}`)}>
                <span className="chip__text">{chip.text}</span>
                <button
                  type="button"
                  className="chip__remove"
                  aria-label={chip.removeLabel}
                  data-chip-focus=""
                  onClick={() => {
                    rememberFocus();
                    chip.remove();
                  }}
                >
                  <span aria-hidden="true">×</span>
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}
      {/* Read with each child's chip; the composer shows the same keys while a chip has focus. */}
      <p id={helpId} className="visually-hidden">
        {CHILD_KEYS_TEXT}
      </p>
    </div>
  );
}
