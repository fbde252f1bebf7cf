/**
 * The spine, end to end: the real renderer in Chromium, the real contract and dispatcher, the real
 * encrypted store in a temp folder. Only the transport differs from Electron.
 */
import { test, expect } from './host/test-host';
import { expectNoAxeViolations } from './support/axe';
import { watchFocusAsItAppears } from './support/focus-as-it-appears';
import {
  PASSPHRASE,
  continuePastRecoveryKey,
  createCaseThroughUi,
  createProfileThroughUi,
  seedLockedProfile,
  unlockThroughUi,
} from './support/flows';

const CTRL = process.platform === 'darwin' ? 'Meta' : 'Control';

test('first run to a saved note: create profile, recovery key, case, note, lock, unlock — the note is there', async ({ host }) => {
  const { page } = host;
  await host.open();
  await expectNoAxeViolations(page, 'create profile');

  await createProfileThroughUi(page, 'Sam Okafor');
  await expect(page.getByText(/give it to your team manager or IT/iu)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Copy recovery key' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Print recovery key' })).toBeVisible();
  await expectNoAxeViolations(page, 'recovery key');
  await continuePastRecoveryKey(page);
  await expectNoAxeViolations(page, 'cases (empty)');

  await createCaseThroughUi(page, 'Amira Khan', { dateOfBirth: '2016-04-03', caseReference: 'CP-2291' });
  const noteBox = page.getByRole('combobox', { name: 'New note' });
  await expect(noteBox).toBeFocused();
  await expectNoAxeViolations(page, 'case');

  // Type and save with the keyboard only.
  await page.keyboard.type('Home visit. Amira showed me her new bedroom and said "I like it here".');
  await page.keyboard.press(`${CTRL}+Enter`);
  await expect(page.getByRole('status').filter({ hasText: 'Note saved' })).toBeVisible();
  await expect(noteBox).toHaveValue('');
  await expect(noteBox).toBeFocused();
  await noteBox.fill('Phone call with school: attendance good this week.');
  // "This week" names no day: no contact date is offered (it once was: Sunday), so the call is dated now.
  await expect(page.getByRole('button', { name: 'Remove contact date' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Save note' }).click();
  const notes = page.getByRole('list', { name: 'Notes' }).getByRole('listitem');
  await expect(notes).toHaveCount(2);
  await expect(notes.first()).toContainText('Phone call with school'); // newest first
  await expect(notes.nth(1)).toContainText('I like it here');

  await page.getByRole('button', { name: 'Lock', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Unlock Sam Okafor' })).toBeVisible();
  await expect(page.locator('body')).not.toContainText('Amira');
  await expectNoAxeViolations(page, 'unlock');

  await unlockThroughUi(page, 'Sam Okafor');
  const row = page.getByRole('table', { name: 'Your cases' }).getByRole('row', { name: /Amira Khan/u });
  await expect(row).toContainText('CP-2291');
  await expect(row).toContainText('3 April 2016');
  await expectNoAxeViolations(page, 'cases');
  await row.getByRole('button', { name: 'Amira Khan' }).click();
  await expect(page.getByRole('list', { name: 'Notes' }).getByRole('listitem')).toHaveCount(2);
  await expect(page.getByRole('combobox', { name: 'New note' })).toBeFocused();
});

test('a wrong passphrase shows a clear error and nothing else', async ({ host }) => {
  const { page } = host;
  await seedLockedProfile(host, 'Jo Bright');
  await host.open();
  await page.getByRole('button', { name: 'Unlock Jo Bright' }).click();
  await page.getByLabel('Passphrase', { exact: true }).fill('not the right passphrase');
  await page.getByRole('button', { name: 'Unlock', exact: true }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('That passphrase is not right. Check Caps Lock and try again.');
  await expect(page.getByLabel('Passphrase', { exact: true })).toHaveValue('');
  await expect(page.getByLabel('Passphrase', { exact: true })).toBeFocused();
  await expectNoAxeViolations(page, 'unlock with error');
  await unlockThroughUi(page, 'Jo Bright');
});

test.describe('auto-lock', () => {
  test.use({ hostSettings: { autoLockMinutes: 0.05 } }); // 3 seconds

  test('after idle the store locks, the lock screen returns and the case text is gone from the page', async ({ host }) => {
    const { page } = host;
    await seedLockedProfile(host, 'Sam Okafor');
    await host.open();
    await page.getByRole('button', { name: 'Unlock Sam Okafor' }).click();
    await unlockThroughUi(page, 'Sam Okafor');
    await createCaseThroughUi(page, 'Leo Marsh');
    await page.getByRole('combobox', { name: 'New note' }).fill('Leo said he wants to see his nan more.');
    await page.getByRole('button', { name: 'Save note' }).click();
    await expect(page.getByRole('list', { name: 'Notes' })).toContainText('see his nan');

    // No input now: main's timer fires and tells the renderer.
    const focusAsItAppears = await watchFocusAsItAppears(page, 'h1', 'Unlock Sam Okafor');
    await expect(page.getByRole('heading', { level: 1, name: 'Unlock Sam Okafor' })).toBeVisible({ timeout: 15_000 });
    await expect(page.getByRole('status').filter({ hasText: /Locked after/u })).toBeVisible();
    const html = await page.content();
    expect(html).not.toContain('see his nan');
    expect(html).not.toContain('Leo Marsh');
    expect(await host.core.dispatch('getSession', {})).toEqual({ ok: true, value: { state: 'locked' } });

    // Coming back to the laptop, the practitioner just types: the field had focus as the screen appeared
    // (it once had it a frame later, and the first letters of the passphrase went to the page).
    expect(await focusAsItAppears()).toBe(await page.getByLabel('Passphrase', { exact: true }).getAttribute('id'));
    await page.keyboard.type(PASSPHRASE);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'Leo Marsh' })).toBeVisible(); // back where they were
  });
});

test('Ctrl+L locks from anywhere in the app', async ({ host }) => {
  const { page } = host;
  await seedLockedProfile(host, 'Sam Okafor');
  await host.open();
  await page.getByRole('button', { name: 'Unlock Sam Okafor' }).click();
  await unlockThroughUi(page, 'Sam Okafor');
  await createCaseThroughUi(page, 'Ruby Patel');
  const focusAsItAppears = await watchFocusAsItAppears(page, 'h1', 'Unlock Sam Okafor');
  await page.keyboard.press(`${CTRL}+KeyL`);
  await expect(page.getByRole('heading', { level: 1, name: 'Unlock Sam Okafor' })).toBeVisible();
  await expect(page.locator('body')).not.toContainText('Ruby Patel');

  // Back at once: typing straight away and pressing Enter unlocks (no key lost, no click needed).
  expect(await focusAsItAppears()).toBe(await page.getByLabel('Passphrase', { exact: true }).getAttribute('id'));
  await page.keyboard.type(PASSPHRASE);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Cases' })).toBeVisible();
});

test('forgotten passphrase: the recovery key unlocks and sets a new passphrase', async ({ host }) => {
  const { page } = host;
  const { recoveryKey } = await seedLockedProfile(host, 'Sam Okafor');
  await host.open();
  await page.getByRole('button', { name: 'Unlock Sam Okafor' }).click();
  await page.getByRole('button', { name: 'Use recovery key instead' }).click();
  await page.getByRole('textbox', { name: 'Recovery key' }).fill(recoveryKey.toLowerCase());
  await page.getByLabel('New passphrase', { exact: true }).fill('a new passphrase of four words');
  await page.getByLabel('Confirm new passphrase').fill('a new passphrase of four words');
  await expectNoAxeViolations(page, 'recovery unlock');
  await page.getByRole('button', { name: 'Unlock with recovery key' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Cases' })).toBeVisible();
  await page.getByRole('button', { name: 'Lock', exact: true }).click();
  await unlockThroughUi(page, 'Sam Okafor', 'a new passphrase of four words');
});

test('settings: change the passphrase and the auto-lock time', async ({ host }) => {
  const { page } = host;
  await seedLockedProfile(host, 'Sam Okafor');
  await host.open();
  await page.getByRole('button', { name: 'Unlock Sam Okafor' }).click();
  await unlockThroughUi(page, 'Sam Okafor');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await expectNoAxeViolations(page, 'settings');

  // A long page: "On this page" takes focus straight to a section's heading.
  const contents = page.getByRole('navigation', { name: 'On this page' });
  await expect(contents.getByRole('button')).toHaveText(['Auto-lock', 'Contact types', 'Note templates', 'Timescales', 'Change passphrase', 'Recovery key', 'Audit log', 'Backups', 'Keyboard shortcuts']);
  await contents.getByRole('button', { name: 'Backups' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Backups' })).toBeFocused();
  await contents.getByRole('button', { name: 'Auto-lock' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Auto-lock' })).toBeFocused();

  await page.getByRole('spinbutton', { name: 'Auto-lock after (minutes)' }).fill('25');
  await page.getByRole('button', { name: 'Save auto-lock' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
  expect(await host.core.dispatch('getSettings', {})).toEqual({ ok: true, value: { autoLockMinutes: 25 } });

  await page.getByLabel('Current passphrase').fill(PASSPHRASE);
  await page.getByLabel('New passphrase', { exact: true }).fill('brand new words for work');
  await page.getByLabel('Confirm new passphrase').fill('brand new words for work');
  await page.getByRole('region', { name: 'Change passphrase' }).getByRole('button', { name: 'Change passphrase' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Passphrase changed' })).toBeVisible();
  await page.getByRole('button', { name: 'Lock', exact: true }).click();
  await unlockThroughUi(page, 'Sam Okafor', 'brand new words for work');
});

test('several practitioners share a laptop: the start screen lists each profile by name only', async ({ host }) => {
  const { page } = host;
  await seedLockedProfile(host, 'Sam Okafor');
  await seedLockedProfile(host, 'Priya Shah', 'another four word passphrase');
  await host.open();
  await expect(page.getByRole('heading', { level: 1, name: 'Casework' })).toBeVisible();
  const profiles = page.getByRole('button', { name: /^Unlock / });
  await expect(profiles).toHaveCount(2);
  await expect(profiles.nth(0)).toHaveAccessibleName('Unlock Priya Shah');
  await expect(profiles.nth(1)).toHaveAccessibleName('Unlock Sam Okafor');
  await expectNoAxeViolations(page, 'start');
  await page.getByRole('button', { name: 'Unlock Priya Shah' }).click();
  await unlockThroughUi(page, 'Priya Shah', 'another four word passphrase');
});

test('a lost recovery key is replaced in Settings, and the new key unlocks', async ({ host }) => {
  const { page } = host;
  const { recoveryKey: oldKey } = await seedLockedProfile(host, 'Sam Okafor');
  await host.open();
  await page.getByRole('button', { name: 'Unlock Sam Okafor' }).click();
  await unlockThroughUi(page, 'Sam Okafor');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Settings' }).click();
  await page.getByLabel('Your passphrase').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Make a new recovery key' }).click();
  await expect(page.getByRole('heading', { name: 'Your new recovery key' })).toBeVisible();
  const newKey = (await page.getByText(/^([A-Z2-7]{4}-){12}[A-Z2-7]{4}$/u).textContent()) ?? '';
  expect(newKey).not.toBe(oldKey);
  await expectNoAxeViolations(page, 'new recovery key');
  await page.getByRole('button', { name: 'I have stored the new key' }).click();
  await expect(page.locator('body')).not.toContainText(newKey);

  await page.getByRole('button', { name: 'Lock', exact: true }).click();
  await page.getByRole('button', { name: 'Use recovery key instead' }).click();
  await page.getByRole('textbox', { name: 'Recovery key' }).fill(newKey);
  await page.getByLabel('New passphrase', { exact: true }).fill('a new passphrase of four words');
  await page.getByLabel('Confirm new passphrase').fill('a new passphrase of four words');
  await page.getByRole('button', { name: 'Unlock with recovery key' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Cases' })).toBeVisible();
});
