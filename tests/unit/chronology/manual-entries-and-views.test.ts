import { describe, expect, it } from 'vitest';
import { v7 as uuidv7 } from 'uuid';
import type { ChronologyEntry } from '../../../preload/contract';
import { chronologyFamily, events } from './chronology-fixture';

const PPN = { date: '2026-03-12', time: '22:40', event: 'Police attended: argument between parents', source: 'Police notification (PPN) 12/3', analysis: null };

describe('events added by hand', () => {
  it('an event from another agency keeps its source and children, sits in date order, and can be reworded and removed', async () => {
    const { core, call, ava, ben, note, list } = await chronologyFamily();
    await note('Home visit: both children seen.', [ava.id, ben.id], { contactAt: '2026-03-13T10:00:00Z', contactHasTime: true });
    const added = await call<ChronologyEntry>('addChronologyEntry', { ...PPN, caseIds: [ben.id, ava.id] });
    expect(added).toMatchObject({
      kind: 'manual',
      noteId: null,
      date: '2026-03-12',
      time: '22:40',
      source: 'Police notification (PPN) 12/3',
      children: [{ childName: 'Ava Jones' }, { childName: 'Ben Jones' }],
      edited: false,
      excluded: false,
    });
    expect(added.key).toMatch(/^entry:/u);
    expect(events(await list([ava.id]))).toEqual([PPN.event, 'Home visit: both children seen.']);

    const reworded = await call<ChronologyEntry>('updateChronologyEntry', { key: added.key, event: 'Police attended (domestic abuse)', source: PPN.source, analysis: 'Pattern since 2025.' });
    expect(reworded).toMatchObject({ event: 'Police attended (domestic abuse)', analysis: 'Pattern since 2025.' });

    await call('removeChronologyEntry', { key: added.key });
    expect(events(await list([ava.id, ben.id], { includeExcluded: true }))).toEqual(['Home visit: both children seen.']);
    const again = await core.dispatch('restoreChronologyEntry', { key: added.key });
    expect(again).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('an event for a child who does not exist is refused and nothing is written', async () => {
    const { core, ava, list } = await chronologyFamily();
    const answer = await core.dispatch('addChronologyEntry', { ...PPN, caseIds: [ava.id, uuidv7()] });
    expect(answer).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: "That child's case could not be found." } });
    expect(await list([ava.id])).toEqual([]);
  });
});

describe('views and dates', () => {
  it("per child: that child's entries; family: every child's, a note about both listed once", async () => {
    const { ava, ben, note, list } = await chronologyFamily();
    await note('Both children placed with grandmother.', [ava.id, ben.id], { contactAt: '2026-02-01T12:00:00Z', contactHasTime: true });
    await note('Ben taken to A&E.', [ben.id], { contactAt: '2026-04-01T12:00:00Z', contactHasTime: true });
    await note('Ava excluded from school.', [ava.id], { contactAt: '2026-05-01T12:00:00Z', contactHasTime: true });
    expect(events(await list([ava.id]))).toEqual(['Both children placed with grandmother.', 'Ava excluded from school.']);
    expect(events(await list([ben.id]))).toEqual(['Both children placed with grandmother.', 'Ben taken to A&E.']);
    const family = await list([ava.id, ben.id]);
    expect(events(family)).toEqual(['Both children placed with grandmother.', 'Ben taken to A&E.', 'Ava excluded from school.']);
    expect(family[0]!.children.map((c) => c.childName)).toEqual(['Ava Jones', 'Ben Jones']);
  });

  it('from and to are inclusive UK dates', async () => {
    const { core, call, ava, note, list } = await chronologyFamily();
    await note('Just after midnight in July (UK).', [ava.id], { contactAt: '2026-06-30T23:30:00Z', contactHasTime: true });
    await note('Last day of June.', [ava.id], { contactAt: '2026-06-30T12:00:00Z', contactHasTime: true });
    await call('addChronologyEntry', { ...PPN, caseIds: [ava.id], date: '2026-07-02', time: null, event: 'Second of July, by hand.' });
    await call('addChronologyEntry', { ...PPN, caseIds: [ava.id], date: '2026-07-03', time: null, event: 'Third of July, by hand.' });
    expect(events(await list([ava.id], { from: '2026-07-01', to: '2026-07-02' }))).toEqual(['Just after midnight in July (UK).', 'Second of July, by hand.']);
    expect(events(await list([ava.id], { to: '2026-06-30' }))).toEqual(['Last day of June.']);
    expect(events(await list([ava.id], { from: '2026-07-03' }))).toEqual(['Third of July, by hand.']);
    expect(await core.dispatch('listChronology', { caseIds: [ava.id], from: '2026-08-01', to: '2026-07-01' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_REQUEST', field: 'to', message: 'The From date must be on or before the To date.' },
    });
  });
});

describe('what is refused', () => {
  it('says specifically what is wrong', async () => {
    const { core, ava, note } = await chronologyFamily();
    const saved = await note('Something happened.', [ava.id]);
    const refused = async (channel: string, payload: unknown) => (await core.dispatch(channel, payload)) as { ok: false; error: { code: string; field?: string; message: string } };
    const add = { ...PPN, caseIds: [ava.id] };
    expect((await refused('addChronologyEntry', { ...add, date: '2999-01-01' })).error).toMatchObject({ code: 'INVALID_REQUEST', field: 'date', message: 'The date cannot be in the future.' });
    expect((await refused('addChronologyEntry', { ...add, event: '   ' })).error).toMatchObject({ field: 'event', message: 'Say what happened.' });
    expect((await refused('addChronologyEntry', { ...add, source: '' })).error).toMatchObject({ field: 'source', message: 'Source is required.' });
    expect((await refused('addChronologyEntry', { ...add, time: '25:00' })).error).toMatchObject({ field: 'time', message: 'Time must be HH:MM (24-hour).' });
    expect((await refused('addChronologyEntry', { ...add, caseIds: [] })).error).toMatchObject({ field: 'caseIds', message: 'Choose the children this event concerns.' });
    const wording = { event: 'New words', source: 'Case note', analysis: null };
    expect((await refused('updateChronologyEntry', { key: `note${saved.id}`, ...wording })).error).toMatchObject({
      code: 'INVALID_REQUEST',
      message: 'That chronology entry is not a valid reference.',
    });
    expect((await refused('updateChronologyEntry', { key: `note:${uuidv7()}`, ...wording })).error).toMatchObject({ code: 'NOT_FOUND' });
    expect((await refused('removeChronologyEntry', { key: `entry:${uuidv7()}` })).error.message).toMatch(/^That chronology entry could not be found/u);
  });

  it('"not in the future" is judged on the UK clock of the session', async () => {
    // The session's clock says 1 July 2026, 00:30 in the UK (still 30 June in UTC).
    const { core, ava } = await chronologyFamily('2026-06-30T23:30:00Z');
    const add = { ...PPN, caseIds: [ava.id] };
    expect(await core.dispatch('addChronologyEntry', { ...add, date: '2026-07-01', time: '00:10' })).toMatchObject({ ok: true });
    expect(await core.dispatch('addChronologyEntry', { ...add, date: '2026-07-01', time: '01:00' })).toMatchObject({
      ok: false,
      error: { field: 'time', message: 'The time cannot be in the future.' },
    });
    expect(await core.dispatch('addChronologyEntry', { ...add, date: '2026-07-02', time: null })).toMatchObject({
      ok: false,
      error: { field: 'date', message: 'The date cannot be in the future.' },
    });
  });

  it('answers LOCKED when the records are locked', async () => {
    const { core, call, ava } = await chronologyFamily();
    await call('lock');
    expect(await core.dispatch('listChronology', { caseIds: [ava.id] })).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    expect(await core.dispatch('addChronologyEntry', { ...PPN, caseIds: [ava.id] })).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
  });
});
