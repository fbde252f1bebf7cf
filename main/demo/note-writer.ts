/**
 * Composes the text of one demo note from the templates and the family's own sentences. A note reads
 * like a practitioner's record: what kind of contact, who was present, whether the child was seen (and
 * alone), what happened, the child's own words in quotes, what is going well, worries, analysis, actions.
 * Not every note has every section — real notes don't, and the app never demands them.
 */
import type { DemoChild, DemoContact, DemoFamily, NoteKind } from './families';
import type { Rng } from './prng';
import {
  CORRESPONDENCE,
  DIRECT_WORK,
  GENERIC_ACTIONS,
  HOME_VISIT,
  MEETING,
  OBSERVATION,
  OBSERVED,
  OFFICE_VISIT,
  PHONE_CALL,
  SCHOOL_VISIT,
  SECTION,
  VOICE_LEADS,
  WHEN,
  WHEN_CHILD_PROTECTION,
  type AgeBand,
} from './note-templates';
import { Decks, fill, joinNames, type Vars } from './template-fill';

export interface NoteRequest {
  family: DemoFamily;
  child: DemoChild;
  /** The child's age in months on the day of the note. */
  ageMonths: number;
  kind: NoteKind;
}

/** Children start to be quoted at about two and a half; before that the note says what was seen. */
const TALKING_FROM_MONTHS = 30;

export function ageBand(ageMonths: number): AgeBand {
  if (ageMonths < 12) return 'baby';
  if (ageMonths < 42) return 'toddler';
  if (ageMonths < 144) return 'child';
  return 'teen';
}

export function isTalking(child: DemoChild, ageMonths: number): boolean {
  return child.voice.length > 0 && ageMonths >= TALKING_FROM_MONTHS;
}

/** The kind actually written: a kind this child cannot have this month falls back to a home visit. */
export function feasibleKind(req: NoteRequest): NoteKind {
  const band = ageBand(req.ageMonths);
  const { kind, child, family } = req;
  if (kind === 'school-visit' && (child.setting === null || band === 'baby')) return 'home-visit';
  if (kind === 'direct-work' && (band === 'baby' || band === 'toddler' || !isTalking(child, req.ageMonths))) return 'home-visit';
  if ((kind === 'observation' || kind === 'office-visit') && !family.familyTime) return 'home-visit';
  if (kind === 'office-visit' && band !== 'teen') return 'home-visit';
  return kind;
}

export class NoteWriter {
  private readonly decks: Decks;

  constructor(private readonly rng: Rng) {
    this.decks = new Decks(rng);
  }

  write(req: NoteRequest): string {
    const kind = feasibleKind(req);
    const vars = this.varsFor(req);
    const lines = this.linesFor(kind, req, vars);
    // Blank lines separate sections; collapse runs so optional sections leave no gaps.
    return lines.join('\n').replace(/\n{3,}/gu, '\n\n').trim();
  }

  private linesFor(kind: NoteKind, req: NoteRequest, vars: Vars): string[] {
    switch (kind) {
      case 'home-visit':
        return this.homeVisit(req, vars);
      case 'school-visit':
        return this.schoolVisit(req, vars);
      case 'phone-call':
        return this.phoneCall(req, vars);
      case 'meeting':
        return this.meeting(req, vars);
      case 'direct-work':
        return this.directWork(req, vars);
      case 'observation':
        return this.observation(req, vars);
      case 'office-visit':
        return [this.one('office', OFFICE_VISIT, vars), '', ...this.voice(req, vars), '', ...this.actions(req, vars, 1)];
      case 'correspondence': {
        const talking = ageBand(req.ageMonths) !== 'baby' && isTalking(req.child, req.ageMonths);
        const pool = talking && this.rng.chance(0.25) ? CORRESPONDENCE.toChild : CORRESPONDENCE.any;
        return [this.one('correspondence', pool, vars)];
      }
    }
  }

  private homeVisit(req: NoteRequest, vars: Vars): string[] {
    const band = ageBand(req.ageMonths);
    const talking = isTalking(req.child, req.ageMonths) && band !== 'toddler';
    const announced = this.rng.chance(0.8);
    const seen = !talking
      ? this.one('seen-young', HOME_VISIT.seenYoung, vars)
      : this.rng.chance(0.85)
        ? this.one('seen-alone', HOME_VISIT.seenAlone, vars)
        : this.one('seen-not-alone', HOME_VISIT.seenNotAlone, vars);
    return [
      announced ? HOME_VISIT.heading.announced : HOME_VISIT.heading.unannounced,
      fill(HOME_VISIT.present, { everyone: joinNames([...req.family.carers, ...req.family.children.map((c) => c.firstName)]) })!,
      seen,
      this.one('bedroom', HOME_VISIT.bedroom, vars),
      '',
      announced ? this.one('home-announced', HOME_VISIT.announced, vars) : this.one('home-unannounced', HOME_VISIT.unannounced, vars),
      this.one(`observed:${req.child.firstName}:${band}`, OBSERVED[band], vars),
      '',
      ...this.voice(req, vars, 0.85),
      '',
      ...this.sections(req, vars, { strength: 0.8, worry: 0.7, analysis: 0.5 }),
      '',
      ...this.actions(req, vars, this.rng.int(1, 3)),
    ];
  }

  private schoolVisit(req: NoteRequest, vars: Vars): string[] {
    const actual = ageBand(req.ageMonths);
    const band: Exclude<AgeBand, 'baby'> = actual === 'baby' ? 'toddler' : actual;
    const young = band === 'toddler';
    const school = req.family.contacts.find((c) => c.org === req.child.setting);
    if (school) vars = { ...vars, contactName: school.name, contactRole: school.role, contactOrg: school.org };
    return [
      this.one('school-opening', SCHOOL_VISIT.openings, vars),
      this.one(young ? 'school-seen-young' : 'school-seen', young ? SCHOOL_VISIT.seenYoung : SCHOOL_VISIT.seen, vars),
      '',
      this.one(`school-observed:${band}`, SCHOOL_VISIT.observed[band], vars),
      this.one(`school-update:${band}`, SCHOOL_VISIT.updates[band], vars),
      '',
      ...this.voice(req, vars, 0.8),
      '',
      ...this.actions(req, vars, this.rng.int(0, 2)),
    ];
  }

  private phoneCall(req: NoteRequest, vars: Vars): string[] {
    const withContact = this.rng.chance(0.7);
    const withVars: Vars = { ...vars, worry: this.decks.draw(`worry:${req.family.key}`, req.family.worries) };
    return withContact
      ? [fill(PHONE_CALL.withContact, vars)!, '', this.one('phone-contact', PHONE_CALL.contactLines, withVars), '', ...this.actions(req, vars, this.rng.int(0, 1))]
      : [fill(PHONE_CALL.withCarer, vars)!, '', this.one('phone-carer', PHONE_CALL.carerLines, withVars)];
  }

  private meeting(req: NoteRequest, vars: Vars): string[] {
    const { family } = req;
    const professionals = this.rng.sample(family.contacts, Math.min(3, family.contacts.length)).map((c) => c.name);
    const quote = isTalking(req.child, req.ageMonths) ? this.quote(req.child) : undefined;
    const views = quote ? fill(MEETING.childViews, { ...vars, quote })! : fill(MEETING.childViewsYoung, vars)!;
    return [
      MEETING.names[family.plan],
      fill(MEETING.present, { everyone: joinNames([...family.carers, ...professionals, 'me']) })!,
      '',
      this.one('meeting-line', MEETING.lines, vars),
      '',
      ...this.sections(req, vars, { strength: 1, worry: 1, analysis: 0 }),
      views,
      '',
      this.one(`decision:${family.plan}`, MEETING.decisions[family.plan], vars),
      '',
      ...this.actions(req, vars, this.rng.int(2, 3)),
    ];
  }

  private directWork(req: NoteRequest, vars: Vars): string[] {
    const teen = ageBand(req.ageMonths) === 'teen';
    return [
      fill(DIRECT_WORK.heading, vars)!,
      '',
      this.one(teen ? 'dw-teen' : 'dw-child', teen ? DIRECT_WORK.teen : DIRECT_WORK.child, vars),
      ...this.voice(req, vars, 1),
      this.rng.chance(0.6) ? fill(DIRECT_WORK.scale, { ...vars, scale: String(this.rng.int(4, 9)) })! : '',
      '',
      this.one('dw-reflection', DIRECT_WORK.reflection, vars),
    ];
  }

  private observation(req: NoteRequest, vars: Vars): string[] {
    const pool = ageBand(req.ageMonths) === 'teen' ? OBSERVATION.teen : OBSERVATION.young;
    return [
      fill(OBSERVATION.heading, vars)!,
      '',
      ...this.rng.sample(pool, 2).map((t) => fill(t, vars)!),
      this.one('obs-ending', OBSERVATION.ending, vars),
      '',
      ...this.voice(req, vars, 0.5),
      '',
      ...this.sections(req, vars, { strength: 0.3, worry: 0.3, analysis: 0 }),
    ];
  }

  // ---- shared sections ---------------------------------------------------------------------------

  private voice(req: NoteRequest, vars: Vars, probability = 1): string[] {
    if (!isTalking(req.child, req.ageMonths) || !this.rng.chance(probability)) return [];
    return [this.one('voice-lead', VOICE_LEADS, { ...vars, quote: this.quote(req.child) })];
  }

  private quote(child: DemoChild): string {
    return this.decks.draw(`voice:${child.firstName}`, child.voice);
  }

  private sections(req: NoteRequest, vars: Vars, p: { strength: number; worry: number; analysis: number }): string[] {
    const { family } = req;
    const out: string[] = [];
    if (this.rng.chance(p.strength)) out.push(fill(SECTION.strength, { strength: this.decks.draw(`strength:${family.key}`, family.strengths) })!);
    if (this.rng.chance(p.worry)) out.push(fill(SECTION.worry, { worry: this.decks.draw(`worry:${family.key}`, family.worries) })!);
    if (this.rng.chance(p.analysis)) out.push(fill(SECTION.analysis, { analysis: this.decks.draw(`analysis:${family.key}`, family.analysis) })!);
    return out;
  }

  private actions(req: NoteRequest, vars: Vars, count: number): string[] {
    if (count <= 0) return [];
    const lines: string[] = [];
    for (let i = 0; i < count; i++) {
      // Mostly the family's own actions; now and then a routine one (next visit, supervision).
      const own = this.rng.chance(0.75);
      const template = own ? this.decks.draw(`action:${req.family.key}`, req.family.actions) : this.decks.draw('action:generic', GENERIC_ACTIONS);
      const line = fill(template, { ...vars, when: this.when(req.family) });
      if (line && !lines.includes(`- ${line}`)) lines.push(`- ${line}`);
    }
    return lines.length ? [SECTION.actions, ...lines] : [];
  }

  private when(family: DemoFamily): string {
    const choices: readonly string[] = family.plan === 'child-protection' ? [...WHEN, WHEN_CHILD_PROTECTION] : WHEN;
    return this.rng.pick(choices);
  }

  private one(key: string, templates: readonly string[], vars: Vars): string {
    const text = this.decks.drawFilled(key, templates, vars);
    if (text === null) throw new Error(`No demo template for ${key} fits this note`);
    return text;
  }

  private varsFor(req: NoteRequest): Vars {
    const { family, child } = req;
    const he = child.pronoun === 'he';
    const contact = this.contactFor(family, child);
    const siblings = family.children.filter((c) => c !== child).map((c) => c.firstName);
    return {
      child: child.firstName,
      he: he ? 'he' : 'she',
      He: he ? 'He' : 'She',
      his: he ? 'his' : 'her',
      His: he ? 'His' : 'Her',
      him: he ? 'him' : 'her',
      carer1: family.carers[0],
      carers: joinNames(family.carers),
      siblings: siblings.length ? joinNames(siblings) : undefined,
      home: family.home,
      setting: child.setting ?? undefined,
      like: this.decks.draw(`like:${child.firstName}`, child.likes),
      contactName: contact.name,
      contactRole: contact.role,
      contactOrg: contact.org,
      ftName: family.familyTime?.name,
      ftRelation: family.familyTime?.relation,
      ftPlace: family.familyTime?.place,
      attendance: String(this.rng.int(86, 98)),
    };
  }

  /** A contact for this note: the child's own school or nursery is the likeliest; never a sibling's school. */
  private contactFor(family: DemoFamily, child: DemoChild): DemoContact {
    const siblingSettings = family.children.filter((c) => c !== child).map((c) => c.setting);
    const candidates = family.contacts.filter((c) => c.org === child.setting || !siblingSettings.includes(c.org));
    const school = family.contacts.find((c) => c.org === child.setting);
    if (school && this.rng.chance(0.35)) return school;
    return this.decks.draw(`contact:${family.key}:${child.firstName}`, candidates);
  }
}
