import { describe, expect, it } from 'vitest';
import { parseNote } from '../../../renderer/features/capture/parse-note';
import { contactTypeLabel } from '../../../renderer/features/timeline/note-labels';
import {
  fieldIdForError,
  idFromLabel,
  rowFieldId,
  rowIds,
  rowsFrom,
  saveRequest,
  tagsFrom,
  type ContactTypeRow,
} from '../../../renderer/features/settings/contact-type-rows';

const TEAM = [
  { id: 'home-visit', label: 'Home visit', tags: ['visit', 'hv'], retired: false },
  { id: 'family-group-conference', label: 'Family group conference', tags: ['fgc'], retired: false },
  { id: 'meeting', label: 'Meeting', tags: ['cgm'], retired: true },
];

const fresh = (key: string, label: string, tags = ''): ContactTypeRow => ({ key, id: null, label, tags });

describe('the contact-types form', () => {
  it('lists the active types with their tags as one line', () => {
    expect(rowsFrom(TEAM)).toEqual([
      { key: 'home-visit', id: 'home-visit', label: 'Home visit', tags: 'visit, hv' },
      { key: 'family-group-conference', id: 'family-group-conference', label: 'Family group conference', tags: 'fgc' },
    ]);
  });

  it('makes a new type an id from its name: kebab-case, a letter first, at most 40 characters', () => {
    expect(idFromLabel('Family group conference')).toBe('family-group-conference');
    expect(idFromLabel('  Visite à l’école (CAF) ')).toBe('visite-a-l-ecole-caf');
    expect(idFromLabel('1:1 session')).toBe('session');
    expect(idFromLabel('!!!')).toBe('contact-type');
    const long = idFromLabel('Strategy discussion with police and health colleagues');
    expect(long.length).toBeLessThanOrEqual(40);
    expect(long).toMatch(/^[a-z][a-z0-9-]*[a-z0-9]$/u);
  });

  it('keeps ids unique, and a name of a type taken off the list brings its id back', () => {
    const rows = [...rowsFrom(TEAM), fresh('new-1', 'Home visit'), fresh('new-2', 'Home visit'), fresh('new-3', 'meeting ')];
    expect(rowIds(rows, TEAM.filter((t) => t.retired))).toEqual([
      'home-visit',
      'family-group-conference',
      'home-visit-2',
      'home-visit-3',
      'meeting',
    ]);
  });

  it('reads tags as people type them: commas or spaces, "#" optional, any case', () => {
    expect(tagsFrom(' #FGC, family-conf  ##fgc2,,')).toEqual(['fgc', 'family-conf', 'fgc2']);
    expect(tagsFrom('')).toEqual([]);
    expect(saveRequest([fresh('new-1', 'Family group conference', '#fgc')])).toEqual({
      types: [{ id: 'family-group-conference', label: 'Family group conference', tags: ['fgc'] }],
    });
  });

  it("links the store's error to the box to fix", () => {
    const rows = rowsFrom(TEAM);
    expect(fieldIdForError('types.1.tags', rows)).toBe(rowFieldId(rows[1]!, 'tags'));
    expect(fieldIdForError('types.1.tags.0', rows)).toBe(rowFieldId(rows[1]!, 'tags'));
    expect(fieldIdForError('types.0.id', rows)).toBe(rowFieldId(rows[0]!, 'label'));
    expect(fieldIdForError('types', rows)).toBeUndefined();
    expect(fieldIdForError('types.9.label', rows)).toBeUndefined();
    expect(fieldIdForError(undefined, rows)).toBeUndefined();
  });
});

describe('the configured list in the parser and the labels', () => {
  it("a team's tag sets its type, and the chip carries the team's name for it", () => {
    const parsed = parseNote('#FGC at the family centre', { now: new Date('2026-03-02T10:00:00Z'), contactTypes: TEAM.filter((t) => !t.retired) });
    expect(parsed.contactType).toMatchObject({ typeId: 'family-group-conference', label: 'Family group conference' });
    expect(parseNote('#fgc', { now: new Date() }).contactType).toBeNull();
  });

  it('labels a retired type by its name, and an unknown one from its id', () => {
    expect(contactTypeLabel('meeting', TEAM)).toBe('Meeting');
    expect(contactTypeLabel('video-call', TEAM)).toBe('Video call');
  });
});
