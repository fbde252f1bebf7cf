/**
 * What the rules read about one child, gathered from the store by the timescale repository. Plain
 * data, so the engine is pure and is tested with hand-worked cases. Dates are UK calendar dates.
 */
export interface StatusPeriod {
  id: string;
  status: string;
  startedOn: string;
  endedOn: string | null;
  permanent: boolean | null;
}

/** A note linked to this child. */
export interface Contact {
  noteId: string;
  /** The UK date the contact happened (the note's contact date, else when it was written). */
  on: string;
  /** When it was contacted, as an instant, if the note says (for hour-based recording rules). */
  contactAt: string | null;
  /** When the note was saved (instant). */
  writtenAt: string;
  contactType: string | null;
  seen: 'seen' | 'seen-alone' | 'not-seen' | null;
  significant: boolean;
}

export interface PlannedFact {
  id: string;
  event: string;
  plannedOn: string;
}

/** A draft not yet saved as a note: the "unwritten" nudge. */
export interface DraftFact {
  id: string;
  /** When it was started (instant) and the contact it is about, if its text gave one. */
  startedAt: string;
  contactAt: string | null;
  contactType: string | null;
  significant: boolean;
  /** Any child answered seen / seen alone: it is a visit note. */
  isVisit: boolean;
}

export interface CaseFacts {
  caseId: string;
  childName: string;
  statuses: StatusPeriod[];
  contacts: Contact[];
  planned: PlannedFact[];
  /** UK dates of exports made for the family that included this child. */
  familyExports: string[];
  drafts: DraftFact[];
}

export interface Decision {
  decision: 'snoozed' | 'not-applicable' | 'reopened';
  reason: string;
  untilOn: string | null;
  decidedAt: string;
}
