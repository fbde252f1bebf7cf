/**
 * Automatic encrypted backups (issue 5), through the real renderer, contract and store: Settings →
 * Backups lists them and makes one now; a records file damaged on disk is caught at unlock and the
 * newest backup is offered and restored; a restore from Settings asks for the passphrase and keeps
 * the records it replaces as a backup.
 */
import { v7 as uuidv7 } from 'uuid';
import type { Page } from '@playwright/test';
import type { BackupSummary, CreatedProfile } from '../../preload/contract';
import { test, expect, type TestHost } from './host/test-host';
import { damagedFolders, damageStoreFile } from './host/store-damage';
import { expectNoAxeViolations } from './support/axe';
import { expectNoCspViolations, openOnCases } from './support/csp';
import { notesFor, seedUnlockedCaseload } from './support/capture-flows';
import { PASSPHRASE } from './support/flows';

const nav = (page: Page) => page.getByRole('navigation', { name: 'Main' });
const backupsSection = (page: Page) => page.getByRole('region', { name: 'Backups' });
const backupRows = (page: Page) => page.getByRole('table', { name: 'Your backups' }).getByRole('row');

async function dispatch<T>(host: TestHost, channel: string, payload: unknown = {}): Promise<T> {
  const result = await host.core.dispatch(channel, payload);
  if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
  return result.value as T;
}

/** Sam's profile, unlocked, with Amira's case and one note in it; the app open on Cases. */
async function openWithOneNote(host: TestHost): Promise<{ profileId: string; amiraId: string }> {
  const ids = await seedUnlockedCaseload(host, 'Sam Okafor', [{ childName: 'Amira Khan' }]);
  const amiraId = ids['Amira Khan']!;
  await saveNote(host, amiraId, 'Home visit. Amira showed me her drawings.');
  const session = await dispatch<{ state: string; profile: CreatedProfile['profile'] }>(host, 'getSession');
  await openOnCases(host);
  return { profileId: session.profile.id, amiraId };
}

const saveNote = (host: TestHost, caseId: string, body: string) =>
  dispatch(host, 'saveNote', { id: uuidv7(), body, structure: { children: [{ caseId }] } });

async function openSettingsBackups(page: Page) {
  await nav(page).getByRole('button', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await expect(backupsSection(page).getByRole('button', { name: 'Back up now' })).toBeVisible();
}

test('Back up now lists the backup; a damaged records file at unlock offers it, and restoring brings the records back', async ({ host }) => {
  const { page } = host;
  const { profileId, amiraId } = await openWithOneNote(host);
  await openSettingsBackups(page);
  await expect(backupsSection(page)).toContainText('No backups yet');

  // Keyboard: focus the button and press Enter.
  await backupsSection(page).getByRole('button', { name: 'Back up now' }).focus();
  await page.keyboard.press('Enter');
  await expect(backupsSection(page).getByRole('status').filter({ hasText: /^Backed up at / })).toBeVisible();
  await expect(backupRows(page)).toHaveCount(2); // the header row and the backup
  const row = backupRows(page).nth(1);
  await expect(row).toContainText('Backed up by you');
  await expect(row).toContainText(/\d+ KB|\d+\.\d MB/u);
  await expect(row).toContainText('(just now)');
  await expectNoAxeViolations(page, 'settings, backups', 'section[aria-labelledby="backups-heading"]');

  // Restore… explains what will happen and asks for the passphrase; Escape changes nothing.
  const restoreButton = row.getByRole('button', { name: /^Restore the backup from / });
  await restoreButton.click();
  const dialog = page.getByRole('dialog', { name: /^Restore the backup from .*\?$/u });
  await expect(dialog).toContainText('Anything written or changed after');
  await expect(dialog).toContainText('kept first, as a backup marked “Kept before a restore”');
  await expect(dialog.getByLabel('Your passphrase')).toBeFocused();
  await expectNoAxeViolations(page, 'restore backup dialog');
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(restoreButton).toBeFocused();

  await page.getByRole('button', { name: 'Lock', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Unlock Sam Okafor' })).toBeVisible();
  damageStoreFile(host, profileId);

  await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await page.keyboard.press('Enter');
  const panel = page.getByRole('region', { name: 'Your records file is damaged' });
  await expect(panel.getByRole('heading', { name: 'Your records file is damaged' })).toBeFocused();
  await expect(panel).toContainText(/The most recent backup is from .+ \((just now|\d+ minutes? ago)\)\./u);
  await expect(panel).toContainText('Notes written after');
  await expect(panel).toContainText('The damaged file is kept in the profile’s folder for IT, not deleted.');
  // The passphrase just typed is reused: no second box to fill in.
  await expect(panel.getByLabel('Your passphrase')).toHaveCount(0);
  await expectNoAxeViolations(page, 'unlock, records file damaged');

  await panel.getByRole('button', { name: 'Restore this backup' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Cases' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /^Restored the backup from / })).toBeVisible();
  expect((await notesFor(host, amiraId)).map((n) => n.body)).toEqual(['Home visit. Amira showed me her drawings.']);
  expect(damagedFolders(host, profileId)).toHaveLength(1);
  await page.getByRole('table', { name: 'Your cases' }).getByRole('button', { name: 'Amira Khan' }).click();
  await expect(page.getByRole('list', { name: 'Notes' }).getByRole('listitem')).toHaveCount(1);
  await expectNoCspViolations(page);
});

test('a restore from Settings asks for the passphrase, replaces the records and keeps them as a backup first', async ({ host }) => {
  const { page } = host;
  const { profileId, amiraId } = await openWithOneNote(host);
  const backup = await dispatch<BackupSummary>(host, 'backUpNow');
  await saveNote(host, amiraId, 'Written after the backup: phone call with school.');
  await openSettingsBackups(page);
  await expect(backupRows(page)).toHaveCount(2);

  await backupRows(page).nth(1).getByRole('button', { name: /^Restore the backup from / }).click();
  const dialog = page.getByRole('dialog');
  await page.keyboard.type('not the right passphrase');
  await page.keyboard.press('Enter');
  const problem = dialog.getByRole('alert');
  await expect(problem).toContainText('That passphrase is not right.');
  await expectNoAxeViolations(page, 'restore backup dialog, wrong passphrase');
  expect((await notesFor(host, amiraId)).length).toBe(2); // nothing changed

  await dialog.getByLabel('Your passphrase').fill(PASSPHRASE);
  await dialog.getByRole('button', { name: 'Restore this backup' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Cases' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /^Restored the backup from / })).toBeVisible();
  expect((await notesFor(host, amiraId)).map((n) => n.body)).toEqual(['Home visit. Amira showed me her drawings.']);

  await openSettingsBackups(page);
  await expect(backupRows(page)).toHaveCount(3);
  await expect(backupRows(page).nth(1)).toContainText('Kept before a restore');
  await expect(backupRows(page).nth(2)).toContainText('Backed up by you');
  const listed = await dispatch<BackupSummary[]>(host, 'listBackups', { profileId });
  expect(listed.map((b) => b.reason)).toEqual(['before-restore', 'manual']);
  expect(listed[1]!.id).toBe(backup.id);
  expect(damagedFolders(host, profileId)).toEqual([]);
  await expectNoCspViolations(page);
});
