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
  /** A child's record of access: who did what with their records, from the audit log. */
  | { name: 'access-record'; caseId: string }
  /** The conference packs of a child's family: the list, or one pack in the builder. */
  | { name: 'packs'; caseId: string; packId: string | null; serial: number }
  | { name: 'inbox'; focusNoteId: string | null; serial: number }
  | { name: 'drafts' }
  /** What the team's rules say is due across the caseload (advice, never a gate). */
  | { name: 'due' }
  | { name: 'settings' };

export type Section = 'cases' | 'due' | 'inbox' | 'drafts' | 'settings';

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
  return view.name === 'case' || view.name === 'chronology' || view.name === 'packs' || view.name === 'access-record' ? 'cases' : view.name;
}
