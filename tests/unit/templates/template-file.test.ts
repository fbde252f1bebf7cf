/**
 * Note templates as a file: saved to where the practitioner chose, read back the same word for word,
 * imported as versions (never deleting), and a wrong file refused with the file, the field and the
 * problem named — with nothing changed.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { NoteTemplate, TemplateImport } from '../../../preload/contract';
import { parseTemplateFile, templatesToFile } from '../../../main/templates/template-file';
import { TeamFileError } from '../../../main/shared/team-file';
import { detailOf } from '../audit/audit-fixture';
import { templateProfile } from './template-fixture';

const FILE_HEAD = 'format: casework-note-templates\nformatVersion: 1\ntemplates:\n';

async function profileSavingTo(folder?: string) {
  const dir = folder ?? (await fs.mkdtemp(path.join(os.tmpdir(), 'templates-file-')));
  const asked: string[] = [];
  const p = await templateProfile({
    exportDestination: {
      choose: async ({ name, kind }) => {
        asked.push(`${kind}:${name}`);
        return path.join(dir, name);
      },
    },
  });
  const importFile = (fileName: string, text: string) => p.call<TemplateImport>('importTemplates', { fileName, text });
  return { ...p, dir, asked, importFile };
}

describe('note templates as a file', () => {
  it('saves every template, retired ones marked, as YAML a person can edit; the save is in the audit log with its SHA-256', async () => {
    const p = await profileSavingTo();
    await p.call('setTemplateRetired', { templateId: 'signs-of-safety', retired: true });
    const { fileName } = await p.call<{ fileName: string }>('saveTemplatesFile');
    expect(fileName).toBe('casework-note-templates.yaml');
    expect(p.asked).toEqual(['templates:casework-note-templates.yaml']);

    const file = path.join(p.dir, fileName);
    const text = await fs.readFile(file, 'utf8');
    expect((await fs.stat(file)).mode & 0o777).toBe(0o600);
    expect(text).toMatch(/^# Casework note templates/u);
    expect(text).toContain('  - name: Home visit\n    prompts: |\n      ');
    expect(text).toContain('Was every child seen? Seen alone?');
    const list = await p.list();
    expect(parseTemplateFile(fileName, text)).toEqual(list.map((t) => ({ name: t.name, prompts: t.body, retired: t.retired })));

    const row = await p.lastRow();
    expect(row.action).toBe('export');
    const sha = (await import('node:crypto')).createHash('sha256').update(text).digest('hex');
    expect(detailOf(row)).toEqual({ kind: 'note-templates', formats: ['yaml'], files: [{ name: fileName, sha256: sha }] });
    expect((await p.verify()).intact).toBe(true);
  });

  it('a cancelled save writes nothing and records nothing', async () => {
    const p = await templateProfile({ exportDestination: { choose: async () => null } });
    const before = (await p.rows()).length;
    expect(await p.core.dispatch('saveTemplatesFile', {})).toMatchObject({ ok: false, error: { code: 'CANCELLED' } });
    expect((await p.rows()).length).toBe(before);
  });

  it('importing a file edited in a text editor adds new templates, versions changed ones, retires and restores, and leaves the rest', async () => {
    const p = await profileSavingTo();
    await p.call('setTemplateRetired', { templateId: 'assessment-framework', retired: true });
    const before = await p.list();
    const home = before.find((t) => t.id === 'home-visit')!;
    const text = templatesToFile(before, 'today')
      // Edited: the home visit's first prompt reworded, Signs of Safety retired, the Assessment Framework restored, one added.
      .replace('Was every child seen? Seen alone?', 'Was every child seen, and seen alone?')
      .replace('  - name: Signs of Safety mapping\n', '  - name: Signs of Safety mapping\n    retired: true\n')
      .replace('    retired: true\n    prompts: |\n      Child', '    prompts: |\n      Child')
      .concat('  - name: Family network meeting\n    prompts: |\n      Who came?\n      What did the family decide?\n');
    expect(text).not.toContain('Assessment Framework (three domains)\n    retired');

    const result = await p.importFile('C:\\Users\\sam\\Desktop\\team templates.yaml', text);
    expect(result).toMatchObject({
      added: ['Family network meeting'],
      updated: ['Home visit'],
      retired: ['Signs of Safety mapping'],
      restored: ['Assessment Framework (three domains)'],
      unchanged: [],
    });
    const after = await p.list();
    expect(result.templates).toEqual(after);
    const newHome = after.find((t) => t.id === 'home-visit')!;
    expect(newHome).toMatchObject({ version: 2, retired: false });
    expect(newHome.body).toBe(home.body.replace('Was every child seen? Seen alone?', 'Was every child seen, and seen alone?'));
    // v1 is still there, word for word, for the notes written to it.
    expect(await p.call<NoteTemplate>('getTemplateVersion', { templateId: 'home-visit', version: 1 })).toEqual(home);
    expect(after.map((t) => [t.name, t.version, t.retired])).toEqual([
      ['Home visit', 2, false],
      ['Signs of Safety mapping', 1, true],
      ['Assessment Framework (three domains)', 1, false],
      ['Family network meeting', 1, false],
    ]);
    expect((await p.lastRow()).action).toBe('settings-changed');
    expect(detailOf(await p.lastRow())).toEqual({ changed: ['note templates'] });
  });

  it('matches names as a reader would, and a file naming only some templates leaves the others alone', async () => {
    const p = await profileSavingTo();
    const before = await p.list();
    const result = await p.importFile('one.yaml', `${FILE_HEAD}  - name: "  home VISIT "\n    prompts: |\n      Just one prompt\n`);
    expect(result).toMatchObject({ added: [], updated: ['home VISIT'], unchanged: [] });
    const after = await p.list();
    expect(after).toHaveLength(3);
    expect(after[0]).toMatchObject({ id: 'home-visit', name: 'home VISIT', version: 2, body: 'Just one prompt\n' });
    expect(after.slice(1)).toEqual(before.slice(1));
  });

  it('importing the file just saved changes nothing and records nothing', async () => {
    const p = await profileSavingTo();
    const { fileName } = await p.call<{ fileName: string }>('saveTemplatesFile');
    const rows = (await p.rows()).length;
    const result = await p.importFile(fileName, await fs.readFile(path.join(p.dir, fileName), 'utf8'));
    expect(result).toMatchObject({ added: [], updated: [], retired: [], restored: [], unchanged: ['Home visit', 'Signs of Safety mapping', 'Assessment Framework (three domains)'] });
    expect((await p.rows()).length).toBe(rows);
  });

  it('refuses a wrong file with every problem naming the file, the field and what is wrong, and changes nothing', async () => {
    const p = await profileSavingTo();
    const before = await p.list();
    const rows = (await p.rows()).length;
    const text = `${FILE_HEAD}  - name: Home visit\n    promts: |\n      Typo\n  - name: 2026\n    prompts: ""\n  - name: home visit\n    prompts: x\n    retired: maybe\n`;
    const refused = await p.core.dispatch('importTemplates', { fileName: '/home/sam/team.yaml', text });
    expect(refused).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST', field: 'text' } });
    expect(refused.ok ? [] : refused.error.message.split('\n')).toEqual([
      'team.yaml was not imported: your templates have not changed. Fix these in the file and import it again:',
      'team.yaml: templates[0].prompts: is missing.',
      'team.yaml: templates[0]: unknown field "promts" (check the spelling).',
      'team.yaml: templates[1].name: must be text (put it in quotes if it looks like a number or a date).',
      'team.yaml: templates[1].prompts: must not be empty: write the prompts the template should insert.',
      'team.yaml: templates[2].retired: must be true or false.',
    ]);

    const twice = await p.core.dispatch('importTemplates', { fileName: 'team.yaml', text: `${FILE_HEAD}  - name: Home visit\n    prompts: a\n  - name: HOME VISIT\n    prompts: b\n` });
    expect(twice.ok ? '' : twice.error.message).toContain('team.yaml: templates[1].name: is the name of another template in this file; each template needs its own name.');

    for (const [fileName, wrong, problem] of [
      ['pack.yaml', 'format: casework-rule-pack\nformatVersion: 1\n', 'pack.yaml: format: must be "casework-note-templates" (is this a Casework templates file?).'],
      ['notes.txt', 'Dear team, here are the prompts', 'notes.txt: this is not a Casework templates file (it should start with "format: casework-note-templates").'],
      ['broken.yaml', `${FILE_HEAD}  - name: [unclosed\n`, 'broken.yaml: line 5, column 1: this is not valid YAML or JSON'],
      ['empty.yaml', `${FILE_HEAD.trimEnd()} []\n`, 'empty.yaml: templates: has no templates in it.'],
      // YAML aliases: one with nothing to stand for, and a "billion laughs" file (found by the boundary fuzz).
      ['alias.yaml', `${FILE_HEAD}  - name: *home\n    prompts: x\n`, 'alias.yaml: *home is used before &home marks what it stands for'],
      ['laughs.yaml', `a: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: [*c,*c,*c,*c,*c,*c,*c,*c,*c]\n`, 'laughs.yaml: its aliases (*name) repeat too much to be read safely'],
    ]) {
      const answer = await p.core.dispatch('importTemplates', { fileName, text: wrong });
      expect(answer.ok ? '' : answer.error.message).toContain(problem);
    }
    expect(await p.list()).toEqual(before);
    expect((await p.rows()).length).toBe(rows);
  });

  it('JSON works as well as YAML', async () => {
    const p = await profileSavingTo();
    const json = JSON.stringify({ format: 'casework-note-templates', formatVersion: 1, templates: [{ name: 'Strategy discussion', prompts: 'Who attended?\nDecision:' }] });
    expect((await p.importFile('team.json', json)).added).toEqual(['Strategy discussion']);
  });

  it('any prompts a team can save come back from the file exactly (round trip)', () => {
    const line = fc.string({ unit: fc.constantFrom('a', 'Z', ' ', '-', ':', '#', '"', "'", '|', '>', '{', '[', '*', '&', '!', '%', '@', '`', 'é', '—', '\t', '\n', '\r\n') });
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.string({ minLength: 1, maxLength: 30 }), line), { minLength: 1, maxLength: 4 }), (pairs) => {
        const templates = pairs
          .map(([name, body], i) => ({ id: String(i), name: `${name.replace(/[\u0000-\u001f\u007f]/gu, '').trim() || 'x'} ${i}`, version: 1, body, retired: i % 2 === 1, updatedAt: '' }))
          .filter((t) => t.body.trim() !== '');
        fc.pre(templates.length > 0);
        const read = parseTemplateFile('t.yaml', templatesToFile(templates, 'today'));
        expect(read).toEqual(templates.map((t) => ({ name: t.name, prompts: t.body, retired: t.retired })));
      }),
      { numRuns: 300 },
    );
  });

  it('any text at all is either a templates file or a list of its problems, never a crash', () => {
    // YAML's own characters, so the fuzz reaches anchors, aliases, tags, flow and block syntax.
    const yamlish = fc.string({ unit: fc.constantFrom('*', '&', '!', '|', '>', '-', ':', ' ', '\n', '[', ']', '{', '}', ',', '#', '%', '@', '"', "'", 'a', 'x', '1', '?', '<<'), maxLength: 60 });
    const text = fc.oneof(yamlish, yamlish.map((tail) => `${FILE_HEAD}  - name: a\n    prompts: ${tail}`));
    fc.assert(
      fc.property(text, (t) => {
        try {
          parseTemplateFile('f.yaml', t);
        } catch (error) {
          if (!(error instanceof TeamFileError)) throw error;
        }
      }),
      { numRuns: 5000 },
    );
  });
});
