/**
 * The note being written, as one draft: its id (made once, reused on every retry and becoming the
 * note's id), its text, the children linked with their answers, other people linked, and the chips
 * removed. On mount it
 * restores the most recent draft for its place (the case, or quick notes), unless the practitioner has
 * already started typing (their new words win; the older draft stays in the Drafts list).
 */
import { useCallback, useRef, useState } from 'react';
import type { Draft } from '../../../preload/contract/channels';
import { call } from '../../api';
import { useAnswer } from '../../lib/useAnswer';
import type { DraftSnapshot } from '../drafts/useDraftAutosave';
import { newNoteId } from '../notes/uuidv7';
import type { TemplateLink } from '../templates/template-text';
import { answersFromDraft, blankAnswer, type ChildAnswer } from './child-answers';

export interface ComposerPlace {
  /** The draft's place: the case page's case, or null for a quick note. */
  caseId: string | null;
  /** Linked when a new note starts (the case page's own child); removable like any other. */
  defaultChildIds: readonly string[];
}

export interface DraftFields {
  id: string;
  body: string;
  children: ChildAnswer[];
  /** Other people linked by @name (person ids). */
  people: string[];
  dismissed: string[];
  /** The template inserted (features/templates): kept with the draft, so a restored note still has it. */
  template: TemplateLink | null;
  /**
   * The moment relative dates ("yesterday") are read from. Null: now. A draft restored on a later day
   * keeps the day it was started, so "yesterday" still means the day before it was written.
   */
  anchor: Date | null;
}

function fresh(place: ComposerPlace, body = ''): DraftFields {
  return { id: newNoteId(), body, children: place.defaultChildIds.map(blankAnswer), people: [], dismissed: [], template: null, anchor: null };
}

function sameLocalDay(a: Date, b: Date): boolean {
  return a.getFullYear() === b.getFullYear() && a.getMonth() === b.getMonth() && a.getDate() === b.getDate();
}

function fromDraft(draft: Draft): DraftFields {
  const started = new Date(draft.createdAt);
  return {
    id: draft.id,
    body: draft.body,
    children: answersFromDraft(draft.state.children),
    people: [...draft.state.people],
    dismissed: [...draft.state.dismissed],
    template: draft.state.template,
    anchor: Number.isNaN(started.getTime()) || sameLocalDay(started, new Date()) ? null : started,
  };
}

/** Blank text and no answers: nothing anyone would miss, so nothing is stored. */
export function snapshotOf(fields: DraftFields, place: ComposerPlace): DraftSnapshot {
  const blank = fields.body.trim() === '' && fields.children.every((c) => c.seen === null && c.bedroomSeen === null);
  return { ...fields, caseId: place.caseId, blank };
}

export function useComposerDraft(
  place: ComposerPlace,
  /** Continue this draft instead of the most recent one. */
  draftId: string | null,
  onRestored: (fields: DraftFields) => void,
) {
  const [fields, setFields] = useState<DraftFields>(() => fresh(place));
  const [restored, setRestored] = useState(false);
  const touched = useRef(false);
  const placeRef = useRef(place);

  // Once per mount: the composer is remounted (new key) to continue a different draft. Typing before
  // the answer wins: the draft is not put over what was typed.
  useAnswer(
    () => call('listDrafts', { caseId: placeRef.current.caseId }),
    (result) => {
      if (touched.current || !result.ok) return;
      const draft = draftId ? result.value.find((d) => d.id === draftId) : result.value[0];
      if (!draft) return;
      const loaded = fromDraft(draft);
      setFields(loaded);
      setRestored(true);
      onRestored(loaded);
    },
    [],
  );

  const update = useCallback((change: (current: DraftFields) => DraftFields) => {
    touched.current = true;
    setFields(change);
  }, []);

  /** After a save: a new id; anything typed while the save was in flight stays in the box. */
  const startNew = useCallback((body = '') => {
    setFields(fresh(placeRef.current, body));
    setRestored(false);
  }, []);

  return { fields, update, startNew, restored };
}
