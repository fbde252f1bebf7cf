/**
 * The note box itself: a textarea that is also the combobox for @name autocomplete, with its label,
 * hint, error and (while a mention is being typed) the listbox of matching children and people just
 * below it. Focus never leaves the textarea while choosing: the highlighted option is
 * aria-activedescendant.
 */
import type { ChangeEvent, KeyboardEvent, ReactNode, Ref, SyntheticEvent } from 'react';
import { cx } from '../../lib/cx';
import { describedByIds, FieldShell } from '../../ui/FieldShell';
import type { MentionOption } from './mention-options';
import type { MentionAutocomplete } from './useMentionAutocomplete';

function MentionOptionText({ option }: { option: MentionOption }) {
  if (option.kind === 'new-person') return <>Add “{option.name}” as a new person…</>;
  if (option.kind === 'child') return <>{option.name}</>;
  return (
    <>
      {option.name}
      {option.detail ? <span className="mention-list__detail"> — {option.detail}</span> : null}
    </>
  );
}

interface NoteInputProps {
  id: string;
  value: string;
  hint: ReactNode;
  error?: string | undefined;
  /** Extra ids for aria-describedby (the keyboard help). */
  describedBy?: string;
  keyShortcuts: string;
  rows?: number;
  autocomplete: MentionAutocomplete;
  onChange: (value: string, caret: number) => void;
  onCaret: (caret: number) => void;
  onKeyDown: (event: KeyboardEvent<HTMLTextAreaElement>) => void;
  textareaRef: Ref<HTMLTextAreaElement>;
}

export function NoteInput({
  id,
  value,
  hint,
  error,
  describedBy,
  keyShortcuts,
  rows = 7,
  autocomplete: ac,
  onChange,
  onCaret,
  onKeyDown,
  textareaRef,
}: NoteInputProps) {
  const active = ac.open ? ac.options[ac.activeIndex] : undefined;
  const trackCaret = (event: SyntheticEvent<HTMLTextAreaElement>) => onCaret(event.currentTarget.selectionStart);
  return (
    <FieldShell id={id} label="New note" hint={hint} error={error} prominent>
      <div className="note-input">
        <textarea
          ref={textareaRef}
          id={id}
          name={id}
          className={cx('textarea', 'note-input__text', error && 'input--error')}
          rows={rows}
          value={value}
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={ac.open}
          aria-controls={ac.open ? ac.listboxId : undefined}
          aria-activedescendant={active ? ac.optionId(active) : undefined}
          aria-describedby={describedByIds(id, hint, error, describedBy)}
          aria-invalid={error ? true : undefined}
          aria-keyshortcuts={keyShortcuts}
          spellCheck
          onChange={(event: ChangeEvent<HTMLTextAreaElement>) =>
            onChange(event.target.value, event.target.selectionStart)
          }
          onSelect={trackCaret}
          onClick={trackCaret}
          onKeyDown={onKeyDown}
        />
        {ac.open ? (
          <ul id={ac.listboxId} role="listbox" aria-label="Children and people" className="popup-list mention-list">
            {ac.options.map((option, index) => (
              <li
                key={option.key}
                id={ac.optionId(option)}
                role="option"
                aria-selected={index === ac.activeIndex}
                className={cx('popup-list__option', index === ac.activeIndex && 'popup-list__option--active')}
                // Keep focus (and the caret) in the note box when choosing with a pointer.
                onMouseDown={(event) => event.preventDefault()}
                onMouseEnter={() => ac.setActiveIndex(index)}
                onClick={() => ac.pick(option)}
              >
                <MentionOptionText option={option} />
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </FieldShell>
  );
}
