import { describe, expect, it } from 'vitest';
import { v7 as uuidv7 } from 'uuid';
import type { CaseSummary, Family, Note, Person, SearchResults } from '../../../preload/contract';
import { PASSPHRASE, testCore } from '../support/temp-profiles';

async function twoSiblings() {
  let now = Date.parse('2026-11-26T16:00:00Z');
  const t = testCore({ clock: { now: () => (now += 1000) } });
  await t.call('createProfile', { displayName: 'Sam', passphrase: PASSPHRASE });
  const ava = await t.call<CaseSummary>('createCase', { childName: 'Ava Jones', dateOfBirth: '2016-04-03' });
  const ben = await t.call<CaseSummary>('createCase', { childName: 'Ben Jones' });
  return { ...t, ava, ben };
}

const names = (family: Family) => ({ children: family.children.map((c) => c.childName), people: family.people.map((p) => p.fullName) });

describe('the case summary', () => {
  it('keeps legal status and allocated worker, and an emptied field is cleared', async () => {
    const { call, ava } = await twoSiblings();
    const edited = await call<CaseSummary>('updateCase', {
      caseId: ava.id,
      childName: 'Ava Jones',
      dateOfBirth: '2016-04-03',
      caseReference: 'CP-101',
      legalStatus: 'Child protection plan (neglect) since 3 March 2026',
      allocatedWorker: 'Sam Patel',
    });
    expect(edited).toMatchObject({ caseReference: 'CP-101', legalStatus: 'Child protection plan (neglect) since 3 March 2026', allocatedWorker: 'Sam Patel' });
    const cleared = await call<CaseSummary>('updateCase', {
      caseId: ava.id,
      childName: 'Ava Jones',
      dateOfBirth: null,
      caseReference: '',
      legalStatus: '  ',
      allocatedWorker: 'Sam Patel',
    });
    expect(cleared).toMatchObject({ legalStatus: null, dateOfBirth: null, caseReference: null });
    expect(await call<CaseSummary>('getCase', { caseId: ava.id })).toEqual(cleared);
  });

  it('refuses a blank name, or a field left out, with a specific message and changes nothing', async () => {
    const { core, call, ava } = await twoSiblings();
    const complete = { caseId: ava.id, childName: 'Ava Jones', dateOfBirth: '2016-04-03', caseReference: null, legalStatus: null, allocatedWorker: null };
    const blank = await core.dispatch('updateCase', { ...complete, childName: ' ' });
    expect(blank).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST', field: 'childName', message: "Child's name is required." } });
    // Leaving a field out must not clear it behind the practitioner's back.
    const { dateOfBirth: _left, ...withoutBirthday } = complete;
    expect(await core.dispatch('updateCase', withoutBirthday)).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST', field: 'dateOfBirth' } });
    expect(await call<CaseSummary>('getCase', { caseId: ava.id })).toMatchObject({ childName: 'Ava Jones', dateOfBirth: '2016-04-03' });
  });
});

describe('family groups', () => {
  it('siblings share a group seen from either case; joining groups merges them; leaving keeps the rest together', async () => {
    const { call, ava, ben } = await twoSiblings();
    const cara = await call<CaseSummary>('createCase', { childName: 'Cara Jones' });
    const dan = await call<CaseSummary>('createCase', { childName: 'Dan Smith' });
    expect(names(await call<Family>('getFamily', { caseId: ava.id })).children).toEqual(['Ava Jones']);

    await call('addSibling', { caseId: ava.id, siblingCaseId: ben.id });
    await call('addSibling', { caseId: cara.id, siblingCaseId: dan.id });
    const merged = await call<Family>('addSibling', { caseId: ben.id, siblingCaseId: cara.id });
    expect(names(merged).children).toEqual(['Ben Jones', 'Ava Jones', 'Cara Jones', 'Dan Smith']);
    expect(names(await call<Family>('getFamily', { caseId: dan.id })).children).toEqual(['Dan Smith', 'Ava Jones', 'Ben Jones', 'Cara Jones']);

    await call('leaveFamilyGroup', { caseId: dan.id });
    expect(names(await call<Family>('getFamily', { caseId: dan.id })).children).toEqual(['Dan Smith']);
    expect(names(await call<Family>('getFamily', { caseId: ava.id })).children).toEqual(['Ava Jones', 'Ben Jones', 'Cara Jones']);
  });

  it('refuses a child as their own sibling', async () => {
    const { core, ava } = await twoSiblings();
    const answer = await core.dispatch('addSibling', { caseId: ava.id, siblingCaseId: ava.id });
    expect(answer).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST', message: 'A child cannot be their own sibling.' } });
  });
});

describe('people and relationships', () => {
  it('a mother linked to both siblings with parental responsibility shows on both; a professional too', async () => {
    const { call, ava, ben } = await twoSiblings();
    await call('addSibling', { caseId: ava.id, siblingCaseId: ben.id });
    const mum = await call<Person>('createPerson', {
      fullName: 'Sarah Jones',
      links: [
        { caseId: ava.id, relationship: 'mother', parentalResponsibility: true, livesWithChild: true },
        { caseId: ben.id, relationship: 'mother', parentalResponsibility: true, livesWithChild: false },
      ],
    });
    expect(mum.links).toEqual([
      { caseId: ava.id, childName: 'Ava Jones', relationship: 'mother', parentalResponsibility: true, livesWithChild: true },
      { caseId: ben.id, childName: 'Ben Jones', relationship: 'mother', parentalResponsibility: true, livesWithChild: false },
    ]);
    const hv = await call<Person>('createPerson', {
      fullName: 'Priya Patel',
      role: 'Health visitor',
      agency: 'Northshire Community Health',
      phone: '01632 960123',
      links: [{ caseId: ben.id, relationship: 'professional' }],
    });
    expect(hv).toMatchObject({ role: 'Health visitor', links: [{ childName: 'Ben Jones', parentalResponsibility: null }] });
    const family = await call<Family>('getFamily', { caseId: ava.id });
    expect(names(family).people).toEqual(['Priya Patel', 'Sarah Jones']);
  });

  it('a relationship can change or be removed; the person stays and can be edited', async () => {
    const { call, ava, ben } = await twoSiblings();
    const dad = await call<Person>('createPerson', { fullName: 'Tom Jones', links: [{ caseId: ava.id, relationship: 'father' }] });
    const changed = await call<Person>('setRelationship', { personId: dad.id, caseId: ava.id, relationship: 'step-parent', parentalResponsibility: false });
    expect(changed.links).toMatchObject([{ relationship: 'step-parent', parentalResponsibility: false }]);
    const both = await call<Person>('setRelationship', { personId: dad.id, caseId: ben.id, relationship: 'father', parentalResponsibility: true });
    expect(both.links.map((l) => `${l.childName}:${l.relationship}`)).toEqual(['Ava Jones:step-parent', 'Ben Jones:father']);
    const removed = await call<Person>('removeRelationship', { personId: dad.id, caseId: ava.id });
    expect(removed.links.map((l) => l.childName)).toEqual(['Ben Jones']);
    expect(names(await call<Family>('getFamily', { caseId: ava.id })).people).toEqual([]);
    const edit = { personId: dad.id, fullName: 'Thomas Jones', dateOfBirth: null, role: null, agency: null, phone: null, email: 'tom@example.org', address: null };
    const renamed = await call<Person>('updatePerson', edit);
    expect(renamed).toMatchObject({ fullName: 'Thomas Jones', email: 'tom@example.org', links: [{ childName: 'Ben Jones' }] });
    expect((await call<Person[]>('listPeople')).map((p) => p.fullName)).toEqual(['Thomas Jones']);
  });

  it('bad input gets a specific error and writes nothing', async () => {
    const { core, call, ava } = await twoSiblings();
    const unknownRelationship = await core.dispatch('createPerson', { fullName: 'X', links: [{ caseId: ava.id, relationship: 'cousin' }] });
    expect(unknownRelationship).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST', message: 'Choose how this person is related to the child.' } });
    const missingCase = await core.dispatch('createPerson', {
      fullName: 'Sarah Jones',
      links: [{ caseId: ava.id, relationship: 'mother' }, { caseId: uuidv7(), relationship: 'mother' }],
    });
    expect(missingCase).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await call<Person[]>('listPeople')).toEqual([]); // the whole create was rolled back
    const noName = await core.dispatch('createPerson', { fullName: '' });
    expect(noName).toMatchObject({ ok: false, error: { field: 'fullName', message: 'Name is required.' } });
    const notLinked = await core.dispatch('removeRelationship', { personId: (await call<Person>('createPerson', { fullName: 'Y' })).id, caseId: ava.id });
    expect(notLinked).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: 'That person is not linked to this child.' } });
  });
});

describe('people in notes and search', () => {
  it('a note can name people present; they show on the note, survive an amendment and are found by search', async () => {
    const { call, ava } = await twoSiblings();
    const mum = await call<Person>('createPerson', { fullName: 'Sarah Jones', links: [{ caseId: ava.id, relationship: 'mother' }] });
    const hv = await call<Person>('createPerson', { fullName: 'Priya Patel', role: 'Health visitor', agency: 'Northshire Community Health' });
    const note = await call<Note>('saveNote', {
      id: uuidv7(),
      body: 'Joint visit with the health visitor. Mum was present.',
      structure: { children: [{ caseId: ava.id }], people: [mum.id, hv.id] },
    });
    expect(note.people).toEqual([
      { personId: hv.id, fullName: 'Priya Patel' },
      { personId: mum.id, fullName: 'Sarah Jones' },
    ]);
    const amended = await call<Note>('amendNote', { noteId: note.id, body: note.body, reason: 'Mum was not there', structure: { children: [{ caseId: ava.id }], people: [hv.id] } });
    expect(amended.people.map((p) => p.fullName)).toEqual(['Priya Patel']);
    expect((await call<Note[]>('listNotes', { caseId: ava.id }))[0]!.people.map((p) => p.fullName)).toEqual(['Priya Patel']);

    const search = (query: string) => call<SearchResults>('search', { query });
    expect((await search('pat')).people.map((p) => p.fullName)).toEqual(['Priya Patel']);
    expect((await search('health visitor')).people.map((p) => p.fullName)).toEqual(['Priya Patel']);
    expect((await search('Sarha')).people.map((p) => p.fullName)).toEqual(['Sarah Jones']); // a slip
    await call('updatePerson', { personId: mum.id, fullName: 'Sarah Okafor', dateOfBirth: null, role: null, agency: null, phone: null, email: null, address: null });
    expect((await search('okafor')).people.map((p) => p.links[0]?.childName)).toEqual(['Ava Jones']);
  });

  it('a note naming someone who is not in the store is refused and not saved', async () => {
    const { core, call, ava } = await twoSiblings();
    const id = uuidv7();
    const answer = await core.dispatch('saveNote', { id, body: 'Visit', structure: { children: [{ caseId: ava.id }], people: [uuidv7()] } });
    expect(answer).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: 'A linked person could not be found.' } });
    expect(await call<Note[]>('listNotes', { caseId: ava.id })).toEqual([]);
  });

  it('drafts keep the people named so far', async () => {
    const { call, ava } = await twoSiblings();
    const mum = await call<Person>('createPerson', { fullName: 'Sarah Jones' });
    const id = uuidv7();
    await call('saveDraft', { id, caseId: ava.id, body: 'Mum said', state: { people: [mum.id] } });
    const [draft] = await call<Array<{ state: { people: string[] } }>>('listDrafts', { caseId: ava.id });
    expect(draft!.state.people).toEqual([mum.id]);
  });
});
