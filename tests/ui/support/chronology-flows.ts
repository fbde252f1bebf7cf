/** Seeding and locators for the chronology spec: a family with significant notes, made through the real core. */
import { expect, type Locator, type Page } from '@playwright/test';
import { v7 as uuidv7 } from 'uuid';
import type { TestHost } from '../host/test-host';
import { seedUnlockedCaseload } from './capture-flows';

async function dispatch(host: TestHost, channel: string, payload: unknown): Promise<void> {
  const result = await host.core.dispatch(channel, payload);
  if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
}

export interface SeedNote {
  body: string;
  children: readonly string[];
  /** UTC instant; the contact time is given with its hour. */
  contactAt: string;
  contactType?: string;
}

/** Ava and her brother Ben in one family group, unlocked, with these significant notes. */
export async function seedFamilyWithSignificantNotes(host: TestHost, notes: readonly SeedNote[]): Promise<Record<string, string>> {
  const ids = await seedUnlockedCaseload(host, 'Sam Okafor', [
    { childName: 'Ava Jones', dateOfBirth: '2016-04-03' },
    { childName: 'Ben Jones', dateOfBirth: '2021-01-10' },
  ]);
  await dispatch(host, 'addSibling', { caseId: ids['Ava Jones'], siblingCaseId: ids['Ben Jones'] });
  for (const note of notes) {
    await dispatch(host, 'saveNote', {
      id: uuidv7(),
      body: note.body,
      structure: {
        children: note.children.map((name) => ({ caseId: ids[name] })),
        contactAt: note.contactAt,
        contactHasTime: true,
        contactType: note.contactType ?? null,
        significant: true,
      },
    });
  }
  return ids;
}

export const chronologyTable = (page: Page): Locator => page.getByRole('table', { name: /chronology for/u });
export const chronologyRows = (page: Page): Locator => chronologyTable(page).locator('tbody tr');
export const columnHeaders = (page: Page): Locator => chronologyTable(page).locator('thead th');

/** Row n (1-based) of the chronology: its row header is the serial number. */
export const entryRow = (page: Page, serial: number): Locator =>
  chronologyRows(page).filter({ has: page.getByRole('rowheader', { name: String(serial), exact: true }) });

export async function openChronologyFromCase(page: Page, childName: string): Promise<void> {
  await page.getByRole('button', { name: 'Chronology' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Chronology: ${childName}` })).toBeVisible();
}
