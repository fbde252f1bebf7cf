import { describe, expect, it } from 'vitest';
import type { ChronologyEntry, Note, NoteVersion } from '../../../preload/contract';
import { chronologyFamily, events } from './chronology-fixture';

describe('entries from significant notes', () => {
  it('a significant note is in the chronology at once, worded from its first sentence; an ordinary note is not', async () => {
    const { ava, note, list } = await chronologyFamily();
    await note('Routine visit. Nothing new.', [ava.id], { significant: false });
    const disclosure = await note('! #visit Ava told me Dr. Patel saw the bruise on her arm. She said "it was an accident".', [ava.id], {
      contactAt: '2026-03-12T15:20:00.000Z',
      contactHasTime: true,
      contactType: 'home-visit',
    });
    const entries = await list([ava.id]);
    expect(entries).toEqual([
      {
        key: `note:${disclosure.id}`,
        kind: 'note',
        noteId: disclosure.id,
        date: '2026-03-12',
        time: '15:20',
        event: 'Ava told me Dr. Patel saw the bruise on her arm.',
        source: 'Case note (Home visit), Sam Okafor',
        analysis: null,
        children: [{ caseId: ava.id, childName: 'Ava Jones', dateOfBirth: '2016-04-03' }],
        edited: false,
        excluded: false,
      },
    ]);
  });

  it('a note amended to no longer be significant leaves the chronology; marked again, it comes back', async () => {
    const { call, ava, note, list } = await chronologyFamily();
    const saved = await note('Police called to the home after an argument.', [ava.id]);
    expect(events(await list([ava.id]))).toEqual(['Police called to the home after an argument.']);
    const structure = { children: [{ caseId: ava.id }], significant: false };
    await call('amendNote', { noteId: saved.id, body: saved.body, reason: 'Not a significant event', structure });
    expect(await list([ava.id])).toEqual([]);
    await call('amendNote', { noteId: saved.id, body: saved.body, reason: 'It was after all', structure: { ...structure, significant: true } });
    expect(events(await list([ava.id]))).toEqual(['Police called to the home after an argument.']);
  });

  it('dates and times are UK wall-clock ones, across BST; a day without a time has no time; no contact time means when written', async () => {
    const { ava, note, list } = await chronologyFamily();
    await note('Late call from the hospital.', [ava.id], { contactAt: '2026-06-30T23:30:00Z', contactHasTime: true });
    await note('Winter visit.', [ava.id], { contactAt: '2026-01-15T09:05:00Z', contactHasTime: true });
    // A day in BST given without a time: stored as the start of that UK day.
    await note('School reported concerns.', [ava.id], { contactAt: '2026-05-03T23:00:00.000Z', contactHasTime: false });
    await note('Written without a contact time.', [ava.id]);
    const when = (await list([ava.id])).map((e) => [e.date, e.time, e.event]);
    expect(when).toEqual([
      ['2026-01-15', '09:05', 'Winter visit.'],
      ['2026-05-04', null, 'School reported concerns.'],
      ['2026-07-01', '00:30', 'Late call from the hospital.'],
      ['2026-11-26', '16:00', 'Written without a contact time.'],
    ]);
  });

  it('new wording changes the entry and never the note', async () => {
    const { call, ava, note, list } = await chronologyFamily();
    const saved = await note('Mum said {{her neighbour}} called the police. Long account follows.', [ava.id], { contactType: 'phone-call' });
    const key = `note:${saved.id}`;
    const wording = { key, event: 'Police called by {{a neighbour}} after an argument', source: 'Phone call with mother', analysis: 'Third call this year.' };
    const updated = await call<ChronologyEntry>('updateChronologyEntry', wording);
    expect(updated).toMatchObject({ event: wording.event, source: wording.source, analysis: wording.analysis, edited: true, excluded: false });
    expect(await list([ava.id])).toEqual([updated]);

    const [onTimeline] = await call<Note[]>('listNotes', { caseId: ava.id });
    expect(onTimeline).toEqual(saved);
    expect(await call<NoteVersion[]>('getNoteHistory', { noteId: saved.id })).toHaveLength(1);

    // Wording that says what the note says is no edit: the entry follows the note again.
    const reset = await call<ChronologyEntry>('updateChronologyEntry', {
      key,
      event: 'Mum said {{her neighbour}} called the police.',
      source: 'Case note (Phone call), Sam Okafor',
      analysis: null,
    });
    expect(reset).toMatchObject({ edited: false, analysis: null });
  });

  it('a left-out entry is listed only when asked for, and comes back with its wording', async () => {
    const { call, ava, note, list } = await chronologyFamily();
    const saved = await note('Ava missing from school for the afternoon.', [ava.id]);
    const key = `note:${saved.id}`;
    await call('updateChronologyEntry', { key, event: 'Missing from school (afternoon)', source: 'Case note, Sam Okafor', analysis: null });
    expect(await call('removeChronologyEntry', { key })).toBeNull();
    expect(await list([ava.id])).toEqual([]);
    expect(await list([ava.id], { includeExcluded: true })).toMatchObject([{ key, excluded: true, event: 'Missing from school (afternoon)' }]);
    const [stillThere] = await call<Note[]>('listNotes', { caseId: ava.id });
    expect(stillThere).toMatchObject({ id: saved.id, significant: true, body: saved.body });

    const restored = await call<ChronologyEntry>('restoreChronologyEntry', { key });
    expect(restored).toMatchObject({ key, excluded: false, edited: true, event: 'Missing from school (afternoon)' });
    expect(await list([ava.id])).toEqual([restored]);
  });
});
