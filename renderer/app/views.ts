import type { CaseSummary } from '../../preload/contract/channels';

/** What the unlocked shell shows. `serial` remounts a screen opened again with new arguments. */
export type View =
  | { name: 'cases'; returnTo: string | null }
  | {
      name: 'case';
      caseId: string;
      /** Known when opened from the case list; otherwise the page loads it. */
      summary: CaseSummary | null;
      focusNoteId: string | null;
      draftId: string | null;
      serial: number;
    }
  /** A child's chronology (their family's too, from there). */
  | { name: 'chronology'; caseId: string }
  /** The conference packs of a child's family: the list, or one pack in the builder. */
  | { name: 'packs'; caseId: string; packId: string | null; serial: number }
  | { name: 'inbox'; focusNoteId: string | null; serial: number }
  | { name: 'drafts' }
  | { name: 'settings' };

export type Section = 'cases' | 'inbox' | 'drafts' | 'settings';

/**
 * Where the practitioner was, kept across a lock so unlocking returns them there (a timed-out session
 * should not cost their place). Ids only: no names or text survive the lock in the renderer.
 */
export interface ShellPlace {
  view: View;
  quickNote: boolean;
}

export function placeOf(view: View, quickNote: boolean): ShellPlace {
  const kept: View = view.name === 'case' ? { ...view, summary: null, draftId: null } : view;
  return { view: kept, quickNote };
}

export function sectionOf(view: View): Section {
  return view.name === 'case' || view.name === 'chronology' || view.name === 'packs' ? 'cases' : view.name;
}
