import { afterEach, describe, expect, it } from 'vitest';
import { newCase, openSearchStore, type SearchStore } from './search-store';

let store: SearchStore;
afterEach(() => store?.close());

const names = (query: string) => store.search.search({ query }).cases.map((c) => c.childName);

describe('case search', () => {
  it('matches any three letters of a name or reference, the start of a word from one letter, and slips of typing', () => {
    store = openSearchStore();
    newCase(store, 'Amira Khan', 'CP-2291');
    newCase(store, 'Yusuf Khan');
    newCase(store, 'Alfie Smith');
    newCase(store, 'Sam Allen');
    newCase(store, 'Zoë Nowak');
    expect(names('mira')).toEqual(['Amira Khan']);
    expect(names('khan')).toEqual(['Amira Khan', 'Yusuf Khan']);
    expect(names('amira k')).toEqual(['Amira Khan']);
    expect(names('2291')).toEqual(['Amira Khan']);
    expect(names('cp')).toEqual(['Amira Khan']);
    expect(names('a')).toEqual(['Alfie Smith', 'Amira Khan', 'Sam Allen']); // names starting with it first
    expect(names('al')).toEqual(['Alfie Smith', 'Sam Allen']);
    expect(names('zoe')).toEqual(['Zoë Nowak']);
    expect(names('Amria')).toEqual(['Amira Khan']); // two letters swapped
    expect(names('Nowack')).toEqual(['Zoë Nowak']); // one letter too many
    expect(names('xyz')).toEqual([]);
  });

  it('finds a case as soon as it is created, and answers its details', () => {
    store = openSearchStore();
    expect(names('hussain')).toEqual([]);
    const id = newCase(store, 'Bilal Hussain', 'LAC-7');
    expect(store.search.search({ query: 'huss' }).cases).toEqual([{ caseId: id, childName: 'Bilal Hussain', caseReference: 'LAC-7', dateOfBirth: null }]);
    expect(names('bil')).toEqual(['Bilal Hussain']); // the cached name words were refreshed
    store.checkIndexes();
  });

  it('answers notes only when the search is filtered', () => {
    store = openSearchStore();
    const id = newCase(store, 'Amira Khan');
    store.save('Amira at school.', [id]);
    const filtered = store.search.search({ query: 'amira', caseId: id });
    expect(filtered.cases).toEqual([]);
    expect(filtered.notes).toHaveLength(1);
  });
});
