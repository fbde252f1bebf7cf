import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { Note } from '../../../preload/contract/channels';
import { call } from '../../api';
import { hasCommandModifier, modifierAria, modifierLabel } from '../../lib/platform';
import { Button } from '../../ui/Button';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { errorFor, type FormError } from '../../ui/form-errors';
import { LiveStatus } from '../../ui/LiveStatus';
import { TextAreaField } from '../../ui/TextAreaField';
import { useStatus } from '../../ui/useStatus';
import { newNoteId } from './uuidv7';

const NOTE_ID = 'new-note';

interface NoteComposerProps {
  caseId: string;
  onSaved: (note: Note) => void;
  /** A note with this id already exists: reload the list to show what was stored. */
  onConflict: () => void;
}

/** The note box: focused when the case opens; Ctrl/Cmd+Enter or "Save note" saves; keeps text on failure. */
export function NoteComposer({ caseId, onSaved, onConflict }: NoteComposerProps) {
  const [body, setBody] = useState('');
  const [errors, setErrors] = useState<FormError[]>([]);
  const [saving, setSaving] = useState(false);
  const [firstDraftId] = useState(newNoteId);
  const draftId = useRef(firstDraftId);
  const textareaRef = useRef<HTMLTextAreaElement>(null);
  const { status, announce, clear } = useStatus();

  useEffect(() => textareaRef.current?.focus(), []);

  const save = async () => {
    if (saving) return;
    const sent = body;
    if (sent.trim() === '') {
      setErrors([{ fieldId: NOTE_ID, message: 'Write something before saving' }]);
      return;
    }
    setSaving(true);
    clear();
    const result = await call('saveNote', { id: draftId.current, body: sent, structure: { children: [{ caseId: caseId }] } });
    setSaving(false);
    if (result.ok) {
      draftId.current = newNoteId();
      // Anything typed while the save was in flight stays in the box.
      setBody((current) => (current.startsWith(sent) ? current.slice(sent.length).trimStart() : current));
      setErrors([]);
      onSaved(result.value);
      announce('Note saved');
      textareaRef.current?.focus();
      return;
    }
    if (result.error.code === 'CONFLICT') {
      draftId.current = newNoteId();
      onConflict();
    }
    setErrors([{ fieldId: NOTE_ID, message: result.error.message }]);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && hasCommandModifier(event)) {
      event.preventDefault();
      void save();
    }
  };

  return (
    <div className="composer">
      <ErrorSummary errors={errors} moveFocus={false} />
      <TextAreaField
        id={NOTE_ID}
        label="New note"
        hint={`Press ${modifierLabel}+Enter to save.`}
        value={body}
        onChange={setBody}
        error={errorFor(errors, NOTE_ID)}
        rows={7}
        prominent
        keyShortcuts={`${modifierAria}+Enter`}
        onKeyDown={onKeyDown}
        textareaRef={textareaRef}
      />
      <div className="composer__actions">
        <Button onClick={() => void save()} unavailable={saving}>
          Save note
        </Button>
        <LiveStatus status={status} tone="success" className="status--inline" />
      </div>
    </div>
  );
}
