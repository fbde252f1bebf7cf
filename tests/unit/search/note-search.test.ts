import { afterEach, describe, expect, it } from 'vitest';
import { v7 as uuidv7 } from 'uuid';
import { SNIPPET_MARK_END as E, SNIPPET_MARK_START as S } from '../../../preload/contract/limits';
import { NoteStructure } from '../../../preload/contract';
import { newCase, openSearchStore, type SearchStore } from './search-store';

let store: SearchStore;
afterEach(() => store?.close());

const ids = (query: string, filter: object = {}) => store.search.search({ query, ...filter }).notes.map((n) => n.noteId);

describe('note search', () => {
  it('finds notes by a word, by the start of the word being typed, and ignores case and accents', () => {
    store = openSearchStore();
    const amira = newCase(store, 'Amira Khan');
    const visit = store.save('Home visit. Amira showed me her bedroom.', [amira]);
    const school = store.save('Phone call with the school about attendance.', [amira]);
    const zoe = store.save('Zoë was at nursery.', [amira]);
    expect(ids('bedroom')).toEqual([visit]);
    expect(ids('BEDROOM')).toEqual([visit]);
    expect(ids('attend')).toEqual([school]); // still typing
    expect(ids('scho')).toEqual([school]);
    expect(ids('zoe')).toEqual([zoe]);
    expect(ids('Zoë nurs')).toEqual([zoe]);
    expect(ids('bedroom attendance')).toEqual([]); // every word must match
    expect(ids('be')).toEqual([]); // two letters match whole words only
  });

  it('puts the better match first, and newer first among equals', () => {
    store = openSearchStore();
    const c = newCase(store, 'Yusuf Reid');
    const once = store.save('Talked about housing, then about school and friends and the weekend plans.', [c]);
    const thrice = store.save('Housing. Housing is damp. Housing officer called.', [c]);
    const older = store.save('The mould is back.', [c]);
    const newer = store.save('The mould is back.', [c]);
    expect(ids('housing')).toEqual([thrice, once]);
    expect(ids('mould')).toEqual([newer, older]);
    // The rarer word counts for more: "police" is in one note, "visit" in all three.
    const a = store.save('Visit visit visit visit. Police.', [c]);
    const b = store.save('Visit. Police police.', [c]);
    store.save('Visit only.', [c]);
    expect(ids('visit police')).toEqual([b, a]);
  });

  it('marks the matched words in a snippet of the text', () => {
    store = openSearchStore();
    const c = newCase(store, 'Lily Nowak');
    store.save('Home visit. Lily said "I like my new school". Mum was worried about the bus.', [c]);
    const [hit] = store.search.search({ query: 'school bus' }).notes;
    expect(hit?.snippet).toContain(`${S}school${E}`);
    expect(hit?.snippet).toContain(`${S}bus${E}`);
    expect(store.search.search({ query: 'wor' }).notes[0]?.snippet).toContain(`${S}worried${E}`);
  });

  it('answers with the note’s time, type, significance and children', () => {
    store = openSearchStore();
    const lily = newCase(store, 'Lily Nowak');
    const kacper = newCase(store, 'Kacper Nowak');
    const id = store.save('Family visit, both children seen.', [lily, kacper], {
      contactAt: '2026-01-03T10:00:00.000Z',
      contactType: 'home-visit',
      significant: true,
    });
    expect(store.search.search({ query: 'family' }).notes).toEqual([
      {
        noteId: id,
        occurredAt: '2026-01-03T10:00:00.000Z',
        contactType: 'home-visit',
        significant: true,
        children: [
          { caseId: kacper, childName: 'Kacper Nowak' },
          { caseId: lily, childName: 'Lily Nowak' },
        ],
        snippet: `${S}Family${E} visit, both children seen.`,
      },
    ]);
  });

  it('filters by child, contact type and dates (inclusive days, by contact time)', () => {
    store = openSearchStore();
    const a = newCase(store, 'Amira Khan');
    const y = newCase(store, 'Yusuf Khan');
    const visitA = store.save('Visit about sleep.', [a], { contactType: 'home-visit', contactAt: '2025-12-01T10:00:00.000Z' });
    const callA = store.save('Call about sleep.', [a], { contactType: 'phone-call', contactAt: '2025-12-15T23:30:00.000Z' });
    const both = store.save('Sleep routine for both.', [a, y], { contactType: 'home-visit', contactAt: '2025-12-31T08:00:00.000Z' });
    const visitY = store.save('Sleep and bedtime.', [y], { contactType: 'home-visit' });
    expect(new Set(ids('sleep'))).toEqual(new Set([visitA, callA, both, visitY]));
    expect(new Set(ids('sleep', { caseId: a }))).toEqual(new Set([visitA, callA, both]));
    expect(new Set(ids('sleep', { caseId: y }))).toEqual(new Set([both, visitY]));
    expect(new Set(ids('sleep', { contactType: 'home-visit' }))).toEqual(new Set([visitA, both, visitY]));
    expect(ids('sleep', { caseId: a, contactType: 'phone-call' })).toEqual([callA]);
    expect(new Set(ids('sleep', { from: '2025-12-15', to: '2025-12-31' }))).toEqual(new Set([callA, both]));
    expect(ids('sleep', { to: '2025-12-01' })).toEqual([visitA]);
    expect(ids('sleep', { from: '2026-01-01' })).toEqual([visitY]);
    expect(ids('sleep', { from: '2025-12-31', to: '2025-12-01' })).toEqual([]);
  });

  it('returns at most `limit` notes, 20 by default', () => {
    store = openSearchStore();
    const c = newCase(store, 'Noah Hall');
    store.db.transaction(() => {
      for (let i = 0; i < 30; i++) store.save(`Contact number ${i} with Noah.`, [c]);
    })();
    expect(ids('noah')).toHaveLength(20);
    expect(store.search.search({ query: 'noah', limit: 5 }).notes).toHaveLength(5);
  });

  it('treats search syntax in what was typed as text: it never throws', () => {
    store = openSearchStore();
    const c = newCase(store, 'Amira Khan');
    const note = store.save('Mum said "not again" - NEAR the school: AND then left*', [c]);
    for (const query of ['"', '""', '"not again', '*', 'school*', 'AND', 'OR NOT', 'NEAR(', 'NEAR(school, 2)', '-', '- school', ':', 'body:school', '{body}', '^school', '(', ')', '+', "'", '\\', 'a"b*c', 'x'.repeat(200)]) {
      expect(() => store.search.search({ query }), query).not.toThrow();
    }
    expect(ids('"not again')).toEqual([note]);
    expect(ids('NEAR(school')).toEqual([note]);
    expect(ids('body:school')).toEqual([]); // "body" is a word to find, not a column
    expect(ids('near and')).toEqual([note]);
    expect(ids('***')).toEqual([]);
  });

  it('expands the word being typed even when many words start with it', () => {
    store = openSearchStore();
    const c = newCase(store, 'Kai Ward');
    // More words starting with "pre" than are expanded: the plain prefix query answers instead.
    const words = Array.from({ length: 60 }, (_, i) => `pre${i}x`);
    const note = store.save(words.join(' '), [c]);
    const other = store.save('Prepared the report.', [c]);
    expect(new Set(ids('pre'))).toEqual(new Set([note, other]));
    expect(ids('prep')).toEqual([other]);
  });
});

describe('the index stays in step with the record', () => {
  it('a note is found once finalised, never as a draft', () => {
    store = openSearchStore();
    const c = newCase(store, 'Amira Khan');
    const id = uuidv7();
    store.drafts.save(id, c, 'Draft about the trampoline', { children: [{ caseId: c, seen: null, notSeenReason: null, bedroomSeen: null }], people: [], dismissed: [], template: null }, new Date());
    expect(ids('trampoline')).toEqual([]);
    store.notes.save(id, 'Final note about the trampoline', NoteStructure.parse({ children: [{ caseId: c }] }), new Date());
    expect(ids('trampoline')).toEqual([id]);
    expect(ids('draft')).toEqual([]);
    store.checkIndexes();
  });

  it('an amendment replaces the old wording in the index; the new wording, type and children are found', () => {
    store = openSearchStore();
    const a = newCase(store, 'Amira Khan');
    const y = newCase(store, 'Yusuf Khan');
    const id = store.save('Visited on Tuesday, mum was upset.', [a], { contactType: 'home-visit' });
    store.notes.amend(id, 'Visited on Wednesday, mum was calm.', 'Wrong day', NoteStructure.parse({ children: [{ caseId: y }], contactType: 'phone-call' }), new Date());
    expect(ids('tuesday')).toEqual([]);
    expect(ids('upset')).toEqual([]);
    expect(ids('wednesday')).toEqual([id]);
    expect(ids('calm', { caseId: y, contactType: 'phone-call' })).toEqual([id]);
    expect(ids('calm', { caseId: a })).toEqual([]);
    expect(ids('calm', { contactType: 'home-visit' })).toEqual([]);
    store.checkIndexes();
  });

  it('a changed contact time moves the note in date filters', () => {
    store = openSearchStore();
    const c = newCase(store, 'Amira Khan');
    const id = store.save('Contact about the dentist.', [c], { contactAt: '2025-06-01T10:00:00.000Z' });
    store.notes.amend(id, 'Contact about the dentist.', 'Wrong date', NoteStructure.parse({ children: [{ caseId: c }], contactAt: '2025-09-01T10:00:00.000Z' }), new Date());
    expect(ids('dentist', { to: '2025-06-30' })).toEqual([]);
    expect(ids('dentist', { from: '2025-09-01', to: '2025-09-01' })).toEqual([id]);
    store.checkIndexes();
  });

  it('an inbox note is found at once, and by its child once filed', () => {
    store = openSearchStore();
    const c = newCase(store, 'Freya Scott');
    const id = store.save('Quick note: ring the health visitor.', []);
    expect(ids('health')).toEqual([id]);
    expect(ids('health', { caseId: c })).toEqual([]);
    store.notes.file(id, [c]);
    expect(ids('health', { caseId: c })).toEqual([id]);
    store.checkIndexes();
  });

  it('many notes in one second keep distinct places, and many saves keep the index whole', () => {
    store = openSearchStore();
    const c = newCase(store, 'Evie Hill');
    const at = '2026-02-02T10:00:00.000Z';
    store.db.transaction(() => {
      for (let i = 0; i < 50; i++) store.save(`Same second ${i}`, [c], { contactAt: at });
    })();
    expect(ids('second', { limit: 100 })).toHaveLength(50);
    expect(store.db.prepare('SELECT count(DISTINCT search_key) FROM notes').pluck().get()).toBe(50);
    store.checkIndexes();
  });
});
