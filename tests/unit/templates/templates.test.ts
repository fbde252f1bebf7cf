/**
 * The team's note templates through the real core: seeded three, versions appended on each real
 * change (never rewritten), retire and restore, the audit entry, and the boundary's answers.
 */
import { describe, expect, it } from 'vitest';
import type { NoteTemplate } from '../../../preload/contract';
import { detailOf } from '../audit/audit-fixture';
import { testCore } from '../support/temp-profiles';
import { SEEDED, templateProfile } from './template-fixture';

describe('note templates', () => {
  it('a new profile has the three seeded templates, version 1, in order, none retired', async () => {
    const p = await templateProfile();
    const list = await p.list();
    expect(list.map((t) => [t.id, t.name, t.version, t.retired])).toEqual([
      ['home-visit', 'Home visit', 1, false],
      ['signs-of-safety', 'Signs of Safety mapping', 1, false],
      ['assessment-framework', 'Assessment Framework (three domains)', 1, false],
    ]);
    expect(list[0]!.body).toContain('Was every child seen? Seen alone?');
    expect(list[0]!.body).toContain('What happened?');
    expect(list[1]!.body).toContain('What are we worried about?');
    expect(list[2]!.body).toContain('Parenting capacity');
  });

  it('saving a change makes v2; v1 stays readable, word for word; the store refuses to rewrite it', async () => {
    const p = await templateProfile();
    const v1 = await p.find('home-visit');
    const v2 = await p.reworkHomeVisit();
    expect(v2).toMatchObject({ id: 'home-visit', name: 'Home visit', version: 2, retired: false });
    expect(v2.body).toContain('What happened on the visit?');
    expect(await p.find('home-visit')).toEqual(v2);
    expect(await p.call<NoteTemplate>('getTemplateVersion', { templateId: 'home-visit', version: 1 })).toEqual(v1);
    expect(await p.call<NoteTemplate>('getTemplateVersion', { templateId: 'home-visit', version: 2 })).toEqual(v2);

    const db = await p.raw();
    expect(() => db.prepare("UPDATE note_template_versions SET body = 'x' WHERE template_id = 'home-visit' AND version = 1").run()).toThrow(/cannot be changed/u);
    expect(() => db.prepare("DELETE FROM note_template_versions WHERE template_id = 'home-visit'").run()).toThrow(/cannot be changed/u);
  });

  it('saving the same name and prompts makes no version and records nothing', async () => {
    const p = await templateProfile();
    const v1 = await p.find('signs-of-safety');
    const before = (await p.rows()).length;
    expect(await p.save('signs-of-safety', v1.name, v1.body)).toEqual(v1);
    expect((await p.rows()).length).toBe(before);
    // A rename alone is a change: notes name the version they used as it was called then.
    expect(await p.save('signs-of-safety', 'Signs of Safety', v1.body)).toMatchObject({ version: 2, name: 'Signs of Safety' });
    expect(await p.call<NoteTemplate>('getTemplateVersion', { templateId: 'signs-of-safety', version: 1 })).toMatchObject({ name: 'Signs of Safety mapping' });
  });

  it("a team's own template gets a new id, version 1, last in the list", async () => {
    const p = await templateProfile();
    const made = await p.save(null, 'Family group conference', 'Who came?\n\nThe family plan:\n');
    expect(made).toMatchObject({ name: 'Family group conference', version: 1, retired: false });
    expect(made.id).toMatch(/^[0-9a-f-]{36}$/u);
    expect((await p.list()).map((t) => t.id)).toEqual([...SEEDED, made.id]);
    expect(await p.save(made.id, made.name, 'Who came?\n')).toMatchObject({ id: made.id, version: 2 });
  });

  it('retiring takes a template off the active list; restoring brings it back at the same version', async () => {
    const p = await templateProfile();
    const retired = await p.call<NoteTemplate>('setTemplateRetired', { templateId: 'assessment-framework', retired: true });
    expect(retired).toMatchObject({ id: 'assessment-framework', version: 1, retired: true });
    const list = await p.list();
    expect(list.map((t) => t.id)).toEqual(SEEDED); // still listed for Settings, marked
    expect(list.filter((t) => !t.retired).map((t) => t.id)).toEqual(['home-visit', 'signs-of-safety']);
    expect(await p.call<NoteTemplate>('setTemplateRetired', { templateId: 'assessment-framework', retired: false })).toMatchObject({ retired: false, version: 1 });
  });

  it('each change is one audit entry ("Settings changed: note templates"), with no wording in it', async () => {
    const p = await templateProfile();
    const before = (await p.rows()).length;
    await p.reworkHomeVisit();
    await p.save(null, 'Direct work', 'What did the child draw?\n');
    await p.call('setTemplateRetired', { templateId: 'home-visit', retired: true });
    await p.call('setTemplateRetired', { templateId: 'home-visit', retired: true }); // no change: no entry
    const rows = (await p.rows()).slice(before);
    expect(rows.map((r) => [r.action, detailOf(r)])).toEqual([
      ['settings-changed', { changed: ['note templates'] }],
      ['settings-changed', { changed: ['note templates'] }],
      ['settings-changed', { changed: ['note templates'] }],
    ]);
    expect(JSON.stringify(rows)).not.toMatch(/Direct work|child draw|on the visit/u);
    expect((await p.verify()).intact).toBe(true);
  });

  it('refuses a second template with the same name, an unknown template and blank prompts, plainly', async () => {
    const p = await templateProfile();
    const clash = await p.core.dispatch('saveTemplate', { templateId: null, name: ' home VISIT ', body: 'Anything?' });
    expect(clash).toEqual({
      ok: false,
      error: { code: 'INVALID_REQUEST', message: 'There is already a template called “Home visit”. Give this one a different name.', field: 'name' },
    });
    await p.call('setTemplateRetired', { templateId: 'signs-of-safety', retired: true });
    expect(await p.core.dispatch('saveTemplate', { templateId: null, name: 'Signs of Safety mapping', body: 'Worries?' })).toMatchObject({
      ok: false,
      error: { message: 'There is already a template called “Signs of Safety mapping” (retired). Restore it, or give this one a different name.' },
    });
    expect(await p.core.dispatch('saveTemplate', { templateId: 'no-such-template', name: 'X', body: 'Y' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'That template could not be found.' },
    });
    expect(await p.core.dispatch('saveTemplate', { templateId: null, name: 'Empty', body: ' \n ' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_REQUEST', field: 'body', message: 'Write the prompts the template should insert.' },
    });
    expect(await p.core.dispatch('getTemplateVersion', { templateId: 'home-visit', version: 9 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await p.core.dispatch('setTemplateRetired', { templateId: '../x', retired: true })).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
    expect((await p.list()).length).toBe(3);
  });

  it('needs an unlocked store', async () => {
    const { core } = testCore();
    expect(await core.dispatch('listTemplates', {})).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
  });
});
