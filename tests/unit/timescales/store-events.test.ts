/**
 * Event rules through the real core, dates worked out by hand: an initial conference due 15 working
 * days after a strategy discussion, a report for the family before a planned review conference (met
 * by an export for the family from the export register), drafts left unsaved past the recording
 * standard, and working days counted with the bank holidays of the nation the team chose.
 */
import { v7 as uuidv7 } from 'uuid';
import { describe, expect, it } from 'vitest';
import type { CaseAccessRecord, Pack } from '../../../preload/contract';
import type { PlannedEvent } from '../../../preload/contract/timescales';
import { itemsOf, timescaleStore, type TimescaleStore } from './timescale-fixture';

async function exportFor(s: TimescaleStore, audience: 'family' | 'professional') {
  const pack = await s.call<Pack>('draftPack', { caseId: s.ava.id, childIds: [s.ava.id], from: '2026-01-01', to: '2026-09-01', conferenceType: 'review' });
  await s.call('exportPack', {
    packId: pack.id,
    formats: ['docx', 'csv'],
    audience,
    recipient: audience === 'family' ? 'Priya Jones (mother)' : 'Conference chair',
    purpose: 'Report before the review conference',
    encrypt: true,
  });
}

describe('follow-up rules', () => {
  it('a strategy discussion note makes the initial conference due 15 working days later; a conference note meets it', async () => {
    const s = await timescaleStore('2026-08-26T09:00:00Z');
    await s.importExample();
    // Fri 21 Aug: 24–28 (5), Mon 31 Aug bank holiday, 1–4 Sep (9), 7–11 (14), Mon 14 Sep (15).
    const strategy = await s.note(s.ava.id, '2026-08-21T10:00:00Z', null, { contactType: 'strategy-discussion' });
    expect(itemsOf(await s.due(), 'initial-conference')).toEqual([
      expect.objectContaining({
        key: `initial-conference|${s.ava.id}|${strategy.id}`,
        kind: 'follow-up',
        state: 'upcoming',
        dueOn: '2026-09-14',
        evidence: 'Strategy discussion Fri 21 Aug 2026; no initial child protection conference recorded since',
        evidenceNoteId: strategy.id,
      }),
    ]);

    s.setNow('2026-09-10T15:00:00Z');
    const conference = await s.note(s.ava.id, '2026-09-10T13:00:00Z', null, { contactType: 'initial-conference' });
    expect(itemsOf(await s.due(), 'initial-conference')).toEqual([
      expect.objectContaining({ state: 'met', dueOn: '2026-09-14', evidenceNoteId: conference.id }),
    ]);
  });
});

describe('reports before a planned conference', () => {
  it('are due 5 working days before a review conference, and met by an export for the family', async () => {
    const s = await timescaleStore('2026-09-01T09:00:00Z');
    await s.importExample();
    const planned = await s.call<PlannedEvent>('addPlannedEvent', { caseId: s.ava.id, event: 'review-conference', plannedOn: '2026-09-30' });
    expect(planned).toEqual({ id: planned.id, caseId: s.ava.id, event: 'review-conference', label: 'Review child protection conference', plannedOn: '2026-09-30', cancelled: false });

    // Wed 30 Sep less 5 working days: 29, 28, 25, 24, Wed 23 Sep.
    const report = async () => itemsOf(await s.due(), 'report-before-review');
    expect(await report()).toEqual([
      expect.objectContaining({
        key: `report-before-review|${s.ava.id}|${planned.id}`,
        kind: 'report',
        state: 'upcoming',
        dueOn: '2026-09-23',
        // ICU writes September "Sept" in en-GB since CLDR 38; older ICU writes "Sep".
        evidence: expect.stringMatching(/^Review child protection conference planned for Wed 30 Sept? 2026$/u),
      }),
    ]);

    s.setNow('2026-09-18T10:00:00Z');
    await exportFor(s, 'professional');
    expect((await report())[0]!.state).toBe('due');
    s.setNow('2026-09-21T10:00:00Z');
    await exportFor(s, 'family');
    expect(await report()).toEqual([
      expect.objectContaining({
        state: 'met',
        evidence: expect.stringMatching(/^Pack exported for the family Mon 21 Sept? 2026; review child protection conference planned for Wed 30 Sept? 2026$/u),
      }),
    ]);

    // A cancelled conference needs no report; planning and cancelling are in the child's record.
    const cancelled = await s.call<PlannedEvent>('cancelPlannedEvent', { plannedEventId: planned.id });
    expect(cancelled.cancelled).toBe(true);
    expect(await report()).toEqual([]);
    expect(await s.call<PlannedEvent[]>('listPlannedEvents', { caseId: s.ava.id })).toEqual([cancelled]);
    const entries = (await s.call<CaseAccessRecord>('getCaseAccessRecord', { caseId: s.ava.id })).entries;
    expect(entries.filter((e) => e.action === 'case-updated')).toHaveLength(2);
  });

  it('only for events in the pack', async () => {
    const s = await timescaleStore('2026-09-01T09:00:00Z');
    expect(await s.refused('addPlannedEvent', { caseId: s.ava.id, event: 'review-conference', plannedOn: '2026-09-30' })).toMatchObject({
      message: 'Choose a rule pack first in Settings → Timescales.',
    });
    await s.importExample();
    expect(await s.refused('addPlannedEvent', { caseId: s.ava.id, event: 'panel', plannedOn: '2026-09-30' })).toMatchObject({
      code: 'INVALID_REQUEST',
      field: 'event',
      message: expect.stringContaining('Choose one of: Strategy discussion (strategy-discussion), '),
    });
  });
});

describe('unwritten notes', () => {
  it('a draft with a child seen, unsaved for more than 2 working days, is a reminder for each child it names', async () => {
    const s = await timescaleStore('2026-09-07T09:00:00Z'); // Mon 7 Sep
    await s.importExample();
    const visitDraft = uuidv7();
    await s.call('saveDraft', {
      id: visitDraft,
      caseId: s.ava.id,
      body: 'Home visit: Ava and Ben at home with mum.',
      state: { children: [{ caseId: s.ava.id, seen: 'seen-alone' }, { caseId: s.ben.id, seen: 'seen' }] },
    });
    // Not a visit (nobody answered seen): the general 5 working days apply, due Mon 14 Sep.
    await s.call('saveDraft', { id: uuidv7(), caseId: s.ben.id, body: 'Phoned school about Ben.', state: { children: [{ caseId: s.ben.id }] } });

    s.setNow('2026-09-10T09:00:00Z'); // Thu 10 Sep: past Wed 9 Sep, 2 working days after the visit draft
    const unwritten = (await s.due()).items.filter((i) => i.kind === 'unwritten');
    expect(unwritten.map((i) => [i.childName, i.ruleId, i.state, i.dueOn, i.key])).toEqual([
      ['Ava Jones', 'record-visits', 'overdue', '2026-09-09', `record-visits|${s.ava.id}|draft:${visitDraft}`],
      ['Ben Jones', 'record-visits', 'overdue', '2026-09-09', `record-visits|${s.ben.id}|draft:${visitDraft}`],
    ]);
    expect(unwritten[0]!.evidence).toMatch(/^Draft started Mon 7 Sept? 2026 is not saved as a note yet$/u);

    // Saved as its note: no longer unwritten.
    await s.call('saveNote', {
      id: visitDraft,
      body: 'Home visit: Ava and Ben at home with mum.',
      structure: { children: [{ caseId: s.ava.id, seen: 'seen-alone' }, { caseId: s.ben.id, seen: 'seen' }] },
    });
    expect((await s.due()).items.filter((i) => i.kind === 'unwritten')).toEqual([]);
  });
});

describe('bank holidays by nation', () => {
  it('Scotland’s 2 January moves a visit due date a day later', async () => {
    // Mon 22 Dec 2025. England and Wales: 23, 24, (25, 26), 29, 30, 31, (1 Jan), 2, 5, 6, 7, Thu 8 Jan.
    // Scotland also closes on Fri 2 Jan: Fri 9 Jan.
    const s = await timescaleStore('2025-12-22T10:00:00Z');
    await s.importExample();
    await s.call('addCaseStatus', { caseId: s.ava.id, status: 'child-protection-plan', startedOn: '2025-12-22' });
    const dueOn = async () => itemsOf(await s.due(), 'cp-visit')[0]!.dueOn;
    expect(await dueOn()).toBe('2026-01-08');
    await s.call('setNation', { nation: 'scotland' });
    expect(await dueOn()).toBe('2026-01-09');
    await s.call('setNation', { nation: 'england-and-wales' });
    expect(await dueOn()).toBe('2026-01-08');
  });
});
