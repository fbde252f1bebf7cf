/**
 * The shape of the demo's invented families. Everything in these files is fiction written for training:
 * names, places, schools and professionals are made up, and the content is kept plain and non-graphic,
 * written the way a practitioner would want the child to read it one day.
 */
export type PlanKind = 'child-protection' | 'child-in-need' | 'looked-after';

/** Kinds of contact a practitioner records (DOMAIN.md: visit, school visit, phone call, meeting, ...). */
export type NoteKind =
  | 'home-visit'
  | 'school-visit'
  | 'phone-call'
  | 'meeting'
  | 'direct-work'
  | 'observation'
  | 'office-visit'
  | 'correspondence';

export interface DemoChild {
  firstName: string;
  surname: string;
  pronoun: 'he' | 'she';
  /** Age in months on the day the demo is built; dates of birth are counted back from then. */
  ageMonthsAtEnd: number;
  /** School or nursery, matching a contact's `org`; null while the child is at home all day. */
  setting: string | null;
  /** Things the child enjoys, phrased to follow "talked about" / "playing with". */
  likes: readonly string[];
  /** The child's own words, quoted as said. Used once the child is talking (about 2½ years and up). */
  voice: readonly string[];
  /** Invented reference in an obviously fake format, so nobody mistakes it for a council's. */
  caseReference: string;
}

export interface DemoContact {
  name: string;
  role: string;
  org: string;
}

export interface DemoFamily {
  key: string;
  /** First names of the adults at home, in the order they are usually named in a note. */
  carers: readonly string[];
  /** Each carer's relationship to the children, in the same order (the demo's people and family panel). */
  carerRoles: readonly ('mother' | 'father' | 'foster-carer')[];
  /** Carers' surname when it is not the children's (foster carers). */
  carerSurname?: string;
  /** Where home visits happen, as it reads after "I visited". */
  home: string;
  plan: PlanKind;
  contacts: readonly DemoContact[];
  /** Who the child spends supervised family time with, and where (observation notes); null if nobody. */
  familyTime: { name: string; relation: string; place: string } | null;
  children: readonly DemoChild[];
  /** Family-specific sentences; the note writer draws from them in turn so they repeat as little as possible. */
  worries: readonly string[];
  strengths: readonly string[];
  analysis: readonly string[];
  /** Actions may contain {when}; the writer fills it with a plain due date ("Friday", "the next visit"). */
  actions: readonly string[];
  /** When the case is open, in months before the demo's end (18 = the start of the demo period). */
  openMonthsBeforeEnd: number;
  closeMonthsBeforeEnd: number;
  /** Written as the last note when the case closes before the end of the period. */
  closingNote: string | null;
  noteCount: number;
  /** Relative weights of note kinds; kinds a child cannot have (school visit for a baby) fall back to a home visit. */
  kindWeights: Partial<Record<NoteKind, number>>;
}
