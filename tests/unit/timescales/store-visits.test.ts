/**
 * Child protection visits through the real core, with dates worked out by hand (England and Wales):
 * a plan starting Fri 21 Aug 2026 has its first visit due 10 working days later, on Mon 7 Sep — the
 * summer bank holiday (Mon 31 Aug) does not count. Statuses are checked against the pack, each change
 * is audited against the child, and reminders can be snoozed or put aside with a reason that is kept.
 */
import { describe, expect, it } from 'vitest';
import type { CaseAccessRecord } from '../../../preload/contract';
import type { CaseStatus } from '../../../preload/contract/timescales';
import { itemsOf, timescaleStore, type TimescaleStore } from './timescale-fixture';

/** Wed 26 Aug 2026, 10:00 BST. */
const TODAY = '2026-08-26T09:00:00Z';

async function onPlan(s: TimescaleStore, startedOn = '2026-08-21'): Promise<CaseStatus> {
  await s.importExample();
  return s.call<CaseStatus>('addCaseStatus', { caseId: s.ava.id, status: 'child-protection-plan', startedOn });
}

const caseUpdates = async (s: TimescaleStore, caseId: string) =>
  (await s.call<CaseAccessRecord>('getCaseAccessRecord', { caseId })).entries.filter((e) => e.action === 'case-updated').length;

describe('child protection visits', () => {
  it('are due 10 working days after the plan starts, skipping the bank holiday', async () => {
    const s = await timescaleStore(TODAY);
    const plan = await onPlan(s);
    expect(plan).toEqual({ id: plan.id, caseId: s.ava.id, status: 'child-protection-plan', label: 'Child protection plan', startedOn: '2026-08-21', endedOn: null, permanent: null });

    const overview = await s.due();
    expect(overview.today).toBe('2026-08-26');
    expect(itemsOf(overview, 'cp-visit')).toEqual([
      {
        key: `cp-visit|${s.ava.id}|${plan.id}|start`,
        caseId: s.ava.id,
        childName: 'Ava Jones',
        ruleId: 'cp-visit',
        ruleLabel: 'Child protection visit',
        ruleText: expect.stringMatching(/^Every 10 working days during “Child protection plan”/u),
        kind: 'visit',
        state: 'upcoming',
        dueOn: '2026-09-07',
        evidence: 'No visit recorded since “Child protection plan” started Fri 21 Aug 2026',
        evidenceNoteId: null,
        notSeenAlone: false,
        decision: null,
      },
    ]);
    // One child's view: the same item; another child without a plan has none.
    expect(itemsOf(await s.due(s.ava.id), 'cp-visit').map((i) => i.dueOn)).toEqual(['2026-09-07']);
    expect((await s.due(s.ben.id)).items).toEqual([]);
  });

  it('a visit seeing the child alone meets it; the next is due 10 working days after the visit', async () => {
    const s = await timescaleStore(TODAY);
    const plan = await onPlan(s);
    // 09:00 BST on Wed 26 Aug. Next due: 27, 28, (31 Aug bank holiday), 1–4, 7–10 Sep: Thu 10 Sep.
    const visit = await s.note(s.ava.id, '2026-08-26T08:00:00Z', 'seen-alone');

    const [met, next] = itemsOf(await s.due(), 'cp-visit').sort((a, b) => a.dueOn.localeCompare(b.dueOn));
    expect(met).toMatchObject({
      key: `cp-visit|${s.ava.id}|${plan.id}|start`,
      state: 'met',
      dueOn: '2026-09-07',
      evidence: 'Seen alone Wed 26 Aug 2026',
      evidenceNoteId: visit.id,
      notSeenAlone: false,
    });
    expect(next).toMatchObject({
      key: `cp-visit|${s.ava.id}|${plan.id}|${visit.id}`,
      state: 'upcoming',
      dueOn: '2026-09-10',
      evidence: 'Last seen alone Wed 26 Aug 2026',
      evidenceNoteId: visit.id,
    });
  });

  it('a visit where the child was seen, but not alone, counts and says so', async () => {
    const s = await timescaleStore(TODAY);
    await onPlan(s);
    await s.note(s.ava.id, '2026-08-26T08:00:00Z', 'seen');
    const items = itemsOf(await s.due(), 'cp-visit');
    expect(items.map((i) => [i.state, i.notSeenAlone])).toEqual([
      ['upcoming', true],
      ['met', true],
    ]);
  });

  it('snoozed with a reason until a date, then back; not applicable keeps its reason; reopened', async () => {
    const s = await timescaleStore(TODAY);
    await onPlan(s);
    await s.note(s.ava.id, '2026-08-26T08:00:00Z', 'seen-alone');
    const open = () => s.due().then((o) => itemsOf(o, 'cp-visit').find((i) => i.state !== 'met')!);
    const { key } = await open();

    const reason = 'Family away until 14 September; visit booked for the 15th';
    await s.call('decideReminder', { caseId: s.ava.id, itemKey: key, decision: 'snoozed', untilOn: '2026-09-15', reason });
    expect(await open()).toMatchObject({
      key,
      state: 'snoozed',
      dueOn: '2026-09-10',
      decision: { decision: 'snoozed', reason, untilOn: '2026-09-15', decidedAt: '2026-08-26T09:00:00.000Z' },
    });

    s.setNow('2026-09-15T16:00:00Z');
    expect((await open()).state).toBe('snoozed');
    s.setNow('2026-09-16T09:00:00Z');
    expect(await open()).toMatchObject({ key, state: 'overdue', decision: { decision: 'snoozed', untilOn: '2026-09-15' } });

    const why = 'Plan transferred to the Bristol team on 9 September';
    // A date sent with "not applicable" means nothing: only a snooze ends.
    await s.call('decideReminder', { caseId: s.ava.id, itemKey: key, decision: 'not-applicable', untilOn: '2026-10-01', reason: why });
    expect(await open()).toMatchObject({ key, state: 'not-applicable', decision: { decision: 'not-applicable', reason: why, untilOn: null } });

    await s.call('decideReminder', { caseId: s.ava.id, itemKey: key, decision: 'reopened', reason: 'Transfer fell through' });
    expect(await open()).toMatchObject({ key, state: 'overdue', decision: { decision: 'reopened', reason: 'Transfer fell through' } });

    // Every decision is kept, in order.
    const db = await s.raw();
    expect(db.prepare('SELECT decision, reason FROM reminder_decisions ORDER BY rowid').all()).toEqual([
      { decision: 'snoozed', reason },
      { decision: 'not-applicable', reason: why },
      { decision: 'reopened', reason: 'Transfer fell through' },
    ]);
  });

  it('refuses a decision about another child, a snooze into the past, or an unknown case', async () => {
    const s = await timescaleStore(TODAY);
    await onPlan(s);
    const { key } = itemsOf(await s.due(), 'cp-visit')[0]!;
    const decide = (extra: Record<string, unknown>) =>
      s.refused('decideReminder', { caseId: s.ava.id, itemKey: key, decision: 'snoozed', untilOn: '2026-09-01', reason: 'Holiday', ...extra });

    expect(await decide({ caseId: s.ben.id })).toMatchObject({ code: 'INVALID_REQUEST', field: 'itemKey' });
    expect(await decide({ itemKey: 'cp-visit' })).toMatchObject({ code: 'INVALID_REQUEST', field: 'itemKey' });
    expect(await decide({ untilOn: '2026-08-25' })).toMatchObject({ code: 'INVALID_REQUEST', field: 'untilOn' });
    expect(await decide({ caseId: '0190a5c8-0000-7000-8000-000000000000', itemKey: 'cp-visit|0190a5c8-0000-7000-8000-000000000000|x' })).toMatchObject({ code: 'NOT_FOUND' });
    expect(itemsOf(await s.due(), 'cp-visit')[0]!.decision).toBeNull();
  });

  it('nothing more is due once the plan ends; a visit already made stays met', async () => {
    const s = await timescaleStore(TODAY);
    const plan = await onPlan(s);
    await s.note(s.ava.id, '2026-08-26T08:00:00Z', 'seen-alone');
    s.setNow('2026-08-27T09:00:00Z');
    const ended = await s.call<CaseStatus>('endCaseStatus', { statusId: plan.id, endedOn: '2026-08-27' });
    expect(ended).toMatchObject({ id: plan.id, endedOn: '2026-08-27' });
    expect(itemsOf(await s.due(), 'cp-visit').map((i) => i.state)).toEqual(['met']);
  });
});

describe('statuses', () => {
  it('need a rule pack, and one of its statuses (named in the answer)', async () => {
    const s = await timescaleStore(TODAY);
    const add = (status: string) => s.refused('addCaseStatus', { caseId: s.ava.id, status, startedOn: '2026-08-21' });
    expect(await add('child-protection-plan')).toEqual({ code: 'INVALID_REQUEST', message: 'Choose a rule pack first in Settings → Timescales.', field: 'status' });
    await s.importExample();
    expect(await add('on-a-plan')).toEqual({
      code: 'INVALID_REQUEST',
      message:
        '“on-a-plan” is not a status in the rule pack “England — example defaults”. Choose one of: Child in need (child-in-need), Child protection plan (child-protection-plan), Looked after (one entry per placement) (looked-after).',
      field: 'status',
    });
    expect(await s.refused('addCaseStatus', { caseId: '0190a5c8-0000-7000-8000-000000000000', status: 'child-in-need', startedOn: '2026-08-21' })).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('may start up to a year ahead (a planned placement); the end is on or after the start', async () => {
    const s = await timescaleStore(TODAY);
    await s.importExample();
    const add = (startedOn: string) => s.core.dispatch('addCaseStatus', { caseId: s.ava.id, status: 'child-in-need', startedOn });
    expect(await add('2027-08-27')).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST', field: 'startedOn' } });
    expect(await add('1949-12-31')).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST', field: 'startedOn' } });
    const planned = await add('2027-08-26');
    expect(planned.ok).toBe(true);
    const id = (planned as { value: CaseStatus }).value.id;
    expect(await s.refused('endCaseStatus', { statusId: id, endedOn: '2027-08-25' })).toMatchObject({ code: 'INVALID_REQUEST', field: 'endedOn' });
    expect(await s.refused('updateCaseStatus', { statusId: id, startedOn: '2026-09-01', endedOn: '2026-08-31', permanent: null })).toMatchObject({
      code: 'INVALID_REQUEST',
      field: 'endedOn',
    });
    expect(await s.refused('endCaseStatus', { statusId: '0190a5c8-0000-7000-8000-000000000000', endedOn: '2026-08-25' })).toMatchObject({ code: 'NOT_FOUND' });
    // Not started yet: nothing is due under it.
    expect((await s.due(s.ava.id)).items).toEqual([]);
  });

  it('keep "permanent" only where the pack gives permanence; a new placement ends the one before', async () => {
    const s = await timescaleStore(TODAY);
    await s.importExample();
    const cp = await s.call<CaseStatus>('addCaseStatus', { caseId: s.ava.id, status: 'child-protection-plan', startedOn: '2026-01-05', permanent: true });
    expect(cp.permanent).toBeNull();
    const first = await s.call<CaseStatus>('addCaseStatus', { caseId: s.ava.id, status: 'looked-after', startedOn: '2026-03-02', permanent: false });
    const second = await s.call<CaseStatus>('addCaseStatus', { caseId: s.ava.id, status: 'looked-after', startedOn: '2026-06-15', permanent: true });
    expect(second).toMatchObject({ label: 'Looked after (one entry per placement)', permanent: true, endedOn: null });

    const listed = await s.call<CaseStatus[]>('listCaseStatuses', { caseId: s.ava.id });
    expect(listed.map((st) => [st.id, st.status, st.startedOn, st.endedOn, st.permanent])).toEqual([
      [cp.id, 'child-protection-plan', '2026-01-05', null, null],
      [first.id, 'looked-after', '2026-03-02', '2026-06-15', false],
      [second.id, 'looked-after', '2026-06-15', null, true],
    ]);

    const corrected = await s.call<CaseStatus>('updateCaseStatus', { statusId: second.id, startedOn: '2026-06-16', endedOn: null, permanent: false });
    expect(corrected).toMatchObject({ startedOn: '2026-06-16', permanent: false });
  });

  it('each change is recorded against the child in the audit log', async () => {
    const s = await timescaleStore(TODAY);
    const plan = await onPlan(s);
    await s.call('updateCaseStatus', { statusId: plan.id, startedOn: '2026-08-20', endedOn: null, permanent: null });
    await s.call('endCaseStatus', { statusId: plan.id, endedOn: '2026-08-26' });
    expect(await caseUpdates(s, s.ava.id)).toBe(3);
    expect(await caseUpdates(s, s.ben.id)).toBe(0);
    // A refused change records nothing.
    await s.refused('endCaseStatus', { statusId: plan.id, endedOn: '2026-08-01' });
    expect(await caseUpdates(s, s.ava.id)).toBe(3);
  });
});
