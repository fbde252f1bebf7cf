/**
 * Notes remember the template version they started from: through saving, amending, filing, drafts and
 * later edits to the template. The prompts are only text: a note with every prompt empty is complete.
 */
import { v7 as uuidv7 } from 'uuid';
import { describe, expect, it } from 'vitest';
import type { Draft, Note, NoteTemplate } from '../../../preload/contract';
import { structureOf } from '../../../preload/contract/note-structure';
import { templateProfile } from './template-fixture';

const V1 = { id: 'home-visit', version: 1 };

describe('notes and their template', () => {
  it('a note saved with prompts left empty is saved, and names the template version it used', async () => {
    const p = await templateProfile();
    const home = await p.find('home-visit');
    const note = await p.call<Note>('saveNote', { id: uuidv7(), body: home.body, structure: { children: [{ caseId: p.amira.id }], template: V1 } });
    expect(note.template).toEqual({ id: 'home-visit', version: 1, name: 'Home visit' });
    expect((await p.call<Note[]>('listNotes', { caseId: p.amira.id }))[0]!.template).toEqual(note.template);
    // Without one, a note has none (the default, and what every older note reads as).
    const plain = await p.call<Note>('saveNote', { id: uuidv7(), body: 'Rang school.', structure: { children: [{ caseId: p.amira.id }] } });
    expect(plain.template).toBeNull();
  });

  it('still says v1, with v1’s name, after the template moves to v2 and is renamed', async () => {
    const p = await templateProfile();
    const note = await p.call<Note>('saveNote', { id: uuidv7(), body: 'Was every child seen?\nYes.', structure: { children: [{ caseId: p.amira.id }], template: V1 } });
    const home = await p.find('home-visit');
    await p.save('home-visit', 'Statutory visit', home.body);
    const [listed] = await p.call<Note[]>('listNotes', { caseId: p.amira.id });
    expect(listed!.template).toEqual({ id: 'home-visit', version: 1, name: 'Home visit' });
    const v1 = await p.call<NoteTemplate>('getTemplateVersion', { templateId: 'home-visit', version: 1 });
    expect(v1.body).toBe(home.body);
    // A note written after the change names the new version.
    const later = await p.call<Note>('saveNote', { id: uuidv7(), body: 'Later visit.', structure: { template: { id: 'home-visit', version: 2 } } });
    expect(later.template).toEqual({ id: 'home-visit', version: 2, name: 'Statutory visit' });
    expect(note.id).not.toBe(later.id);
  });

  it('an amendment keeps the template as sent: unchanged says so, and it can be changed or removed', async () => {
    const p = await templateProfile();
    const note = await p.call<Note>('saveNote', { id: uuidv7(), body: 'What happened?\nPlayed.', structure: { children: [{ caseId: p.amira.id }], template: V1 } });
    expect(structureOf(note).template).toEqual(V1);
    const same = { noteId: note.id, body: note.body, reason: 'Nothing', structure: structureOf(note) };
    expect(await p.core.dispatch('amendNote', same)).toEqual({
      ok: false,
      error: { code: 'INVALID_REQUEST', message: 'The amendment does not change anything.', field: 'body' },
    });

    const reworded = await p.call<Note>('amendNote', { ...same, body: 'What happened?\nPlayed in the garden.', reason: 'Detail' });
    expect(reworded.template).toEqual({ ...V1, name: 'Home visit' });

    const other = await p.call<Note>('amendNote', { ...same, body: reworded.body, reason: 'Wrong template', structure: { ...structureOf(reworded), template: { id: 'signs-of-safety', version: 1 } } });
    expect(other.template).toEqual({ id: 'signs-of-safety', version: 1, name: 'Signs of Safety mapping' });

    const none = await p.call<Note>('amendNote', { ...same, body: reworded.body, reason: 'Not from a template', structure: { ...structureOf(other), template: null } });
    expect(none).toMatchObject({ version: 4, template: null });
    // Each version's structure is kept with it.
    const raw = await p.raw();
    const stored = raw.prepare<[string], string>('SELECT structure_json FROM note_versions WHERE note_id = ? ORDER BY version').pluck().all(note.id);
    expect(stored.map((s) => (JSON.parse(s) as { template: unknown }).template)).toEqual([V1, V1, { id: 'signs-of-safety', version: 1 }, null]);
  });

  it('an unknown template or version is refused, naming it; nothing is saved', async () => {
    const p = await templateProfile();
    const save = (template: unknown) => p.core.dispatch('saveNote', { id: uuidv7(), body: 'Visit.', structure: { children: [{ caseId: p.amira.id }], template } });
    expect(await save({ id: 'home-visit', version: 7 })).toEqual({
      ok: false,
      error: {
        code: 'INVALID_REQUEST',
        message: 'The template “Home visit” has no version 7, so the note was not saved. Insert the template again, or remove the link.',
        field: 'structure.template',
      },
    });
    expect(await save({ id: 'court-statement', version: 1 })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_REQUEST', message: expect.stringContaining('There is no note template “court-statement”'), field: 'structure.template' },
    });
    for (const bad of [{ id: 'home-visit', version: 0 }, { id: '../etc', version: 1 }, { id: 'home-visit' }, { id: 'home-visit', version: 1, name: 'x' }]) {
      expect(await save(bad), JSON.stringify(bad)).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
    }
    expect(await p.call<Note[]>('listNotes', { caseId: p.amira.id })).toEqual([]);
  });

  it('a retired template is not offered, but notes that used it still name it (and can be amended)', async () => {
    const p = await templateProfile();
    const note = await p.call<Note>('saveNote', { id: uuidv7(), body: 'Domains.', structure: { children: [{ caseId: p.amira.id }], template: { id: 'assessment-framework', version: 1 } } });
    await p.call('setTemplateRetired', { templateId: 'assessment-framework', retired: true });
    expect((await p.list()).filter((t) => !t.retired).map((t) => t.id)).not.toContain('assessment-framework');
    const [listed] = await p.call<Note[]>('listNotes', { caseId: p.amira.id });
    expect(listed!.template).toEqual({ id: 'assessment-framework', version: 1, name: 'Assessment Framework (three domains)' });
    const amended = await p.call<Note>('amendNote', { noteId: note.id, body: 'Domains, detail.', reason: 'More', structure: structureOf(listed!) });
    expect(amended.template?.name).toBe('Assessment Framework (three domains)');
  });

  it('a draft keeps its template, so a restored draft saves with it; drafts from before templates have none', async () => {
    const p = await templateProfile();
    const id = uuidv7();
    const draft = await p.call<Draft>('saveDraft', { id, caseId: p.amira.id, body: 'What happened?\n', state: { children: [{ caseId: p.amira.id }], template: V1 } });
    expect(draft.state.template).toEqual(V1);
    const [restored] = await p.call<Draft[]>('listDrafts', { caseId: p.amira.id });
    expect(restored!.state.template).toEqual(V1);
    const note = await p.call<Note>('saveNote', { id, body: restored!.body, structure: { children: restored!.state.children, template: restored!.state.template } });
    expect(note.template).toMatchObject(V1);

    const raw = await p.raw();
    raw.prepare("INSERT INTO drafts (id, case_id, body, structure_json, created_at, updated_at) VALUES (?, ?, 'Old.', '{\"children\":[],\"dismissed\":[]}', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')").run(uuidv7(), p.amira.id);
    const [old] = await p.call<Draft[]>('listDrafts', { caseId: p.amira.id });
    expect(old!.state).toEqual({ children: [], dismissed: [], people: [], template: null });
  });

  it('filing an inbox note keeps its template', async () => {
    const p = await templateProfile();
    const note = await p.call<Note>('saveNote', { id: uuidv7(), body: 'Quick visit note.', structure: { template: V1 } });
    const filed = await p.call<Note>('fileNote', { noteId: note.id, caseIds: [p.amira.id] });
    expect(filed.template).toMatchObject(V1);
  });
});
