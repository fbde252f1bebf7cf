/** Conference timescales, reports before conferences, the unwritten-notes nudge and decisions. */
import { describe, expect, it } from 'vitest';
import type { Decision } from '../../../main/timescales/case-facts';
import { child, due, note, onlyRules } from './engine-fixture';

const strategy = (on: string) => note(on, { contactType: 'strategy-discussion' });
const conference = (on: string) => note(on, { contactType: 'initial-conference' });
const review = (on: string) => note(on, { contactType: 'review-conference' });
const plan = (startedOn: string, endedOn: string | null = null) => ({ id: 'plan', status: 'child-protection-plan', startedOn, endedOn, permanent: null });

describe('follow-ups', () => {
  it('initial conference within 15 working days of the strategy discussion, across Easter', () => {
    // Mon 22 Mar 2027; Good Friday 26 and Easter Monday 29 March are not working days in England.
    const discussion = strategy('2027-03-22');
    const [item] = due([child({ contacts: [discussion] })], '2027-03-23', { pack: onlyRules('initial-conference') });
    expect(item).toMatchObject({ kind: 'follow-up', dueOn: '2027-04-14', state: 'upcoming', evidenceNoteId: discussion.noteId });
    expect(item!.evidence).toBe('Strategy discussion Mon 22 Mar 2027; no initial child protection conference recorded since');
    // Scotland keeps Easter Monday as a working day: one day earlier.
    expect(due([child({ contacts: [discussion] })], '2027-03-23', { pack: onlyRules('initial-conference'), nation: 'scotland' })[0]!.dueOn).toBe('2027-04-13');
  });

  it('met when the conference note is written, and a later strategy discussion starts a new clock', () => {
    const held = conference('2027-04-12');
    const met = due([child({ contacts: [strategy('2027-03-22'), held] })], '2027-04-13', { pack: onlyRules('initial-conference') });
    expect(met).toEqual([expect.objectContaining({ state: 'met', evidenceNoteId: held.noteId, dueOn: '2027-04-14' })]);
    const again = due([child({ contacts: [strategy('2027-03-22'), held, strategy('2027-09-06')] })], '2027-09-07', { pack: onlyRules('initial-conference') });
    expect(again).toEqual([expect.objectContaining({ state: 'upcoming', dueOn: '2027-09-27' })]);
  });

  it('first review within 3 months of the initial conference, then every 6 months, while the plan lasts', () => {
    const rules = onlyRules('first-review', 'later-reviews');
    // 30 Nov 2027 + 3 months = 29 Feb 2028 (a leap year).
    const first = due([child({ statuses: [plan('2027-11-30')], contacts: [conference('2027-11-30')] })], '2027-12-01', { pack: rules });
    expect(first).toEqual([expect.objectContaining({ ruleId: 'first-review', dueOn: '2028-02-29' })]);
    const reviewed = review('2028-02-25');
    const later = due([child({ statuses: [plan('2027-11-30')], contacts: [conference('2027-11-30'), reviewed] })], '2028-02-26', { pack: rules });
    expect(later.map((i) => [i.ruleId, i.state, i.dueOn])).toEqual([
      ['later-reviews', 'upcoming', '2028-08-25'],
      ['first-review', 'met', '2028-02-29'],
    ]);
  });

  it('a second note of the same review does not count as the next review', () => {
    const sameDay = [review('2028-02-25'), review('2028-02-25')];
    const items = due([child({ statuses: [plan('2027-11-30')], contacts: [conference('2027-11-30'), ...sameDay] })], '2028-04-01', { pack: onlyRules('later-reviews') });
    expect(items).toEqual([expect.objectContaining({ state: 'upcoming', dueOn: '2028-08-25' })]);
  });

  it('reviews are not due once the plan has ended', () => {
    const facts = child({ statuses: [plan('2027-11-30', '2028-01-20')], contacts: [conference('2027-11-30')] });
    expect(due([facts], '2028-02-01', { pack: onlyRules('first-review', 'first-core-group') })).toEqual([]);
  });
});

describe('reports before a planned conference', () => {
  const planned = { id: 'planned-review', event: 'review-conference', plannedOn: '2027-01-15' };

  it('are due 5 working days before a review, and met by an export for the family', () => {
    const rules = onlyRules('report-before-review');
    const [open] = due([child({ planned: [planned] })], '2027-01-04', { pack: rules });
    expect(open).toMatchObject({ kind: 'report', dueOn: '2027-01-08', state: 'due' });
    expect(open!.evidence).toBe('Review child protection conference planned for Fri 15 Jan 2027');
    const [met] = due([child({ planned: [planned], familyExports: ['2027-01-07'] })], '2027-01-08', { pack: rules });
    expect(met).toMatchObject({ state: 'met' });
    expect(met!.evidence).toBe('Pack exported for the family Thu 7 Jan 2027; review child protection conference planned for Fri 15 Jan 2027');
  });
});

describe('unwritten notes', () => {
  it('a visit draft older than 2 working days shows, and a fresh one does not', () => {
    const draft = { id: 'd1', startedAt: '2026-12-23T10:00:00.000Z', contactAt: null, contactType: 'home-visit', significant: false, isVisit: true };
    const rules = onlyRules('record-visits', 'record-other');
    // 23 Dec + 2 working days (24, [25–28], 29) = 29 Dec.
    expect(due([child({ drafts: [draft] })], '2026-12-30', { pack: rules })).toEqual([
      expect.objectContaining({ kind: 'unwritten', ruleId: 'record-visits', state: 'overdue', dueOn: '2026-12-29' }),
    ]);
    expect(due([child({ drafts: [draft] })], '2026-12-23', { pack: rules })).toEqual([]);
  });

  it('a planned conference that has passed with no note of it shows', () => {
    const planned = { id: 'p', event: 'review-conference', plannedOn: '2027-01-15' };
    const [item] = due([child({ planned: [planned] })], '2027-01-25', { pack: onlyRules('record-other') });
    expect(item).toMatchObject({ kind: 'unwritten', dueOn: '2027-01-22', state: 'overdue' });
    expect(due([child({ planned: [planned], contacts: [review('2027-01-15')] })], '2027-01-25', { pack: onlyRules('record-other') })).toEqual([]);
  });
});

describe('decisions', () => {
  const facts = child({ statuses: [plan('2026-12-21')] });
  const key = 'cp-visit|case-amira|plan|start';
  const decide = (decision: Decision) => new Map([[key, decision]]);

  it('a snooze puts the item aside until its date, with the reason shown', () => {
    const snoozed = decide({ decision: 'snoozed', untilOn: '2027-01-12', reason: 'Family away; visit booked for 12 Jan', decidedAt: '2027-01-08T09:00:00Z' });
    expect(due([facts], '2027-01-10', { pack: onlyRules('cp-visit'), decisions: snoozed })[0]).toMatchObject({ state: 'snoozed', decision: { reason: 'Family away; visit booked for 12 Jan' } });
    expect(due([facts], '2027-01-13', { pack: onlyRules('cp-visit'), decisions: snoozed })[0]!.state).toBe('overdue');
  });

  it('not applicable stays aside; reopening brings it back', () => {
    const na = decide({ decision: 'not-applicable', untilOn: null, reason: 'Child in hospital', decidedAt: '2027-01-08T09:00:00Z' });
    expect(due([facts], '2027-01-10', { pack: onlyRules('cp-visit'), decisions: na })[0]!.state).toBe('not-applicable');
    const reopened = decide({ decision: 'reopened', untilOn: null, reason: 'Home again', decidedAt: '2027-01-09T09:00:00Z' });
    expect(due([facts], '2027-01-10', { pack: onlyRules('cp-visit'), decisions: reopened })[0]!.state).toBe('overdue');
  });
});
