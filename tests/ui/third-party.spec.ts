/**
 * Third-party information in a note: selected words are marked in one shortcut (or with the button),
 * stay selected, and show as marked on the timeline, where a screen reader hears that they are.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './host/test-host';
import { expectNoAxeViolations } from './support/axe';
import { notesFor, seedUnlockedCaseload } from './support/capture-flows';

const CTRL = process.platform === 'darwin' ? 'Meta' : 'Control';
const noteBox = (page: Page) => page.getByRole('combobox', { name: 'New note' });

test('words about someone else are marked as third party and shown as such on the timeline', async ({ host }) => {
  const { page } = host;
  const ids = await seedUnlockedCaseload(host, 'Sam Okafor', [{ childName: 'Ava Jones' }]);
  await host.open();
  await page.getByRole('table', { name: 'Your cases' }).getByRole('button', { name: 'Ava Jones' }).click();
  await expect(noteBox(page)).toBeFocused();

  // Nothing selected: the button says what to do instead of guessing.
  await page.keyboard.type('Mum said the police were called by Mrs Green at number 4');
  await page.getByRole('button', { name: 'Mark as third party' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Select the words about someone else first' })).toBeVisible();
  await expect(noteBox(page)).toHaveValue('Mum said the police were called by Mrs Green at number 4');

  // Select "Mrs Green at number 4" from the keyboard, then Ctrl+Shift+M.
  for (let i = 0; i < 'Mrs Green at number 4'.length; i++) await page.keyboard.press('Shift+ArrowLeft');
  await page.keyboard.press(`${CTRL}+Shift+KeyM`);
  await expect(noteBox(page)).toHaveValue('Mum said the police were called by {{Mrs Green at number 4}}');
  const selected = await noteBox(page).evaluate((box: HTMLTextAreaElement) => box.value.slice(box.selectionStart, box.selectionEnd));
  expect(selected).toBe('Mrs Green at number 4');

  await page.keyboard.press('End');
  await page.keyboard.type('.');
  await page.keyboard.press(`${CTRL}+Enter`);
  const note = page.getByRole('list', { name: 'Notes' }).getByRole('article').first();
  const marked = note.locator('mark.third-party');
  await expect(marked).toHaveText('Third-party information: Mrs Green at number 4');
  await expect(note).not.toContainText('{{');
  await expectNoAxeViolations(page, 'timeline with third-party information');
  const [saved] = await notesFor(host, ids['Ava Jones']!);
  expect(saved!.body).toBe('Mum said the police were called by {{Mrs Green at number 4}}.');
});
