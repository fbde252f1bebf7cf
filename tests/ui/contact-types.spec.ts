/**
 * The team's contact types (issue 3: the #type list is configurable): edited in Settings, then used
 * by the note parser's chips, the timeline's labels and the filters, through the real renderer,
 * contract and encrypted store. A type taken off the list is retired: older notes keep their label.
 */
import { v7 as uuidv7 } from 'uuid';
import type { Page } from '@playwright/test';
import type { ContactType } from '../../preload/contract';
import { test, expect, type TestHost } from './host/test-host';
import { expectNoAxeViolations } from './support/axe';
import { expectNoCspViolations, openOnCases } from './support/csp';
import { seedUnlockedCaseload } from './support/capture-flows';

const CTRL = process.platform === 'darwin' ? 'Meta' : 'Control';

const nav = (page: Page) => page.getByRole('navigation', { name: 'Main' });
const section = (page: Page) => page.getByRole('region', { name: 'Contact types' });
const statusWith = (page: Page, text: string | RegExp) => page.getByRole('status').filter({ hasText: text });
const noteItems = (page: Page) => page.getByRole('list', { name: 'Notes' }).locator(':scope > li');

async function storedTypes(host: TestHost): Promise<ContactType[]> {
  const result = await host.core.dispatch('listContactTypes', {});
  if (!result.ok) throw new Error(result.error.message);
  return result.value as ContactType[];
}

/** One child's case on an unlocked profile; the app open on Cases, recording CSP violations. */
async function openApp(host: TestHost): Promise<string> {
  const ids = await seedUnlockedCaseload(host, 'Sam Okafor', [{ childName: 'Amira Khan' }]);
  await openOnCases(host);
  return ids['Amira Khan']!;
}

async function openSettings(page: Page) {
  await nav(page).getByRole('button', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await expect(section(page).getByRole('button', { name: 'Add a contact type' })).toBeVisible();
}

async function openAmira(page: Page) {
  await nav(page).getByRole('button', { name: 'Cases' }).click();
  await page.getByRole('table', { name: 'Your cases' }).getByRole('button', { name: 'Amira Khan' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Amira Khan' })).toBeVisible();
}

test('a team type added in Settings is recognised in a note, labelled on the timeline and offered as a filter', async ({ host }) => {
  const { page } = host;
  await openApp(host);
  await openSettings(page);
  await expectNoAxeViolations(page, 'settings, contact types');

  // Keyboard only: add a row, name it, tag it, save.
  await section(page).getByRole('button', { name: 'Add a contact type' }).click();
  const added = section(page).getByRole('group', { name: 'Contact type 8 of 8' });
  await expect(added.getByRole('textbox', { name: 'Name' })).toBeFocused();
  await page.keyboard.type('Family group conference');
  await expect(added).toContainText('Will be typed in notes as #family-group-conference');
  await page.keyboard.press('Tab');
  await expect(added.getByRole('textbox', { name: 'Tags' })).toBeFocused();
  await page.keyboard.type('#FGC');
  await page.keyboard.press('Enter');
  await expect(statusWith(page, 'Contact types saved')).toBeVisible();
  await expect(section(page).getByRole('group', { name: 'Contact type 8 of 8' })).toContainText('Typed in notes as #family-group-conference');
  expect((await storedTypes(host)).at(-1)).toEqual({ id: 'family-group-conference', label: 'Family group conference', tags: ['fgc'], retired: false });
  await expectNoAxeViolations(page, 'settings, contact type added');

  await openAmira(page);
  const noteBox = page.getByRole('combobox', { name: 'New note' });
  await noteBox.focus();
  await page.keyboard.type('#fgc at the family centre: mum, dad and nan came; plan agreed.');
  const chips = page.getByRole('group', { name: 'Recognised in your note' });
  await expect(chips.getByText('Family group conference', { exact: true })).toBeVisible();
  await page.keyboard.press(`${CTRL}+Enter`);
  await expect(noteBox).toHaveValue('');

  await expect(noteItems(page)).toHaveCount(1);
  await expect(noteItems(page).first().getByText('Family group conference', { exact: true })).toBeVisible();
  const filter = page.getByRole('combobox', { name: 'Contact type' });
  await expect(filter.getByRole('option', { name: 'Family group conference' })).toHaveCount(1);
  await filter.selectOption({ label: 'Family group conference' });
  await expect(page.getByRole('status').filter({ hasText: 'Showing 1 note' })).toBeVisible();
  await filter.selectOption({ label: 'Home visit' });
  await expect(noteItems(page)).toHaveCount(0);
  await expectNoCspViolations(page);
});

test('a type taken off the list is retired: an older note keeps its label and can still be found', async ({ host }) => {
  const { page } = host;
  const amiraId = await openApp(host);
  await host.core.dispatch('saveNote', {
    id: uuidv7(),
    body: 'Core group meeting at school. Attendance has improved.',
    structure: { children: [{ caseId: amiraId }], contactType: 'meeting' },
  });
  await openSettings(page);

  await section(page).getByRole('button', { name: 'Remove Meeting' }).click();
  await expect(statusWith(page, 'Meeting will come off the list when you save. Notes already tagged keep their type.')).toBeVisible();
  // Focus moves on to the next type, so several can be removed or edited in a row.
  await expect(section(page).getByRole('group', { name: 'Contact type 5 of 6' }).getByRole('textbox', { name: 'Name' })).toHaveValue('Observation');
  await expect(section(page).getByRole('group', { name: 'Contact type 5 of 6' }).getByRole('textbox', { name: 'Name' })).toBeFocused();

  // Reorder by keyboard: focus stays on the button that was pressed.
  const down = section(page).getByRole('button', { name: 'Move down Home visit' });
  await down.focus();
  await page.keyboard.press('Enter');
  await expect(statusWith(page, 'Moved Home visit to position 2 of 6')).toBeVisible();
  await expect(down).toBeFocused();

  await section(page).getByRole('button', { name: 'Save contact types' }).click();
  await expect(statusWith(page, 'Contact types saved')).toBeVisible();
  await expect(section(page)).toContainText('No longer on the list: Meeting. Notes already tagged keep their type');
  const stored = await storedTypes(host);
  expect(stored.map((t) => [t.id, t.retired])).toEqual([
    ['office-visit', false],
    ['home-visit', false],
    ['school-visit', false],
    ['phone-call', false],
    ['observation', false],
    ['correspondence', false],
    ['meeting', true],
  ]);
  await expectNoAxeViolations(page, 'settings, contact type removed');

  await openAmira(page);
  await expect(noteItems(page).first().getByText('Meeting', { exact: true })).toBeVisible();
  const filter = page.getByRole('combobox', { name: 'Contact type' });
  await filter.selectOption({ label: 'Meeting' });
  await expect(page.getByRole('status').filter({ hasText: 'Showing 1 note' })).toBeVisible();

  // Not offered for new notes: #cgm is now just a word with a # in front.
  await page.getByRole('combobox', { name: 'New note' }).fill('#cgm again next month');
  await expect(page.getByRole('group', { name: 'Recognised in your note' }).getByText('Meeting', { exact: true })).toHaveCount(0);
  await expectNoCspViolations(page);
});

test('a tag two types would share is refused with a message that leads to the box to fix', async ({ host }) => {
  const { page } = host;
  await openApp(host);
  await openSettings(page);
  await section(page).getByRole('button', { name: 'Add a contact type' }).click();
  const added = section(page).getByRole('group', { name: 'Contact type 8 of 8' });
  await added.getByRole('textbox', { name: 'Name' }).fill('Health visit');
  await added.getByRole('textbox', { name: 'Tags' }).fill('health, hv');
  await section(page).getByRole('button', { name: 'Save contact types' }).click();

  const message = '#hv would mean both “Home visit” and “Health visit”. Keep that tag on one of them.';
  const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
  await expect(summary).toBeFocused();
  await summary.getByRole('link', { name: message }).click();
  await expect(added.getByRole('textbox', { name: 'Tags' })).toBeFocused();
  await expect(added).toContainText(`Error: ${message}`);
  await expectNoAxeViolations(page, 'settings, contact types error');
  expect(await storedTypes(host)).toHaveLength(7);

  await added.getByRole('textbox', { name: 'Tags' }).fill('health, hlth');
  await section(page).getByRole('button', { name: 'Save contact types' }).click();
  await expect(statusWith(page, 'Contact types saved')).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
});
