/**
 * Note templates (issue 6) through the real renderer, contract and encrypted store: a template's
 * prompts inserted into a note (Alt+T or the menu button), the note saved with every prompt empty,
 * the timeline naming the version used, a new version made in Settings, and a retired template no
 * longer offered while older notes still name it; the templates saved to a file, edited as text and
 * imported back (and a wrong file's problems listed). Checked with axe with the menu open.
 */
import fs from 'node:fs';
import path from 'node:path';
import { v7 as uuidv7 } from 'uuid';
import type { Page } from '@playwright/test';
import type { NoteTemplate } from '../../preload/contract';
import { test, expect, type TestHost } from './host/test-host';
import { expectNoAxeViolations } from './support/axe';
import { allDrafts, notesFor, seedUnlockedCaseload } from './support/capture-flows';

const CTRL = process.platform === 'darwin' ? 'Meta' : 'Control';

const nav = (page: Page) => page.getByRole('navigation', { name: 'Main' });
const noteBox = (page: Page) => page.getByRole('combobox', { name: 'New note' });
const menu = (page: Page) => page.getByRole('menu', { name: 'Note templates' });
const section = (page: Page) => page.getByRole('region', { name: 'Note templates' });
const statusWith = (page: Page, text: string | RegExp) => page.getByRole('status').filter({ hasText: text });
const noteItems = (page: Page) => page.getByRole('list', { name: 'Notes' }).locator(':scope > li');

async function homeVisit(host: TestHost): Promise<NoteTemplate> {
  const result = await host.core.dispatch('listTemplates', {});
  if (!result.ok) throw new Error(result.error.message);
  return (result.value as NoteTemplate[]).find((t) => t.id === 'home-visit')!;
}

async function openApp(host: TestHost): Promise<string> {
  const ids = await seedUnlockedCaseload(host, 'Sam Okafor', [{ childName: 'Amira Khan' }]);
  await host.open();
  await expect(host.page.getByRole('heading', { level: 1, name: 'Cases' })).toBeVisible();
  return ids['Amira Khan']!;
}

async function openAmira(page: Page) {
  await nav(page).getByRole('button', { name: 'Cases' }).click();
  await page.getByRole('table', { name: 'Your cases' }).getByRole('button', { name: 'Amira Khan' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Amira Khan' })).toBeVisible();
  await expect(noteBox(page)).toBeFocused();
}

async function openSettings(page: Page) {
  await nav(page).getByRole('button', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await expect(section(page).getByRole('button', { name: 'Add a template' })).toBeVisible();
}

test('a home visit template inserted, saved with its prompts empty, then edited to v2 and used again', async ({ host }) => {
  const { page } = host;
  const amiraId = await openApp(host);
  const v1 = await homeVisit(host);
  await openAmira(page);

  // Keyboard only: Alt+T opens the menu on its first template; Enter inserts it.
  await page.keyboard.press('Alt+KeyT');
  await expect(menu(page)).toBeVisible();
  await expect(menu(page).getByRole('menuitem', { name: 'Home visit' })).toBeFocused();
  await expect(menu(page).getByRole('menuitem')).toHaveCount(3);
  await expectNoAxeViolations(page, 'composer with the template menu open');
  await page.keyboard.press('Enter');
  await expect(menu(page)).toBeHidden();
  await expect(noteBox(page)).toBeFocused();
  await expect(noteBox(page)).toHaveValue(v1.body);
  await expect(page.getByText('Template: Home visit (v1)')).toBeVisible();
  await expect(statusWith(page, 'Home visit template inserted')).toBeVisible();
  // The draft knows its template, so a restored draft would too.
  await expect.poll(async () => (await allDrafts(host))[0]?.state.template).toEqual({ id: 'home-visit', version: 1 });
  await openAmira(page); // away and back: the restored draft still names its template
  await expect(noteBox(page)).toHaveValue(v1.body);
  await expect(page.getByText('Template: Home visit (v1)')).toBeVisible();

  // Every prompt left empty: still a note.
  await page.keyboard.press(`${CTRL}+Enter`);
  await expect(noteBox(page)).toHaveValue('');
  await expect(page.getByRole('button', { name: 'Remove template link' })).toHaveCount(0); // the next note starts without one
  const [saved] = await notesFor(host, amiraId);
  expect(saved).toMatchObject({ body: v1.body, template: { id: 'home-visit', version: 1, name: 'Home visit' } });
  await expect(noteItems(page).first()).toContainText('Template: Home visit (v1)');

  // Settings: the team edits the template; the save is version 2.
  await openSettings(page);
  await expect(section(page)).toContainText('never required fields');
  await expect(section(page)).toContainText('every note remembers the version it used');
  await expectNoAxeViolations(page, 'settings, note templates', 'section[aria-labelledby="note-templates-heading"]');
  await section(page).getByRole('button', { name: 'Edit Home visit' }).click();
  const editor = section(page).getByRole('form', { name: 'Edit Home visit' });
  await expect(editor.getByRole('textbox', { name: 'Name' })).toBeFocused();
  await editor.getByRole('textbox', { name: 'Prompts' }).fill('Was every child seen? Seen alone?\n\nWhat did the child say?\n\nWhat happens next?\n');
  await expectNoAxeViolations(page, 'settings, editing a note template', 'section[aria-labelledby="note-templates-heading"]');
  await editor.getByRole('button', { name: 'Save as a new version' }).click();
  await expect(statusWith(page, 'Home visit saved as v2')).toBeVisible();
  await expect(section(page).getByRole('button', { name: 'Edit Home visit' })).toBeFocused();
  await expect(section(page).getByRole('listitem').filter({ hasText: 'Home visit' }).first()).toContainText(/v2, saved \d{1,2} \w+ \d{4}/u);

  // A team's own template, added by keyboard.
  await section(page).getByRole('button', { name: 'Add a template' }).click();
  const added = section(page).getByRole('form', { name: 'New template' });
  await expect(added.getByRole('textbox', { name: 'Name' })).toBeFocused();
  await page.keyboard.type('Direct work');
  await page.keyboard.press('Tab');
  await page.keyboard.type('What did we do together?\n\nWhat did the child make of it?\n');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(statusWith(page, 'Direct work saved as v1')).toBeVisible();
  await expect(section(page).getByRole('button', { name: 'Edit Direct work' })).toBeFocused();

  // Back on the case, by the menu button this time: the new version goes in at the caret.
  await openAmira(page);
  await page.keyboard.type('Visit after school.');
  await page.getByRole('button', { name: 'Insert template' }).click();
  await expect(menu(page).getByRole('menuitem')).toHaveText(['Home visit', 'Signs of Safety mapping', 'Assessment Framework (three domains)', 'Direct work']);
  await menu(page).getByRole('menuitem', { name: 'Home visit' }).click();
  await expect(noteBox(page)).toHaveValue('Visit after school.\n\nWas every child seen? Seen alone?\n\nWhat did the child say?\n\nWhat happens next?\n');
  await expect(page.getByText('Template: Home visit (v2)')).toBeVisible();
  await page.keyboard.type('She showed me her drawings.');
  await page.keyboard.press(`${CTRL}+Enter`);
  await expect(noteBox(page)).toHaveValue('');

  await expect(noteItems(page)).toHaveCount(2);
  await expect(noteItems(page).first()).toContainText('Template: Home visit (v2)');
  await expect(noteItems(page).nth(1)).toContainText('Template: Home visit (v1)');
  const notes = await notesFor(host, amiraId);
  expect(notes.map((n) => n.template?.version)).toEqual([2, 1]);
  // The caret was left on the line under the first prompt, ready for its answer.
  expect(notes[0]!.body).toContain('Was every child seen? Seen alone?\nShe showed me her drawings.\nWhat did the child say?');
});

test('a retired template is not offered; older notes still name it; a link goes when asked or when its prompts do', async ({ host }) => {
  const { page } = host;
  const amiraId = await openApp(host);
  await host.core.dispatch('saveNote', {
    id: uuidv7(),
    body: 'Parenting capacity: warm, consistent.',
    structure: { children: [{ caseId: amiraId }], template: { id: 'assessment-framework', version: 1 } },
  });

  await openSettings(page);
  const retire = section(page).getByRole('button', { name: 'Retire Assessment Framework (three domains)' });
  await retire.click();
  await expect(statusWith(page, 'Assessment Framework (three domains) retired')).toBeVisible();
  await expect(section(page).getByRole('button', { name: 'Restore Assessment Framework (three domains)' })).toBeFocused();
  await expect(section(page)).toContainText('retired: not offered when writing');

  await openAmira(page);
  await expect(noteItems(page).first()).toContainText('Template: Assessment Framework (three domains) (v1)');
  const button = page.getByRole('button', { name: 'Insert template' });
  await button.click();
  await expect(menu(page).getByRole('menuitem')).toHaveCount(2);
  await expect(menu(page).getByRole('menuitem', { name: /Assessment Framework/u })).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(menu(page)).toBeHidden();
  await expect(button).toBeFocused();

  // "Remove template link": the prompts stay as text, the note no longer names the template.
  await noteBox(page).focus();
  await page.keyboard.press('Alt+KeyT');
  await expect(menu(page).getByRole('menuitem', { name: 'Home visit' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(menu(page).getByRole('menuitem', { name: 'Signs of Safety mapping' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByText('Template: Signs of Safety mapping (v1)')).toBeVisible();
  await page.getByRole('button', { name: 'Remove template link' }).click();
  await expect(page.getByText('Template: Signs of Safety mapping (v1)')).toHaveCount(0);
  await expect(noteBox(page)).toBeFocused();
  await expect(noteBox(page)).toHaveValue(/What are we worried about\?/u);

  // Inserted again, then every prompt deleted: the link goes with them.
  await page.keyboard.press(`${CTRL}+A`);
  await page.keyboard.press('Delete');
  await page.keyboard.press('Alt+KeyT');
  await expect(menu(page).getByRole('menuitem', { name: 'Home visit' })).toBeFocused();
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await expect(page.getByText('Template: Signs of Safety mapping (v1)')).toBeVisible();
  await noteBox(page).fill('Phoned mum about the plan.');
  await expect(page.getByText(/Template: Signs of Safety/u)).toHaveCount(0);
  await page.keyboard.press(`${CTRL}+Enter`);
  await expect(noteBox(page)).toHaveValue('');
  const [latest] = await notesFor(host, amiraId);
  expect(latest).toMatchObject({ body: 'Phoned mum about the plan.', template: null });
});

test('templates saved to a file, edited in a text editor and imported: a new version, a new template, offered when writing', async ({ host }) => {
  const { page } = host;
  await openApp(host);
  await openSettings(page);
  await section(page).getByRole('button', { name: 'Save templates to a file' }).click();
  await expect(statusWith(page, 'Saved casework-note-templates.yaml')).toBeVisible();
  const saved = fs.readFileSync(path.join(host.exportsDir, 'casework-note-templates.yaml'), 'utf8');
  expect(saved).toContain('format: casework-note-templates');
  expect(saved).toContain('Was every child seen? Seen alone?');

  const edited = saved
    .replace('Was every child seen? Seen alone?', 'Was every child seen, and seen alone?')
    // A team's template can carry the note's quick structure in the app's own words: #meeting is the contact type.
    .concat('  - name: Family network meeting\n    prompts: |\n      #meeting\n      Who came?\n      What did the family decide?\n');
  const fileField = section(page).getByLabel('Import a templates file');
  await fileField.setInputFiles({ name: 'our templates.yaml', mimeType: 'text/yaml', buffer: Buffer.from(edited) });
  await section(page).getByRole('button', { name: 'Import templates' }).click();
  await expect(statusWith(page, 'Imported our templates.yaml: added Family network meeting; new version of Home visit; 2 unchanged')).toBeVisible();
  const home = section(page).getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Home visit' }) });
  await expect(home).toContainText('v2, saved');
  await expect(home.getByRole('list', { name: 'Prompts in Home visit' })).toContainText('Was every child seen, and seen alone?');
  await expect(section(page).getByRole('heading', { name: 'Family network meeting' })).toBeVisible();
  await expectNoAxeViolations(page, 'settings, note templates after an import');

  // A file with mistakes: every problem listed by file and field, and nothing changed.
  const broken = 'format: casework-note-templates\nformatVersion: 1\ntemplates:\n  - name: Strategy discussion\n    promts: Who attended?\n';
  await fileField.setInputFiles({ name: 'team.yaml', mimeType: 'text/yaml', buffer: Buffer.from(broken) });
  await section(page).getByRole('button', { name: 'Import templates' }).click();
  const problems = section(page).getByRole('alert');
  await expect(problems).toBeFocused();
  await expect(problems).toContainText('team.yaml was not imported: your templates have not changed.');
  await expect(problems.getByRole('listitem').filter({ hasText: /^team\.yaml: / })).toHaveText(['team.yaml: templates[0].prompts: is missing.', 'team.yaml: templates[0]: unknown field "promts" (check the spelling).']);
  await expect(section(page).getByRole('heading', { name: 'Strategy discussion' })).toHaveCount(0);
  await expectNoAxeViolations(page, 'settings, note templates with a wrong file');

  await openAmira(page);
  await page.keyboard.press('Alt+KeyT');
  await expect(menu(page).getByRole('menuitem')).toHaveText(['Home visit', 'Signs of Safety mapping', 'Assessment Framework (three domains)', 'Family network meeting']);
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await expect(noteBox(page)).toHaveValue(/^#meeting\nWho came\?\n/u);
  await expect(page.getByText('Template: Family network meeting (v1)')).toBeVisible();
  await expect(page.getByRole('group', { name: 'Recognised in your note' })).toContainText('Meeting');
});

test('in the quick note, Esc closes only the template menu; the note and its dialog stay', async ({ host }) => {
  const { page } = host;
  await openApp(host);
  await page.keyboard.press(`${CTRL}+Shift+KeyN`);
  const dialog = page.getByRole('dialog', { name: 'Quick note' });
  const box = dialog.getByRole('combobox', { name: 'New note' });
  await expect(box).toBeFocused();
  await page.keyboard.type('Mum rang.');
  await page.keyboard.press('Alt+KeyT');
  await expect(menu(page).getByRole('menuitem', { name: 'Home visit' })).toBeFocused();
  await expectNoAxeViolations(page, 'quick note with the template menu open');
  await page.keyboard.press('Escape');
  await expect(menu(page)).toBeHidden();
  await expect(dialog).toBeVisible();
  await expect(box).toBeFocused();
  await expect(box).toHaveValue('Mum rang.');
});
