/** Steps a practitioner takes, written once and shared by the UI specs. */
import { expect, type Page } from '@playwright/test';
import type { TestHost } from '../host/test-host';
import type { CreatedProfile } from '../../../preload/contract';
import { watchFocusAsItAppears } from './focus-as-it-appears';

export const PASSPHRASE = 'kettle orchard lantern velvet';

export async function createProfileThroughUi(page: Page, displayName: string, passphrase = PASSPHRASE): Promise<string> {
  await expect(page.getByRole('heading', { level: 1, name: 'Create a profile' })).toBeVisible();
  await page.getByRole('textbox', { name: 'Display name' }).fill(displayName);
  await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
  await page.getByLabel('Confirm passphrase').fill(passphrase);
  await page.getByRole('button', { name: 'Create profile' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your recovery key' })).toBeVisible();
  const key = (await page.getByText(/^([A-Z2-7]{4}-){12}[A-Z2-7]{4}$/u).textContent()) ?? '';
  expect(key).toMatch(/^([A-Z2-7]{4}-){12}[A-Z2-7]{4}$/u);
  return key;
}

export async function continuePastRecoveryKey(page: Page): Promise<void> {
  await page.getByRole('checkbox', { name: 'I have stored the recovery key safely' }).check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Cases' })).toBeVisible();
}

/** A profile made through the real core (not the UI), then locked: the start of most tests. */
export async function seedLockedProfile(host: TestHost, displayName: string, passphrase = PASSPHRASE): Promise<CreatedProfile> {
  const created = await host.core.dispatch('createProfile', { displayName, passphrase });
  if (!created.ok) throw new Error(created.error.message);
  await host.core.dispatch('lock', {});
  return created.value as CreatedProfile;
}

export async function unlockThroughUi(page: Page, displayName: string, passphrase = PASSPHRASE): Promise<void> {
  await expect(page.getByRole('heading', { level: 1, name: `Unlock ${displayName}` })).toBeVisible();
  await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
  await page.getByRole('button', { name: 'Unlock', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Cases' })).toBeVisible();
}

export async function createCaseThroughUi(page: Page, childName: string, details: { dateOfBirth?: string; caseReference?: string } = {}): Promise<void> {
  const form = page.getByRole('region', { name: 'New case' });
  // Clicked without waiting for the list: an empty list opens the form by itself once loaded, and a
  // click landing just then must keep it open (it once closed it), with the name field focused.
  await page.getByRole('button', { name: 'New case' }).click();
  await expect(form.getByRole('textbox', { name: "Child's name" })).toBeFocused();
  await form.getByRole('textbox', { name: "Child's name" }).fill(childName);
  if (details.dateOfBirth) await form.getByLabel('Date of birth').fill(details.dateOfBirth);
  if (details.caseReference) await form.getByRole('textbox', { name: 'Case reference' }).fill(details.caseReference);
  const focusAsItAppears = await watchFocusAsItAppears(page, 'h1', childName);
  await form.getByRole('button', { name: 'Create case' }).click();
  await expect(page.getByRole('heading', { level: 1, name: childName })).toBeVisible();
  // "Open, type": keys pressed the moment the case shows must reach the note box, so it must already
  // have focus when the page first shows the child's name — not a frame later (a lost "!" once left a
  // pack without its chronology).
  const noteBoxId = await page.getByRole('combobox', { name: 'New note' }).getAttribute('id');
  expect(await focusAsItAppears()).toBe(noteBoxId);
}
