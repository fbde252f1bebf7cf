/** Visit rules against hand-worked cases: child protection plan visits and reg. 28 looked-after visits. */
import { describe, expect, it } from 'vitest';
import { child, due, note, onlyRules } from './engine-fixture';

const CP = onlyRules('cp-visit');
const LAC = onlyRules('lac-visit');

const plan = (startedOn: string, endedOn: string | null = null) => ({ id: 'plan-1', status: 'child-protection-plan', startedOn, endedOn, permanent: null });

describe('child protection visits (every 10 working days, seen alone expected)', () => {
  it('are first due 10 working days after the plan starts, counted over Christmas', () => {
    const [item] = due([child({ statuses: [plan('2026-12-21')] })], '2026-12-22', { pack: CP });
    expect(item).toMatchObject({ ruleId: 'cp-visit', kind: 'visit', state: 'upcoming', dueOn: '2027-01-07', evidenceNoteId: null });
    expect(item!.evidence).toBe('No visit recorded since “Child protection plan” started Mon 21 Dec 2026');
  });

  it('are a day later in Scotland, where 2 January is a bank holiday', () => {
    const [item] = due([child({ statuses: [plan('2026-12-21')] })], '2026-12-22', { pack: CP, nation: 'scotland' });
    expect(item!.dueOn).toBe('2027-01-08');
  });

  it('are overdue the day after the due date, and due soon within the week before it', () => {
    const facts = child({ statuses: [plan('2026-12-21')] });
    expect(due([facts], '2027-01-08', { pack: CP })[0]!.state).toBe('overdue');
    expect(due([facts], '2027-01-07', { pack: CP })[0]!.state).toBe('due');
    expect(due([facts], '2026-12-31', { pack: CP })[0]!.state).toBe('due');
  });

  it('are met by a visit with the child seen alone, and the next runs from that visit', () => {
    const visit = note('2027-01-05', { seen: 'seen-alone' });
    const items = due([child({ statuses: [plan('2026-12-21')], contacts: [visit] })], '2027-01-06', { pack: CP });
    const met = items.find((i) => i.state === 'met')!;
    expect(met).toMatchObject({ dueOn: '2027-01-07', evidenceNoteId: visit.noteId, notSeenAlone: false });
    expect(met.evidence).toBe('Seen alone Tue 5 Jan 2027');
    const next = items.find((i) => i.state !== 'met')!;
    // 5 Jan + 10 working days: 6, 7, 8, 11, 12, 13, 14, 15, 18, 19.
    expect(next).toMatchObject({ dueOn: '2027-01-19', state: 'upcoming', evidence: 'Last seen alone Tue 5 Jan 2027' });
  });

  it('count a visit where the child was seen but not alone, and say so', () => {
    const items = due([child({ statuses: [plan('2026-12-21')], contacts: [note('2027-01-05', { seen: 'seen' })] })], '2027-01-06', { pack: CP });
    expect(items.find((i) => i.state === 'met')).toMatchObject({ notSeenAlone: true, evidence: 'Seen Tue 5 Jan 2027' });
  });

  it('are not met by a note where the child was not seen, or by visits before the plan', () => {
    const contacts = [note('2026-12-18', { seen: 'seen-alone' }), note('2027-01-05', { seen: 'not-seen' })];
    const items = due([child({ statuses: [plan('2026-12-21')], contacts })], '2027-01-08', { pack: CP });
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ state: 'overdue', dueOn: '2027-01-07' });
  });

  it('say when a late visit was due', () => {
    const items = due([child({ statuses: [plan('2026-12-21')], contacts: [note('2027-01-11', { seen: 'seen-alone' })] })], '2027-01-12', { pack: CP });
    expect(items.find((i) => i.state === 'met')!.evidence).toBe('Seen alone Mon 11 Jan 2027 (after Thu 7 Jan 2027, when it was due)');
  });

  it('stop when the plan ends: no reminder for a plan that is over', () => {
    const ended = child({ statuses: [plan('2027-03-01', '2027-03-10')] });
    expect(due([ended], '2027-04-01', { pack: CP })).toEqual([]);
    // Ending in the future but before the next due date: nothing due under it either.
    expect(due([ended], '2027-03-02', { pack: CP })).toEqual([]);
    // Still running on its last day.
    expect(due([child({ statuses: [plan('2027-03-01', '2027-03-31')] })], '2027-03-02', { pack: CP })).toHaveLength(1);
  });
});

describe('looked-after visits (reg. 28: 1 week after placement, 6 weeks in year one, then 3 months if permanent)', () => {
  const placement = (id: string, startedOn: string, endedOn: string | null, permanent: boolean) => ({ id, status: 'looked-after', startedOn, endedOn, permanent });

  it('start again with a placement change mid-year: a week after the new placement', () => {
    const facts = child({
      statuses: [placement('first', '2026-01-05', '2026-06-30', false), placement('second', '2026-07-01', null, false)],
      contacts: [note('2026-01-09', { seen: 'seen-alone' }), note('2026-02-16', { seen: 'seen-alone' }), note('2026-06-20', { seen: 'seen-alone' })],
    });
    const items = due([facts], '2026-07-03', { pack: LAC });
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ dueOn: '2026-07-08', state: 'due', key: 'lac-visit|case-amira|second|start' });

    const visited = { ...facts, contacts: [...facts.contacts, note('2026-07-06', { seen: 'seen-alone' })] };
    const after = due([visited], '2026-07-07', { pack: LAC });
    expect(after.find((i) => i.state === 'met')!.dueOn).toBe('2026-07-08');
    expect(after.find((i) => i.state !== 'met')!.dueOn).toBe('2026-08-17'); // 6 weeks after 6 July
  });

  it('move to every 3 months after the first year when the placement is permanent, 6 weeks otherwise', () => {
    const visits = [note('2026-01-12', { seen: 'seen-alone' })];
    const permanent = due([child({ statuses: [placement('p', '2025-01-06', null, true)], contacts: visits })], '2026-01-13', { pack: LAC });
    expect(permanent.find((i) => i.state !== 'met')!.dueOn).toBe('2026-04-12');
    const temporary = due([child({ statuses: [placement('p', '2025-01-06', null, false)], contacts: visits })], '2026-01-13', { pack: LAC });
    expect(temporary.find((i) => i.state !== 'met')!.dueOn).toBe('2026-02-23');
  });

  it('count six weeks across 29 February in a leap year', () => {
    const items = due([child({ statuses: [placement('p', '2028-01-10', null, false)], contacts: [note('2028-02-01', { seen: 'seen' })] })], '2028-02-02', { pack: LAC });
    expect(items.find((i) => i.state !== 'met')!.dueOn).toBe('2028-03-14');
  });
});
