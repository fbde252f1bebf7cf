/**
 * People in notes: @name links a parent or professional already known, or adds someone new from the
 * note box without leaving it; the saved note names them; search finds them and opens the child's
 * case. Through the real renderer, contract and encrypted store.
 */
import type { Page } from '@playwright/test';
import type { Person } from '../../preload/contract';
import { test, expect } from './host/test-host';
import { expectNoAxeViolations } from './support/axe';
import { notesFor, seedUnlockedCaseload } from './support/capture-flows';

const CTRL = process.platform === 'darwin' ? 'Meta' : 'Control';
const noteBox = (page: Page) => page.getByRole('combobox', { name: 'New note' });
const chips = (page: Page) => page.getByRole('group', { name: 'Recognised in your note' });
const mentions = (page: Page) => page.getByRole('listbox', { name: 'Children and people' });

test('@name links a known parent, adds a new professional inline, and search finds them', async ({ host }) => {
  const { page } = host;
  const ids = await seedUnlockedCaseload(host, 'Sam Okafor', [{ childName: 'Ava Jones' }, { childName: 'Ben Jones' }]);
  const made = await host.core.dispatch('createPerson', {
    fullName: 'Sarah Jones',
    links: [{ caseId: ids['Ava Jones']!, relationship: 'mother', parentalResponsibility: true }],
  });
  expect(made.ok).toBe(true);
  await host.open();
  await page.getByRole('table', { name: 'Your cases' }).getByRole('button', { name: 'Ava Jones' }).click();
  await expect(noteBox(page)).toBeFocused();

  // A known person: the list says who she is; Enter links her and writes her name.
  await page.keyboard.type('Joint visit with @Sar');
  await expect(mentions(page).getByRole('option', { name: 'Sarah Jones — Mother of Ava Jones' })).toBeVisible();
  await expectNoAxeViolations(page, 'mention list with people');
  await page.keyboard.press('Enter');
  await expect(chips(page).getByText('Sarah Jones', { exact: true })).toBeVisible();
  await expect(noteBox(page)).toHaveValue('Joint visit with Sarah Jones ');

  // Someone new: offered as "add", named in a short form, linked to the note's child.
  await page.keyboard.type('and @Priya');
  await mentions(page).getByRole('option', { name: 'Add “Priya” as a new person…' }).waitFor();
  await page.keyboard.press('ArrowDown'); // past nobody: the add option is the only one
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Add a person' });
  await expect(dialog.getByRole('textbox', { name: 'Full name' })).toBeFocused();
  await expectNoAxeViolations(page, 'add a person from a mention');
  await page.keyboard.type(' Patel');
  await dialog.getByRole('combobox', { name: 'Relationship to Ava Jones' }).selectOption({ label: 'Professional' });
  await dialog.getByRole('textbox', { name: 'Role' }).fill('Health visitor');
  await dialog.getByRole('button', { name: 'Add person' }).click();
  await expect(dialog).toBeHidden();
  await expect(noteBox(page)).toBeFocused();
  await expect(noteBox(page)).toHaveValue('Joint visit with Sarah Jones and Priya Patel ');
  await expect(chips(page).getByText('Priya Patel', { exact: true })).toBeVisible();
  // The family panel on the same page shows her at once.
  await expect(page.getByRole('region', { name: 'Professionals' }).getByRole('heading', { name: 'Priya Patel' })).toBeVisible();

  await page.keyboard.type('about the weigh-in.');
  await page.keyboard.press(`${CTRL}+Enter`);
  const timeline = page.getByRole('list', { name: 'Notes' });
  await expect(timeline.getByText('With: Priya Patel, Sarah Jones')).toBeVisible();
  const [saved] = await notesFor(host, ids['Ava Jones']!);
  expect(saved!.people.map((p) => p.fullName)).toEqual(['Priya Patel', 'Sarah Jones']);
  const people = await host.core.dispatch('listPeople', {});
  const priya = (people.ok ? (people.value as Person[]) : []).find((p) => p.fullName === 'Priya Patel');
  expect(priya).toMatchObject({ role: 'Health visitor', links: [{ childName: 'Ava Jones', relationship: 'professional' }] });

  // Search finds her by role and opens the child's case.
  await page.getByRole('button', { name: 'Cases' }).first().click();
  await page.keyboard.press(`${CTRL}+KeyK`);
  await page.keyboard.type('health visitor');
  const result = page.getByRole('listbox', { name: 'Search results' }).getByRole('group', { name: 'People' }).getByRole('option');
  await expect(result).toHaveText(/Priya Patel/);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Ava Jones' })).toBeVisible();
});

test('cancelling "add a person" leaves the note as it was and creates no one', async ({ host }) => {
  const { page } = host;
  await seedUnlockedCaseload(host, 'Sam Okafor', [{ childName: 'Ava Jones' }]);
  await host.open();
  await page.getByRole('table', { name: 'Your cases' }).getByRole('button', { name: 'Ava Jones' }).click();
  await page.keyboard.type('Call from @Dr');
  await mentions(page).getByRole('option', { name: 'Add “Dr” as a new person…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a person' });
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(noteBox(page)).toBeFocused();
  await expect(noteBox(page)).toHaveValue('Call from @Dr');
  const people = await host.core.dispatch('listPeople', {});
  expect(people).toEqual({ ok: true, value: [] });
});
