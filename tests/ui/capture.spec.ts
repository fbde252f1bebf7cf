/**
 * Capture: the composer, drafts, the quick note and the inbox, through the real renderer, contract and
 * encrypted store. Controls are found by role and accessible name, as assistive technology finds them,
 * and every new screen and dialog is checked with axe.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './host/test-host';
import { expectNoAxeViolations } from './support/axe';
import { allDrafts, inboxNotes, notesFor, seedUnlockedCaseload } from './support/capture-flows';
import { watchFocusAsItAppears } from './support/focus-as-it-appears';
import { PASSPHRASE, unlockThroughUi } from './support/flows';

const CTRL = process.platform === 'darwin' ? 'Meta' : 'Control';
const SIBLINGS = [
  { childName: 'Amira Khan', dateOfBirth: '2016-04-03' },
  { childName: 'Leo Khan', dateOfBirth: '2019-09-12' },
  { childName: 'Ruby Patel', dateOfBirth: '2012-01-20' },
];

const noteBox = (page: Page) => page.getByRole('combobox', { name: 'New note' });
const chips = (page: Page) => page.getByRole('group', { name: 'Recognised in your note' });
const nav = (page: Page) => page.getByRole('navigation', { name: 'Main' });
const statusWith = (page: Page, text: string | RegExp) => page.getByRole('status').filter({ hasText: text });

/** Starts the app on an unlocked profile; it opens on Cases. */
async function openApp(host: { open: () => Promise<void>; page: Page }): Promise<void> {
  await host.open();
  await expect(host.page.getByRole('heading', { level: 1, name: 'Cases' })).toBeVisible();
}

async function openCase(page: Page, childName: string): Promise<void> {
  await page.getByRole('table', { name: 'Your cases' }).getByRole('button', { name: childName }).click();
  await expect(page.getByRole('heading', { level: 1, name: childName })).toBeVisible();
  await expect(noteBox(page)).toBeFocused();
}

test('quick note from Settings goes to the inbox and is filed to a child in two keystrokes', async ({ host }) => {
  const { page } = host;
  const ids = await seedUnlockedCaseload(host, 'Sam Okafor', SIBLINGS);
  await openApp(host);
  await nav(page).getByRole('button', { name: 'Settings' }).click();
  const settingsHeading = page.getByRole('heading', { level: 1, name: 'Settings' });
  await expect(settingsHeading).toBeFocused();

  const focusAsItAppears = await watchFocusAsItAppears(page, 'dialog[open]');
  await page.keyboard.press(`${CTRL}+Shift+KeyN`);
  const dialog = page.getByRole('dialog', { name: 'Quick note' });
  await expect(dialog).toBeVisible();
  const noteBox = dialog.getByRole('combobox', { name: 'New note' });
  await expect(noteBox).toBeFocused();
  // Focused as the dialog opens, not a frame later: keys typed at once are not lost.
  expect(await focusAsItAppears()).toBe(await noteBox.getAttribute('id'));
  await expectNoAxeViolations(page, 'quick note');

  await page.keyboard.type('Mum rang: Leo has a hospital appointment on Friday and needs a lift.');
  await page.keyboard.press(`${CTRL}+Enter`);
  await expect(dialog).toBeHidden();
  await expect(statusWith(page, 'Saved to inbox')).toBeVisible();
  await expect(settingsHeading).toBeFocused(); // focus is back where it was

  const inboxButton = nav(page).getByRole('button', { name: 'Inbox, 1 note' });
  await inboxButton.click();
  await expect(page.getByRole('heading', { level: 1, name: 'Inbox' })).toBeVisible();
  await expectNoAxeViolations(page, 'inbox');
  const item = page.getByRole('list', { name: 'Notes to file' }).getByRole('listitem').filter({ hasText: 'hospital appointment' });
  await item.getByRole('button', { name: 'File to…' }).click();
  const find = item.getByRole('combobox', { name: 'Find a child' });
  await expect(find).toBeFocused();
  await expectNoAxeViolations(page, 'inbox file picker');

  // Two keystrokes: narrow to Leo, file.
  await page.keyboard.press('KeyL');
  await expect(item.getByRole('button', { name: 'File to Leo Khan' })).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(statusWith(page, 'Filed to Leo Khan')).toBeVisible();
  await expect(page.getByRole('list', { name: 'Notes to file' })).toHaveCount(0);
  await expect(nav(page).getByRole('button', { name: 'Inbox', exact: true })).toBeVisible();

  expect(await inboxNotes(host)).toEqual([]);
  const [filed] = await notesFor(host, ids['Leo Khan']!);
  expect(filed?.body).toBe('Mum rang: Leo has a hospital appointment on Friday and needs a lift.');
});

test('Esc keeps a quick note as a draft; it is listed, and comes back when the quick note opens again', async ({ host }) => {
  const { page } = host;
  await seedUnlockedCaseload(host, 'Sam Okafor', SIBLINGS);
  await openApp(host);
  const text = 'Ask school nurse about Ruby’s inhaler — follow up with GP\nand the "care plan" wording.';

  await page.keyboard.press(`${CTRL}+Shift+KeyN`);
  const dialog = page.getByRole('dialog', { name: 'Quick note' });
  await expect(dialog).toHaveAttribute('aria-modal', 'true');
  const box = dialog.getByRole('combobox', { name: 'New note' });
  await expect(box).toBeFocused();
  // Focus stays in the dialog: Shift+Tab from the first control wraps to the last, Tab wraps back.
  await page.keyboard.press('Shift+Tab');
  await expect(dialog.getByRole('button', { name: 'Keep as draft and close' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(box).toBeFocused();
  await page.keyboard.type(text);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(statusWith(page, 'Kept as a draft')).toBeVisible();
  const drafts = await allDrafts(host);
  expect(drafts.map((d) => ({ caseId: d.caseId, body: d.body }))).toEqual([{ caseId: null, body: text }]);

  await nav(page).getByRole('button', { name: 'Drafts, 1' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Drafts' })).toBeVisible();
  const listed = page.getByRole('list', { name: 'Your drafts' }).getByRole('listitem');
  await expect(listed).toHaveCount(1);
  await expect(listed).toContainText('Not filed');
  await expect(listed).toContainText('Ask school nurse about Ruby’s inhaler');
  await expectNoAxeViolations(page, 'drafts');

  await nav(page).getByRole('button', { name: 'Inbox' }).click();
  const unfinished = page.getByRole('list', { name: 'Unfinished quick notes' }).getByRole('listitem');
  await expect(unfinished).toContainText('Ask school nurse');

  await page.keyboard.press(`${CTRL}+Shift+KeyN`);
  await expect(dialog.getByRole('combobox', { name: 'New note' })).toHaveValue(text);
  await expect(dialog.getByRole('status').filter({ hasText: 'Draft restored' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  // "Continue writing" opens the same draft; saving it finalises it under the draft's id.
  await unfinished.getByRole('button', { name: 'Continue writing' }).click();
  await expect(dialog.getByRole('combobox', { name: 'New note' })).toHaveValue(text);
  await page.keyboard.press(`${CTRL}+Enter`);
  await expect(statusWith(page, 'Saved to inbox')).toBeVisible();
  const [saved] = await inboxNotes(host);
  expect(saved?.id).toBe(drafts[0]?.id);
  expect(await allDrafts(host)).toEqual([]);
});

test('@ links two children through the autocomplete; S, A, N and B answer for each; answers are saved', async ({ host }) => {
  const { page } = host;
  const ids = await seedUnlockedCaseload(host, 'Sam Okafor', SIBLINGS);
  await openApp(host);
  await page.keyboard.press(`${CTRL}+Shift+KeyN`);
  const dialog = page.getByRole('dialog', { name: 'Quick note' });
  const box = dialog.getByRole('combobox', { name: 'New note' });
  await expect(box).toBeFocused();

  await page.keyboard.type('Visit to @');
  const children = dialog.getByRole('listbox', { name: 'Children and people' });
  await expect(box).toHaveAttribute('aria-expanded', 'true');
  await expect(children.getByRole('option')).toHaveText(['Amira Khan', 'Leo Khan', 'Ruby Patel']);
  await page.keyboard.press('ArrowDown');
  await expect(children.getByRole('option', { name: 'Leo Khan' })).toHaveAttribute('aria-selected', 'true');
  await expect(box).toHaveAttribute('aria-activedescendant', (await children.getByRole('option', { name: 'Leo Khan' }).getAttribute('id'))!);
  await page.keyboard.press('Enter');
  await expect(box).toHaveValue('Visit to Leo Khan ');

  await page.keyboard.type('and @am');
  // Last, always: adding someone new under the name typed (no one is called "am").
  await expect(children.getByRole('option')).toHaveText(['Amira Khan', 'Add “am” as a new person…']);
  await expectNoAxeViolations(page, 'quick note with the child list open');
  // Escape closes the list, not the dialog; typing on opens it again.
  await page.keyboard.press('Escape');
  await expect(box).toHaveAttribute('aria-expanded', 'false');
  await expect(dialog).toBeVisible();
  await page.keyboard.type('i');
  await expect(children.getByRole('option')).toHaveText(['Amira Khan', 'Add “ami” as a new person…']);
  await page.keyboard.press('Enter');
  await page.keyboard.type('at home.');
  await expect(box).toHaveValue('Visit to Leo Khan and Amira Khan at home.');
  await expect(box).toHaveAttribute('aria-expanded', 'false');

  // Into the chips: Leo first (linked first). One key per answer.
  await page.keyboard.press('Tab');
  const leoChip = chips(page).getByRole('group', { name: 'Leo Khan' });
  await expect(leoChip.getByRole('button', { name: 'Leo Khan: not answered' })).toBeFocused();
  await expect(dialog.getByText('On this child:')).toBeVisible();
  await page.keyboard.press('s');
  await page.keyboard.press('a'); // changes his answer
  await page.keyboard.press('b');
  await expect(leoChip.getByRole('button', { name: 'Leo Khan: seen alone, bedroom seen' })).toBeFocused();

  await page.keyboard.press('Tab'); // Leo's remove button
  await page.keyboard.press('Tab');
  const amiraChip = chips(page).getByRole('group', { name: 'Amira Khan' });
  await expect(amiraChip.getByRole('button', { name: 'Amira Khan: not answered' })).toBeFocused();
  await page.keyboard.press('n');
  await expect(amiraChip.getByRole('button', { name: 'Amira Khan: not seen' })).toBeFocused();
  await expectNoAxeViolations(page, 'quick note with answers');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(amiraChip.getByRole('textbox', { name: 'Why not seen (optional)' })).toBeFocused();
  await page.keyboard.type('At after-school club');
  await page.keyboard.press(`${CTRL}+Enter`);
  await expect(statusWith(page, /^Saved$/u)).toBeVisible();

  const [note] = await notesFor(host, ids['Leo Khan']!);
  const byName = Object.fromEntries(note!.children.map((c) => [c.childName, { seen: c.seen, reason: c.notSeenReason, bedroom: c.bedroomSeen }]));
  expect(byName).toEqual({
    'Amira Khan': { seen: 'not-seen', reason: 'At after-school club', bedroom: null },
    'Leo Khan': { seen: 'seen-alone', reason: null, bedroom: true },
  });
  expect(await notesFor(host, ids['Ruby Patel']!)).toEqual([]);
});

test('a removed chip stays removed while typing goes on, before and after it', async ({ host }) => {
  const { page } = host;
  const ids = await seedUnlockedCaseload(host, 'Sam Okafor', SIBLINGS);
  await openApp(host);
  await openCase(page, 'Ruby Patel');
  await page.keyboard.type('Yesterday 14:30 #call with school. ! Teacher worried about bruising.');
  await expect(chips(page)).toContainText('Phone call');
  await expect(chips(page)).toContainText('Significant');
  await expectNoAxeViolations(page, 'case page with chips');

  await chips(page).getByRole('button', { name: 'Remove contact type' }).click();
  await expect(chips(page)).not.toContainText('Phone call');
  await expect(statusWith(page, 'Contact type removed')).toBeVisible();

  await noteBox(page).focus();
  await page.keyboard.press('End');
  await page.keyboard.type(' She says it happened at football.');
  await page.keyboard.press('Home');
  await page.keyboard.type('Update: ');
  await expect(noteBox(page)).toHaveValue('Update: Yesterday 14:30 #call with school. ! Teacher worried about bruising. She says it happened at football.');
  await expect(chips(page)).not.toContainText('Phone call');
  await expect(chips(page)).toContainText('Significant');

  await page.keyboard.press(`${CTRL}+Enter`);
  await expect(statusWith(page, 'Note saved')).toBeVisible();
  const [note] = await notesFor(host, ids['Ruby Patel']!);
  expect(note?.contactType).toBeNull();
  expect(note?.significant).toBe(true);
  expect(note?.contactHasTime).toBe(true);
});

test('a crashed page loses nothing: the draft, saved while typing, is back exactly', async ({ host }) => {
  const { page } = host;
  await seedUnlockedCaseload(host, 'Sam Okafor', SIBLINGS);
  await openApp(host);
  await openCase(page, 'Amira Khan');
  const text = 'Home visit. Amira said “I don’t want to go to dad’s this weekend”.\nMum was upset; agreed to call on Monday.';

  // Typing without a pause: the store must still be no more than about a second behind. What was on
  // screen at one moment is in the store a second and a half later, while typing goes on (measured
  // against what was really typed, so a slow machine typing slowly does not fail it).
  const typing = page.keyboard.type(text, { delay: 60 });
  await expect.poll(async () => (await noteBox(page).inputValue()).length).toBeGreaterThan(12);
  const onScreen = await noteBox(page).inputValue();
  await page.waitForTimeout(1500);
  const during = await allDrafts(host);
  expect(during).toHaveLength(1);
  expect(text.startsWith(during[0]!.body)).toBe(true);
  expect(during[0]!.body.length).toBeGreaterThanOrEqual(onScreen.length);
  await typing;
  await page.waitForTimeout(1100);

  await page.reload(); // the renderer dies; main and the store carry on
  await expect(page.getByRole('heading', { level: 1, name: 'Cases' })).toBeVisible();
  await expect(nav(page).getByRole('button', { name: 'Drafts, 1' })).toBeVisible();
  await openCase(page, 'Amira Khan');
  await expect(noteBox(page)).toHaveValue(text);
  await expect(statusWith(page, 'Draft restored')).toBeVisible();

  await page.getByRole('button', { name: 'Discard draft' }).click();
  await expect(page.getByRole('button', { name: 'Keep draft' })).toBeFocused();
  await expectNoAxeViolations(page, 'discard draft question');
  await page.getByRole('button', { name: 'Yes, discard draft' }).click();
  await expect(noteBox(page)).toHaveValue('');
  await expect(statusWith(page, 'Draft discarded')).toBeVisible();
  expect(await allDrafts(host)).toEqual([]);
});

test('Lock saves the draft first, even straight after typing', async ({ host }) => {
  const { page } = host;
  await seedUnlockedCaseload(host, 'Sam Okafor', SIBLINGS);
  await openApp(host);
  await openCase(page, 'Leo Khan');
  await page.keyboard.type('Leo asleep when I arrived; mum says he was up late');
  await page.keyboard.press(`${CTRL}+KeyL`); // no pause: within the debounce
  await expect(page.getByRole('heading', { level: 1, name: 'Unlock Sam Okafor' })).toBeVisible();
  await expect(page.locator('body')).not.toContainText('Leo');
  await unlockThroughUi(page, 'Sam Okafor');
  await openCase(page, 'Leo Khan');
  await expect(noteBox(page)).toHaveValue('Leo asleep when I arrived; mum says he was up late');
});

test('a failed save keeps the text and says why', async ({ host }) => {
  const { page } = host;
  await seedUnlockedCaseload(host, 'Sam Okafor', SIBLINGS);
  await openApp(host);
  await openCase(page, 'Amira Khan');
  const tooLong = `Pasted report. ${'word '.repeat(20_000)}`;
  await noteBox(page).fill(tooLong);
  await page.keyboard.press(`${CTRL}+Enter`);
  const problem = page.getByRole('alert').filter({ hasText: 'There is a problem' });
  await expect(problem).toContainText('A note can be at most 100000 characters.');
  await expect(noteBox(page)).toHaveValue(tooLong);
  await expect(noteBox(page)).toBeFocused();
});

test.describe('auto-lock', () => {
  test.use({ hostSettings: { autoLockMinutes: 0.05 } }); // 3 seconds

  test('the draft survives an auto-lock: gone from the page while locked, back after unlocking', async ({ host }) => {
    const { page } = host;
    await seedUnlockedCaseload(host, 'Sam Okafor', SIBLINGS);
    await host.core.dispatch('lock', {});
    await host.open();
    await page.getByRole('button', { name: 'Unlock Sam Okafor' }).click();
    await unlockThroughUi(page, 'Sam Okafor');
    await openCase(page, 'Amira Khan');
    const text = 'School visit: Amira quiet in class, teacher has noticed she is hungry in the mornings.';
    await page.keyboard.type(text);

    await expect(page.getByRole('heading', { level: 1, name: 'Unlock Sam Okafor' })).toBeVisible({ timeout: 15_000 });
    const html = await page.content();
    expect(html).not.toContain('hungry in the mornings');
    expect(html).not.toContain('Amira');

    // Unlocking returns to the case, with the draft in the note box.
    await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Unlock', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Amira Khan' })).toBeVisible();
    await expect(noteBox(page)).toHaveValue(text);
    await expect(statusWith(page, 'Draft restored')).toBeVisible();
  });
});

test('the OS-wide quick-note shortcut opens the quick note, straight after unlocking when Casework was locked', async ({ host }) => {
  const { page } = host;
  await seedUnlockedCaseload(host, 'Sam Okafor', SIBLINGS);
  await host.core.dispatch('lock', {});
  await host.open();
  await page.getByRole('button', { name: 'Unlock Sam Okafor' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Unlock Sam Okafor' })).toBeVisible();
  // What main sends when Ctrl/Cmd+Shift+N is pressed in another application.
  await page.evaluate(() => window.__caseworkEmit('openQuickCapture', {}));
  await expect(page.getByRole('dialog', { name: 'Quick note' })).toHaveCount(0);

  await unlockThroughUi(page, 'Sam Okafor');
  const dialog = page.getByRole('dialog', { name: 'Quick note' });
  await expect(dialog.getByRole('combobox', { name: 'New note' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  // From another application, the practitioner types at once: the box has focus as the dialog opens.
  const focusAsItAppears = await watchFocusAsItAppears(page, 'dialog[open]');
  await page.evaluate(() => window.__caseworkEmit('openQuickCapture', {}));
  const noteBox = dialog.getByRole('combobox', { name: 'New note' });
  await expect(noteBox).toBeFocused();
  expect(await focusAsItAppears()).toBe(await noteBox.getAttribute('id'));
});
