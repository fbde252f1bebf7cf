import { describe, expect, it } from 'vitest';
import type { CaseSummary, ContactType, Note } from '../../../preload/contract';
import { DEFAULT_CONTACT_TYPES } from '../../../renderer/features/capture/contact-types';
import { PASSPHRASE, testCore } from '../support/temp-profiles';
import { quickNote } from '../support/notes';

async function unlockedCore() {
  const t = testCore();
  await t.call('createProfile', { displayName: 'Sam', passphrase: PASSPHRASE });
  return t;
}

/** The list as a form would send it back: active types only, without `retired`. */
function asInput(types: readonly ContactType[]) {
  return types.filter((t) => !t.retired).map(({ id, label, tags }) => ({ id, label, tags }));
}

const FGC = { id: 'family-group-conference', label: 'Family group conference', tags: ['fgc'] };

describe('contact types', () => {
  it('a new profile starts with the built-in list, in its order, none retired', async () => {
    const { call } = await unlockedCore();
    const types = await call<ContactType[]>('listContactTypes');
    expect(types).toEqual(DEFAULT_CONTACT_TYPES.map((t) => ({ id: t.id, label: t.label, tags: [...t.tags], retired: false })));
  });

  it('a save reorders, renames and adds, and the answer is the list as stored', async () => {
    const { call } = await unlockedCore();
    const [first, second, ...rest] = asInput(await call<ContactType[]>('listContactTypes'));
    const sent = [FGC, second!, { ...first!, label: 'Visit at home' }, ...rest];
    const saved = await call<ContactType[]>('saveContactTypes', { types: sent });
    expect(saved).toEqual(sent.map((t) => ({ ...t, retired: false })));
    expect(await call<ContactType[]>('listContactTypes')).toEqual(saved);
  });

  it('tags are stored lower-case without repeats; "#" and spaces are refused at the boundary', async () => {
    const { call, core } = await unlockedCore();
    const saved = await call<ContactType[]>('saveContactTypes', { types: [{ ...FGC, tags: [' FGC ', 'fgc', 'f-g-c', 'family'] }] });
    expect(saved[0]!.tags).toEqual(['fgc', 'family']);
    const refused = await core.dispatch('saveContactTypes', { types: [{ ...FGC, tags: ['#fgc'] }] });
    expect(refused).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST', field: 'types.0.tags.0' } });
    const digit = await core.dispatch('saveContactTypes', { types: [{ ...FGC, tags: ['1to1'] }] });
    expect(digit).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST', message: expect.stringContaining('starts with a letter') } });
  });

  it('a type left out is retired, not deleted: its notes keep their type and it can come back', async () => {
    const { call } = await unlockedCore();
    const kase = await call<CaseSummary>('createCase', { childName: 'Amira Khan' });
    const note = quickNote('Core group met at school.', kase.id);
    await call('saveNote', { ...note, structure: { ...note.structure, contactType: 'meeting' } });

    const withoutMeeting = asInput(await call<ContactType[]>('listContactTypes')).filter((t) => t.id !== 'meeting');
    const saved = await call<ContactType[]>('saveContactTypes', { types: withoutMeeting });
    expect(saved.at(-1)).toEqual({ id: 'meeting', label: 'Meeting', tags: ['meeting', 'cgm', 'coregroup'], retired: true });
    expect(saved.filter((t) => !t.retired).map((t) => t.id)).toEqual(withoutMeeting.map((t) => t.id));

    const notes = await call<Note[]>('listNotes', { caseId: kase.id });
    expect(notes.map((n) => n.contactType)).toEqual(['meeting']);
    expect(await call<Note[]>('listNotes', { caseId: kase.id, contactType: 'meeting' })).toHaveLength(1);

    const back = await call<ContactType[]>('saveContactTypes', { types: [{ id: 'meeting', label: 'Meeting', tags: ['mtg'] }, ...withoutMeeting] });
    expect(back[0]).toEqual({ id: 'meeting', label: 'Meeting', tags: ['mtg'], retired: false });
    expect(back.some((t) => t.retired)).toBe(false);
  });

  it('a tag two types claim is refused, naming the tag and both types; nothing is written', async () => {
    const { call, core } = await unlockedCore();
    const before = await call<ContactType[]>('listContactTypes');
    const types = [...asInput(before), { ...FGC, tags: ['fgc', 'HV'] }];
    const refused = await core.dispatch('saveContactTypes', { types });
    expect(refused).toEqual({
      ok: false,
      error: {
        code: 'INVALID_REQUEST',
        message: '#hv would mean both “Home visit” and “Family group conference”. Keep that tag on one of them.',
        field: `types.${types.length - 1}.tags`,
      },
    });
    expect(await call<ContactType[]>('listContactTypes')).toEqual(before);
  });

  it("a tag that is another type's id conflicts too, however it is written (- and _ ignored)", async () => {
    const { core } = await unlockedCore();
    const refused = await core.dispatch('saveContactTypes', {
      types: [
        { id: 'phone-call', label: 'Phone call', tags: ['call'] },
        { id: 'video-call', label: 'Video call', tags: ['Phone_Call'] },
      ],
    });
    expect(refused).toMatchObject({
      ok: false,
      error: {
        message: '#phone_call would mean both “Phone call” and “Video call” (“Phone call” is always #phone-call). Keep that tag on one of them.',
        field: 'types.1.tags',
      },
    });
  });

  it('the significance tags are reserved, as a tag or as an id', async () => {
    const { core } = await unlockedCore();
    const asTag = await core.dispatch('saveContactTypes', { types: [{ ...FGC, tags: ['sig'] }] });
    expect(asTag).toMatchObject({
      ok: false,
      error: { code: 'INVALID_REQUEST', message: expect.stringContaining('#sig marks a note as significant'), field: 'types.0.tags' },
    });
    const asId = await core.dispatch('saveContactTypes', { types: [{ id: 'significant', label: 'Significant', tags: [] }] });
    expect(asId).toMatchObject({ ok: false, error: { message: expect.stringContaining('#significant, which marks a note as significant') } });
  });

  it('ids, labels and the list itself are checked at the boundary', async () => {
    const { core } = await unlockedCore();
    const cases: Array<[unknown, string]> = [
      [{ types: [{ ...FGC, id: 'Family Group' }] }, 'types.0.id'],
      [{ types: [{ ...FGC, id: '../notes' }] }, 'types.0.id'],
      [{ types: [{ ...FGC, label: '   ' }] }, 'types.0.label'],
      [{ types: [] }, 'types'],
      [{ types: [FGC, { ...FGC, tags: [] }] }, 'types'],
      [{ types: [{ ...FGC, retired: false }] }, 'retired'],
    ];
    for (const [request, field] of cases) {
      const answer = await core.dispatch('saveContactTypes', request);
      expect(answer, JSON.stringify(request)).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST', field } });
    }
  });

  it('needs an unlocked store', async () => {
    const { core } = testCore();
    expect(await core.dispatch('listContactTypes', {})).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
  });
});
