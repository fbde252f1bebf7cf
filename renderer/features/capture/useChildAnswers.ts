/**
 * Per-child visit answers, set from a child's chip (S / A / N / B / Delete) or straight from the note
 * box with Alt+S / Alt+A / Alt+N, which answer for the next child without an answer, so a family visit
 * can be recorded without leaving the text. Each change is read out ("Leo Khan: seen").
 */
import type { KeyboardEvent } from 'react';
import {
  answerWords,
  childToAnswer,
  withBedroomToggled,
  withoutChild,
  withReason,
  withSeen,
  type ChildAnswer,
  type Seen,
} from './child-answers';
import type { ChildActions } from './RecognisedChips';
import type { DraftFields } from './useComposerDraft';

const ALT_KEYS: Record<string, Seen> = { KeyS: 'seen', KeyA: 'seen-alone', KeyN: 'not-seen' };

export function useChildAnswers(
  update: (change: (f: DraftFields) => DraftFields) => void,
  children: readonly ChildAnswer[],
  nameOf: (caseId: string) => string,
  announce: (text: string) => void,
) {
  const change = (next: ChildAnswer[], caseId: string) => {
    update((f) => ({ ...f, children: next }));
    const answer = next.find((c) => c.caseId === caseId);
    if (answer) announce(`${nameOf(caseId)}: ${answerWords(answer)}`);
  };

  const actions: ChildActions = {
    seen: (caseId, seen) => change(withSeen(children, caseId, seen), caseId),
    clear: (caseId) => change(children.map((c) => (c.caseId === caseId ? { ...c, seen: null, notSeenReason: null } : c)), caseId),
    bedroom: (caseId) => change(withBedroomToggled(children, caseId), caseId),
    // Typing a reason is not announced: the practitioner is looking at it.
    reason: (caseId, reason) => update((f) => ({ ...f, children: withReason(f.children, caseId, reason) })),
    remove: (caseId) => {
      update((f) => ({ ...f, children: withoutChild(f.children, caseId) }));
      announce(`${nameOf(caseId)} unlinked`);
    },
  };

  /** Alt+S / Alt+A / Alt+N in the note box. Uses the physical key, so Option on a Mac works too. */
  const onAltKey = (event: KeyboardEvent): boolean => {
    const seen = ALT_KEYS[event.code];
    if (!seen || !event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return false;
    event.preventDefault();
    const caseId = childToAnswer(children);
    if (caseId) actions.seen(caseId, seen);
    else if (children.length === 0) announce('No child is linked yet. Type @ and a name to link one.');
    else announce('Every child has an answer. Change one on its chip.');
    return true;
  };

  return { actions, onAltKey };
}
