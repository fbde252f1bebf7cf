/**
 * The whole demo profile as data, before anything is written: which cases, and every note with its
 * text, case and time. Pure and deterministic — the same seed and end date always give the same plan —
 * so the seeding step only has to replay it through the app's own API.
 */
import { v7 as uuidv7 } from 'uuid';
import { DEMO_DISPLAY_NAME, DEMO_FAMILIES, type DemoChild, type DemoFamily, type NoteKind } from './families';
import { feasibleKind, NoteWriter } from './note-writer';
import { createRng, DEMO_SEED, type Rng } from './prng';
import { DAY_MS, isSchoolHoliday, MONTH_MS, monthsBefore, spreadWorkingTimes, wholeMonthsBetween } from './schedule';

export interface PlannedCase {
  key: string;
  /** The family the child belongs to (DemoFamily.key). */
  familyKey: string;
  childName: string;
  dateOfBirth: string;
  caseReference: string;
  /** When the case was opened: shortly before its family's first note. */
  openedAt: number;
}

export interface PlannedNote {
  /** UUIDv7 from the note's time and seeded bits, as the renderer would make one. */
  id: string;
  caseKey: string;
  at: number;
  body: string;
  /** The kind written (after feasibleKind); null for a case's closing note. */
  kind: NoteKind | null;
  /** The child's own words quoted in the body, as the practitioner would mark them. */
  voice: string[];
}

export interface DemoPlan {
  displayName: string;
  /** When the practitioner's profile was made: a day before the first case opened. */
  profileCreatedAt: number;
  cases: PlannedCase[];
  /** In the order they were written (oldest first). */
  notes: PlannedNote[];
}

export interface PlanOptions {
  /** The day the demo is built; the 18 months of notes end just before it. */
  now: Date;
  seed?: number;
}

const caseKey = (child: DemoChild) => `${child.firstName} ${child.surname}`;

function dateOfBirth(rng: Rng, end: number, child: DemoChild): string {
  const born = end - child.ageMonthsAtEnd * MONTH_MS - rng.int(0, 27) * DAY_MS;
  return new Date(born).toISOString().slice(0, 10);
}

function pickKind(rng: Rng, weights: DemoFamily['kindWeights']): NoteKind {
  const entries = Object.entries(weights) as Array<[NoteKind, number]>;
  let roll = rng.next() * entries.reduce((sum, [, w]) => sum + w, 0);
  for (const [kind, weight] of entries) {
    roll -= weight;
    if (roll < 0) return kind;
  }
  return entries.at(-1)![0];
}

function planFamily(rng: Rng, writer: NoteWriter, family: DemoFamily, end: number) {
  const noteEnd = end - DAY_MS;
  const times = spreadWorkingTimes(
    rng,
    monthsBefore(end, family.openMonthsBeforeEnd),
    family.closeMonthsBeforeEnd > 0 ? monthsBefore(end, family.closeMonthsBeforeEnd) : noteEnd,
    family.noteCount,
  );
  const openedAt = times[0]! - rng.int(1, 3) * DAY_MS;
  const cases: PlannedCase[] = family.children.map((child) => ({
    key: caseKey(child),
    familyKey: family.key,
    childName: caseKey(child),
    dateOfBirth: dateOfBirth(rng, end, child),
    caseReference: child.caseReference,
    openedAt,
  }));
  // Children take turns in a shuffled order, so each child's record grows at about the same pace.
  let turn = rng.int(0, family.children.length - 1);
  const notes: PlannedNote[] = times.map((at, i) => {
    const child = family.children[turn++ % family.children.length]!;
    const closing = family.closingNote !== null && i === times.length - 1;
    const picked = pickKind(rng, family.kindWeights);
    const kind = picked === 'school-visit' && isSchoolHoliday(at) ? 'home-visit' : picked;
    const ageMonths = child.ageMonthsAtEnd - wholeMonthsBetween(at, end);
    const request = { family, child, ageMonths, kind };
    const body = closing ? family.closingNote! : writer.write(request);
    const voice = child.voice.filter((quote) => body.includes(quote));
    const written = closing ? null : feasibleKind(request);
    return { id: uuidv7({ msecs: at, random: rng.bytes(16) }), caseKey: caseKey(child), at, body, kind: written, voice };
  });
  return { cases, notes };
}

export function planDemo(options: PlanOptions): DemoPlan {
  const rng = createRng(options.seed ?? DEMO_SEED);
  const writer = new NoteWriter(rng);
  const end = options.now.getTime();
  const cases: PlannedCase[] = [];
  const notes: PlannedNote[] = [];
  for (const family of DEMO_FAMILIES) {
    const planned = planFamily(rng, writer, family, end);
    cases.push(...planned.cases);
    notes.push(...planned.notes);
  }
  notes.sort((a, b) => a.at - b.at || a.id.localeCompare(b.id));
  const firstOpened = Math.min(...cases.map((c) => c.openedAt));
  return { displayName: DEMO_DISPLAY_NAME, profileCreatedAt: firstOpened - DAY_MS, cases, notes };
}
