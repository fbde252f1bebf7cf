/**
 * The children a note is about and the per-child visit answers (seen / seen alone / not seen with an
 * optional reason, bedroom seen). Unlike dates and tags, these cannot be re-derived from the text, so
 * they live in the draft's state and are the only source of truth for who the note concerns.
 * Every answer starts unanswered: the app never records "seen" on the practitioner's behalf.
 */

export type Seen = 'seen' | 'seen-alone' | 'not-seen';

export interface ChildAnswer {
  caseId: string;
  seen: Seen | null;
  notSeenReason: string | null;
  bedroomSeen: boolean | null;
}

export function blankAnswer(caseId: string): ChildAnswer {
  return { caseId, seen: null, notSeenReason: null, bedroomSeen: null };
}

const SEEN_VALUES: ReadonlySet<string> = new Set(['seen', 'seen-alone', 'not-seen']);

/** Answers read back from a stored draft (whose `seen` is typed as any string). */
export function answersFromDraft(
  children: ReadonlyArray<{ caseId: string; seen: string | null; notSeenReason: string | null; bedroomSeen: boolean | null }>,
): ChildAnswer[] {
  return children.map((c) => ({
    caseId: c.caseId,
    seen: c.seen !== null && SEEN_VALUES.has(c.seen) ? (c.seen as Seen) : null,
    notSeenReason: c.notSeenReason,
    bedroomSeen: c.bedroomSeen,
  }));
}

/** Sets a child's answer; giving the answer it already has clears it (so a stray key is undone the same way). */
export function withSeen(children: readonly ChildAnswer[], caseId: string, seen: Seen): ChildAnswer[] {
  return children.map((c) => {
    if (c.caseId !== caseId) return c;
    const next = c.seen === seen ? null : seen;
    // The reason belongs to "not seen" only; keep it while the answer is not seen, drop it otherwise.
    return { ...c, seen: next, notSeenReason: next === 'not-seen' ? c.notSeenReason : null };
  });
}

/** Bedroom seen is recorded only when it was (alternate visits): B switches between "seen" and not recorded. */
export function withBedroomToggled(children: readonly ChildAnswer[], caseId: string): ChildAnswer[] {
  return children.map((c) => (c.caseId === caseId ? { ...c, bedroomSeen: c.bedroomSeen === true ? null : true } : c));
}

export function withReason(children: readonly ChildAnswer[], caseId: string, reason: string): ChildAnswer[] {
  return children.map((c) => (c.caseId === caseId ? { ...c, notSeenReason: reason === '' ? null : reason } : c));
}

export function withChild(children: readonly ChildAnswer[], caseId: string): ChildAnswer[] {
  return children.some((c) => c.caseId === caseId) ? [...children] : [...children, blankAnswer(caseId)];
}

export function withoutChild(children: readonly ChildAnswer[], caseId: string): ChildAnswer[] {
  return children.filter((c) => c.caseId !== caseId);
}

/**
 * Who an answer typed from the note box (Alt+S / Alt+A / Alt+N) is for: the first child still without
 * an answer, in chip order; with a single child, that child (so a wrong answer can be changed in place).
 * Null when several children all have answers: those are changed on their own chips.
 */
export function childToAnswer(children: readonly ChildAnswer[]): string | null {
  const open = children.find((c) => c.seen === null);
  if (open) return open.caseId;
  return children.length === 1 ? (children[0]?.caseId ?? null) : null;
}

const SEEN_WORDS: Record<Seen, string> = { seen: 'seen', 'seen-alone': 'seen alone', 'not-seen': 'not seen' };

/** "seen alone, bedroom seen" / "not answered". */
export function answerWords(answer: ChildAnswer): string {
  const parts = [answer.seen ? SEEN_WORDS[answer.seen] : 'not answered'];
  if (answer.bedroomSeen === true) parts.push('bedroom seen');
  return parts.join(', ');
}
