/** Seeding and steps for the conference-pack spec: data goes in through the real core. */
import { v7 as uuidv7 } from 'uuid';
import { expect, type Locator, type Page } from '@playwright/test';
import type { Note, Person } from '../../../preload/contract';
import type { TestHost } from '../host/test-host';
import { seedUnlockedCaseload } from './capture-flows';

async function dispatch<T>(host: TestHost, channel: string, payload: unknown): Promise<T> {
  const result = await host.core.dispatch(channel, payload);
  if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
  return result.value as T;
}

const daysAgo = (days: number) => new Date(Date.now() - days * 24 * 60 * 60 * 1000).toISOString();

export const AVA_WORDS = 'I like it when mum takes me to the park';
export const BEN_WORDS = 'My brother helps me with reading';

/**
 * Ava and Ben Jones, siblings in one family group, with notes from the last few weeks: a family visit
 * (Ava seen alone, Ben seen, mum present), each child's own words, a significant event.
 */
export async function seedFamilyWithNotes(host: TestHost): Promise<{ ava: string; ben: string }> {
  const ids = await seedUnlockedCaseload(host, 'Sam Okafor', [
    { childName: 'Ava Jones', dateOfBirth: '2016-04-03' },
    { childName: 'Ben Jones', dateOfBirth: '2020-02-14' },
  ]);
  const ava = ids['Ava Jones']!;
  const ben = ids['Ben Jones']!;
  await dispatch(host, 'addSibling', { caseId: ava, siblingCaseId: ben });
  const mum = await dispatch<Person>(host, 'createPerson', { fullName: 'Priya Jones', links: [{ caseId: ava, relationship: 'mother' }] });
  const note = (body: string, days: number, children: unknown[], structure: Record<string, unknown> = {}) =>
    dispatch<Note>(host, 'saveNote', { id: uuidv7(), body, structure: { contactAt: daysAgo(days), contactHasTime: true, children, ...structure } });
  await note('Home visit. Both children at home with mum.', 20, [
    { caseId: ava, seen: 'seen-alone', bedroomSeen: true },
    { caseId: ben, seen: 'seen' },
  ], { significant: true, people: [mum.id] });
  await note('Ava talked about weekends.', 12, [{ caseId: ava, seen: 'seen' }], { voice: [AVA_WORDS] });
  await note('Ben at school, not seen.', 8, [{ caseId: ben, seen: 'not-seen', notSeenReason: 'On a school trip' }]);
  await note('Ben talked about home.', 5, [{ caseId: ben, seen: 'seen' }], { voice: [BEN_WORDS] });
  return { ava, ben };
}

export const childRegion = (page: Page, childName: string): Locator => page.getByRole('region', { name: childName, exact: true });
export const sectionGroup = (scope: Locator, heading: string): Locator => scope.getByRole('group', { name: heading, exact: true });

/** Selects `words` inside a text box (as a practitioner would with the mouse or Shift+arrows). */
export async function selectWords(box: Locator, words: string): Promise<void> {
  await box.evaluate((element, wanted) => {
    const control = element as HTMLTextAreaElement | HTMLInputElement;
    const start = control.value.indexOf(wanted);
    if (start < 0) throw new Error(`"${wanted}" is not in the box`);
    control.focus();
    control.setSelectionRange(start, start + wanted.length);
  }, words);
}

export async function openPacksFromCase(page: Page, childName: string): Promise<void> {
  await page.getByRole('table', { name: 'Your cases' }).getByRole('button', { name: childName }).click();
  await expect(page.getByRole('heading', { level: 1, name: childName })).toBeVisible();
  await page.getByRole('button', { name: 'Conference packs' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Conference packs' })).toBeVisible();
}
