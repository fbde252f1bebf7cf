/**
 * The note composer, used on the case page and in the quick note. The text is the only thing needed:
 * structure is read from it as it is typed (dates, #type, !, quotes, @children and @people) and shown as chips that
 * can be removed; per-child visit answers are one key each. Ctrl/Cmd+Enter saves from anywhere in it.
 * Every change is kept as a draft within about a second (see useDraftAutosave), under the id the note
 * will have, so a retry never makes a second note and a crash loses nothing.
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type FocusEvent, type KeyboardEvent, type ReactNode } from 'react';
import type { Note } from '../../../preload/contract/channels';
import { call } from '../../api';
import { useLatest } from '../../lib/useLatest';
import { hasCommandModifier, modifierAria, modifierLabel } from '../../lib/platform';
import { isMarkThirdPartyKey } from '../../lib/shortcut-keys';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { errorFor, type FormError } from '../../ui/form-errors';
import { useStatus } from '../../ui/useStatus';
import { useFocusOnOpen } from '../../ui/useFocusOnOpen';
import { useDraftAutosave, type DraftAutosave } from '../drafts/useDraftAutosave';
import { newNoteId } from '../notes/uuidv7';
import { useCaseDirectory } from './case-directory';
import { withChild } from './child-answers';
import { useChildAnswers } from './useChildAnswers';
import { ComposerActions } from './ComposerActions';
import { ComposerTools } from './ComposerTools';
import { ChildKeysHelp } from './ChildKeysHelp';
import { useTemplateInsert } from '../templates/useTemplateInsert';
import { insertName, justFinishedMention, removeAt, type TextEdit } from './mention-edit';
import { exactMention, type MentionOption } from './mention-options';
import { noteStructure } from './note-structure';
import { NoteInput } from './NoteInput';
import { useContactTypes } from '../contact-types/ContactTypesProvider';
import { parseNote } from './parse-note';
import { RecognisedChips } from './RecognisedChips';
import { snapshotOf, useComposerDraft, type ComposerPlace, type DraftFields } from './useComposerDraft';
import { useMentionAutocomplete } from './useMentionAutocomplete';
import { useNewPersonMention } from './useNewPersonMention';
import { useThirdPartyMark } from './useThirdPartyMark';

// A typed character that can end an @mention ("@Leo " / "@Leo," / "@Leo's"); '-' and '_' join names.
const ENDS_MENTION = /[^\p{L}\p{M}\p{N}_-]/u;
const NO_NAMES: Readonly<Record<string, string>> = {};

export interface ComposerProps {
  /** Makes element ids unique: a case page and a quick note can be open at once. */
  idPrefix: string;
  place: ComposerPlace;
  /** Names known before the case list loads (the case page's own child). */
  knownNames?: Readonly<Record<string, string>>;
  /** Continue this draft rather than the most recent one for the place. */
  draftId?: string | null;
  saveLabel?: string;
  /** What the status line says after a save ("Note saved", "Saved to inbox"). */
  savedMessage: (note: Note) => string;
  onSaved: (note: Note) => void;
  /** A draft appeared in the store, was finalised or discarded. */
  onDraftsChanged?: () => void;
  /** There is (or no longer is) something worth keeping in the box. */
  onHasDraftChange?: (hasDraft: boolean) => void;
  /** The id of the draft in the box (lists of drafts leave it out). */
  onActiveDraft?: (draftId: string) => void;
  extraActions?: ReactNode;
  rows?: number;
  /** Take focus on open (not when the page opens on a note found by search). */
  autoFocus?: boolean;
}

export function Composer({
  idPrefix,
  place,
  knownNames = NO_NAMES,
  draftId = null,
  saveLabel = 'Save note',
  savedMessage,
  onSaved,
  onDraftsChanged,
  onHasDraftChange,
  onActiveDraft,
  extraActions,
  rows,
  autoFocus = true,
}: ComposerProps) {
  const inputId = `${idPrefix}-text`;
  const directory = useCaseDirectory();
  const { status, announce, clear } = useStatus();
  const [errors, setErrors] = useState<FormError[]>([]);
  const [saving, setSaving] = useState(false);
  const [caret, setCaret] = useState<number | null>(null);
  const [childFocused, setChildFocused] = useState(false);
  const textareaRef = useRef<HTMLTextAreaElement>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const pendingCaret = useRef<number | null>(null);
  const autosaveRef = useRef<DraftAutosave | null>(null);

  const onRestored = useCallback(
    (loaded: DraftFields) => {
      autosaveRef.current?.adopt(snapshotOf(loaded, place));
      pendingCaret.current = loaded.body.length;
      announce('Draft restored');
    },
    [place, announce],
  );
  const draft = useComposerDraft(place, draftId, onRestored);
  const { fields, update } = draft;
  const fieldsRef = useLatest(fields);
  const snapshot = useMemo(() => snapshotOf(fields, place), [fields, place]);
  const autosave = useDraftAutosave(snapshot, saving, onDraftsChanged);
  autosaveRef.current = autosave;

  const hasDraft = !snapshot.blank;
  const onHasDraftRef = useLatest(onHasDraftChange);
  useEffect(() => onHasDraftRef.current?.(hasDraft), [hasDraft, onHasDraftRef]);
  const onActiveDraftRef = useLatest(onActiveDraft);
  useEffect(() => onActiveDraftRef.current?.(fields.id), [fields.id, onActiveDraftRef]);

  const dismissed = useMemo(() => new Set(fields.dismissed), [fields.dismissed]);
  const parseAt = () => fields.anchor ?? new Date();
  const contactTypes = useContactTypes().active; // the team's list: #fgc means what the team said
  const parsed = useMemo(
    () => parseNote(fields.body, { now: fields.anchor ?? new Date(), dismissed, contactTypes }),
    [fields.body, fields.anchor, dismissed, contactTypes],
  );

  const nameOf = useCallback(
    (caseId: string) => knownNames[caseId] ?? directory.nameOf(caseId) ?? 'Child not on your list',
    [knownNames, directory],
  );
  const answers = useChildAnswers(update, fields.children, nameOf, announce);

  const focusNote = useCallback(() => textareaRef.current?.focus(), []);
  useFocusOnOpen(textareaRef, autoFocus);
  useLayoutEffect(() => {
    if (pendingCaret.current === null || !textareaRef.current) return;
    textareaRef.current.setSelectionRange(pendingCaret.current, pendingCaret.current);
    setCaret(pendingCaret.current);
    pendingCaret.current = null;
  });

  // People created from this box are named at once, before the directory has reloaded.
  const [createdNames, setCreatedNames] = useState<Readonly<Record<string, string>>>({});
  const personNameOf = (personId: string) => createdNames[personId] ?? directory.personNameOf(personId) ?? 'Person not on your list';

  const applyEdit = (edit: TextEdit, linked: MentionOption | null) => {
    update((f) => ({
      ...f,
      body: edit.body,
      children: linked?.kind === 'child' ? withChild(f.children, linked.caseId) : f.children,
      people: linked?.kind === 'person' && !f.people.includes(linked.personId) ? [...f.people, linked.personId] : f.people,
    }));
    pendingCaret.current = edit.caret;
    if (linked) announce(`Linked ${linked.name}`);
  };

  const newPerson = useNewPersonMention(
    fields.children.map((c) => ({ caseId: c.caseId, childName: nameOf(c.caseId) })),
    (person, start, end) => {
      setCreatedNames((names) => ({ ...names, [person.id]: person.fullName }));
      directory.refresh();
      const edit = insertName(fieldsRef.current.body, start, end, person.fullName);
      applyEdit(edit, { kind: 'person', key: person.id, name: person.fullName, personId: person.id, detail: '' });
    },
    () => focusNote(),
  );

  const onChange = (value: string, at: number) => {
    const previous = fields.body;
    // Only a typed character that can end a mention is worth a second parse here.
    if (value.length === previous.length + 1 && ENDS_MENTION.test(value[at - 1] ?? '')) {
      const mention = justFinishedMention(previous, value, at, parseNote(value, { now: parseAt(), dismissed, contactTypes }));
      const named = mention ? exactMention(directory.children, directory.people, mention.query) : null;
      if (mention && named) {
        applyEdit(removeAt(value, mention.start, at), named);
        return;
      }
    }
    update((f) => ({ ...f, body: value }));
    setCaret(at);
  };

  const autocomplete = useMentionAutocomplete(
    idPrefix,
    fields.body,
    caret,
    parsed,
    directory.children,
    directory.people,
    applyEdit,
    newPerson.start,
  );

  const templates = useTemplateInsert({
    textareaRef,
    body: fields.body,
    link: fields.template,
    apply: (body, template, caret) => {
      update((f) => ({ ...f, body, template }));
      if (caret !== null) pendingCaret.current = caret;
      focusNote();
    },
    focusNote,
    announce,
  });

  const save = async () => {
    if (saving) return;
    const sent = fieldsRef.current;
    if (sent.body.trim() === '') {
      setErrors([{ fieldId: inputId, message: 'Write something before saving' }]);
      return;
    }
    setSaving(true);
    clear();
    autosave.cancel();
    const structure = noteStructure(parsed, sent.children, sent.people, templates.linkToSave);
    const result = await call('saveNote', { id: sent.id, body: sent.body, structure });
    setSaving(false);
    if (result.ok) {
      setErrors([]);
      // Anything typed while the save was in flight stays in the box, as the start of the next note.
      const now = fieldsRef.current.body;
      draft.startNew(now.startsWith(sent.body) ? now.slice(sent.body.length).trimStart() : now === sent.body ? '' : now);
      onSaved(result.value);
      onDraftsChanged?.();
      announce(savedMessage(result.value));
      focusNote();
      return;
    }
    // Another note already has this id (finalised elsewhere): keep the text under a fresh id.
    if (result.error.code === 'CONFLICT') update((f) => ({ ...f, id: newNoteId() }));
    setErrors([{ fieldId: inputId, message: result.error.message }]);
  };

  const discard = async () => {
    const id = fieldsRef.current.id;
    await autosave.flush(); // a save still in flight must land first, or it would bring the draft back
    const result = await call('discardDraft', { id });
    if (!result.ok) {
      setErrors([{ message: result.error.message }]);
      return;
    }
    draft.startNew();
    onDraftsChanged?.();
    announce('Draft discarded');
    focusNote();
  };

  const markThirdPartySelection = useThirdPartyMark(
    textareaRef,
    () => fieldsRef.current.body,
    (body) => update((f) => ({ ...f, body })),
    announce,
  );

  const onRootKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Enter' && hasCommandModifier(event)) {
      event.preventDefault();
      void save();
    }
  };

  const onTextKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (isMarkThirdPartyKey(event)) {
      event.preventDefault();
      markThirdPartySelection();
      return;
    }
    if (answers.onAltKey(event) || templates.onKeyDown(event)) return;
    autocomplete.onKeyDown(event);
  };

  // Focus leaving the composer (to the nav, a dialog, another window) saves the draft at once.
  const onRootBlur = (event: FocusEvent<HTMLDivElement>) => {
    if (!rootRef.current?.contains(event.relatedTarget as Node | null)) void autosave.flush();
  };

  const altHelpId = `${idPrefix}-alt-keys`;
  // The new-person dialog sits outside the composer, so its keys (Ctrl+Enter, Esc) stay its own.
  return (
    <>
      <div ref={rootRef} className="composer" onKeyDown={onRootKeyDown} onBlur={onRootBlur}>
        <ErrorSummary errors={errors} moveFocus={false} />
        <NoteInput
          id={inputId}
          value={fields.body}
          hint={`${modifierLabel}+Enter saves. Everything you type is kept as a draft.`}
          error={errorFor(errors, inputId)}
          describedBy={fields.children.length > 0 ? altHelpId : undefined}
          keyShortcuts={`${modifierAria}+Enter ${modifierAria}+Shift+M Alt+S Alt+A Alt+N Alt+T`}
          rows={rows}
          autocomplete={autocomplete}
          onChange={onChange}
          onCaret={setCaret}
          onKeyDown={onTextKeyDown}
          textareaRef={textareaRef}
        />
        <RecognisedChips
          idPrefix={idPrefix}
          parsed={parsed}
          children={fields.children}
          nameOf={nameOf}
          child={answers.actions}
          people={fields.people.map((personId) => ({ personId, name: personNameOf(personId) }))}
          onRemovePerson={(personId) => {
            update((f) => ({ ...f, people: f.people.filter((p) => p !== personId) }));
            announce(`${personNameOf(personId)} unlinked`);
          }}
          onDismiss={(key, what) => {
            update((f) => ({ ...f, dismissed: f.dismissed.includes(key) ? f.dismissed : [...f.dismissed, key] }));
            announce(`${what} removed`);
          }}
          focusNote={focusNote}
          onChildFocusChange={setChildFocused}
          now={new Date()}
        />
        <ComposerTools onMarkThirdParty={markThirdPartySelection} templates={templates.tools} />
        <ChildKeysHelp id={altHelpId} linked={fields.children.length > 0} chipFocused={childFocused} />
        <ComposerActions
          idPrefix={idPrefix}
          saveLabel={saveLabel}
          saving={saving}
          onSave={() => void save()}
          hasDraft={hasDraft}
          onDiscard={discard}
          autosave={autosave.state}
          status={status}
          extra={extraActions}
        />
      </div>
      {newPerson.dialog}
    </>
  );
}
