/**
 * The timeline (filters, keyboard, virtualised long records), amending with a reason and reading the
 * history, and search opening a note on its child's timeline. Notes are seeded through the real core;
 * everything else goes through the real renderer, as a practitioner would.
 */
import { v7 as uuidv7 } from 'uuid';
import type { Page } from '@playwright/test';
import type { CaseSummary, Note, NoteStructureInput } from '../../preload/contract';
import { test, expect, type TestHost } from './host/test-host';
import { expectNoAxeViolations } from './support/axe';
import { expectNoCspViolations, watchCsp } from './support/csp';
import { watchFocusAsItAppears } from './support/focus-as-it-appears';
import { PASSPHRASE, seedLockedProfile } from './support/flows';

const CTRL = process.platform === 'darwin' ? 'Meta' : 'Control';

async function dispatch<T>(host: TestHost, channel: string, payload: unknown): Promise<T> {
  const result = await host.core.dispatch(channel, payload);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value as T;
}

/** A practitioner with one child's case, unlocked, the app open on the case list. */
async function openWithCase(host: TestHost, childName = 'Amira Khan') {
  const { profile } = await seedLockedProfile(host, 'Sam Okafor');
  await dispatch(host, 'unlock', { profileId: profile.id, passphrase: PASSPHRASE });
  const kase = await dispatch<CaseSummary>(host, 'createCase', { childName, caseReference: 'CP-2291' });
  await watchCsp(host.page);
  return kase;
}

function save(host: TestHost, caseId: string, body: string, structure: Partial<NoteStructureInput> = {}) {
  return dispatch<Note>(host, 'saveNote', { id: uuidv7(), body, structure: { children: [{ caseId }], ...structure } });
}

async function openCase(page: Page, childName: string) {
  await page.getByRole('table', { name: 'Your cases' }).getByRole('button', { name: childName }).click();
  await expect(page.getByRole('heading', { level: 1, name: childName })).toBeVisible();
}

const notesList = (page: Page) => page.getByRole('list', { name: 'Notes' });
const noteItems = (page: Page) => notesList(page).locator(':scope > li');

test('the timeline shows each note’s structure, filters narrow it, and the keyboard moves through it', async ({ host }) => {
  const { page } = host;
  const amira = await openWithCase(host);
  await save(host, amira.id, 'Office visit with mum about the move.', { contactType: 'office-visit', contactAt: '2025-12-01T10:00:00.000Z' });
  await save(host, amira.id, 'Phone call with school about attendance.', { contactType: 'phone-call', contactAt: '2026-02-10T09:00:00.000Z', contactHasTime: true });
  await dispatch(host, 'saveNote', {
    id: uuidv7(),
    body: 'Home visit. Amira said "I like my new bedroom" and showed me her drawings.',
    structure: {
      children: [{ caseId: amira.id, seen: 'seen-alone', bedroomSeen: true }],
      contactType: 'home-visit',
      contactAt: '2026-03-02T10:30:00.000Z',
      contactHasTime: true,
      significant: true,
      voice: ['I like my new bedroom'],
    },
  });
  await host.open();
  await openCase(page, 'Amira Khan');

  const items = noteItems(page);
  await expect(items).toHaveCount(3);
  const newest = items.first();
  await expect(newest).toContainText('2 Mar 2026, 10:30');
  await expect(newest).toContainText('Home visit');
  await expect(newest).toContainText('Significant');
  await expect(newest).toContainText('Amira Khan: seen alone, bedroom seen');
  await expect(newest.locator('q')).toHaveText('Child’s words: I like my new bedroom');
  await expect(items.nth(2)).toContainText('Office visit with mum');
  await expectNoAxeViolations(page, 'timeline');

  await page.getByRole('combobox', { name: 'Contact type' }).selectOption('phone-call');
  await expect(items).toHaveCount(1);
  await expect(items.first()).toContainText('Phone call with school');
  await expect(page.getByRole('status').filter({ hasText: 'Showing 1 note' })).toBeVisible();
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(items).toHaveCount(3);
  await page.getByRole('checkbox', { name: 'Significant only' }).check();
  await expect(items).toHaveCount(1);
  await expect(items.first()).toContainText('Home visit.');
  await page.getByRole('checkbox', { name: 'Significant only' }).uncheck();
  await page.getByLabel('From', { exact: true }).fill('2026-01-01');
  await expect(items).toHaveCount(2);
  await page.getByLabel('To', { exact: true }).fill('2026-02-28');
  await expect(items).toHaveCount(1);
  await expect(items.first()).toContainText('Phone call with school');
  await expectNoAxeViolations(page, 'timeline, filtered');
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(items).toHaveCount(3);

  // One tab stop for the list; arrows move between notes; Tab reaches the current note's actions.
  await items.first().focus();
  await page.keyboard.press('ArrowDown');
  await expect(items.nth(1)).toBeFocused();
  await page.keyboard.press('End');
  await expect(items.nth(2)).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Amend note from 1 December 2025' })).toBeFocused();
  await expectNoCspViolations(page);
});

test('a late answer never replaces a newer one: the timeline shows the filter chosen last', async ({ host }) => {
  const { page } = host;
  const amira = await openWithCase(host);
  await save(host, amira.id, 'Office visit with mum about the move.', { contactType: 'office-visit' });
  await save(host, amira.id, 'Phone call with school about attendance.', { contactType: 'phone-call' });
  await host.open();
  await openCase(page, 'Amira Khan');
  const items = noteItems(page);
  await expect(items).toHaveCount(2);

  // The office-visit list is answered late, after the practitioner has moved on to phone calls.
  const late = host.holdAnswer('listNotes', (request) => (request as { contactType?: string }).contactType === 'office-visit');
  const type = page.getByRole('combobox', { name: 'Contact type' });
  await type.selectOption('office-visit');
  await late.arrived;
  await type.selectOption('phone-call');
  await expect(items).toHaveCount(1);
  await expect(items.first()).toContainText('Phone call with school');

  await late.release();
  // Two frames: time for the page to take the late answer and render whatever it does with it.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  await expect(items).toHaveCount(1);
  await expect(items.first()).toContainText('Phone call with school');
  await expect(type).toHaveValue('phone-call');
});

test('amend with a reason: the note is marked Amended and its history shows both versions with the changes', async ({ host }) => {
  const { page } = host;
  const amira = await openWithCase(host);
  await save(host, amira.id, 'Visited on Tuesday. Mum was upset about the housing letter.', { contactAt: '2026-03-03T15:00:00.000Z', contactHasTime: true });
  await host.open();
  await openCase(page, 'Amira Khan');
  const note = noteItems(page).first();
  await expect(note).not.toContainText('Amended');

  await note.getByRole('button', { name: 'Amend note from 3 Mar 2026, 15:00' }).click();
  const dialog = page.getByRole('dialog', { name: 'Amend note from 3 Mar 2026, 15:00' });
  await expect(dialog).toBeVisible();
  const text = dialog.getByRole('textbox', { name: 'Note' });
  await expect(text).toBeFocused();
  await expect(text).toHaveValue('Visited on Tuesday. Mum was upset about the housing letter.');
  await text.fill('Visited on Wednesday. Mum was upset about the housing letter.');
  await dialog.getByRole('button', { name: 'Save amendment' }).click();
  await expect(dialog.getByRole('alert')).toContainText('Enter the reason for the amendment.');
  await expectNoAxeViolations(page, 'amend dialog with an error');
  await dialog.getByRole('textbox', { name: 'Reason for the amendment' }).fill('Wrong day');
  await dialog.getByRole('button', { name: 'Save amendment' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Amendment saved' })).toBeVisible();
  await expect(note).toContainText('Amended');
  await expect(note).toContainText('Visited on Wednesday.');

  await note.getByRole('button', { name: 'History of note from 3 Mar 2026, 15:00' }).click();
  const history = page.getByRole('dialog', { name: 'History of note from 3 Mar 2026, 15:00' });
  await expect(history.getByRole('heading', { name: 'Version 1 (as first saved)' })).toBeVisible();
  await expect(history.getByRole('heading', { name: 'Version 2' })).toBeVisible();
  await expect(history).toContainText('Visited on Tuesday. Mum was upset about the housing letter.');
  await expect(history).toContainText('Reason: Wrong day');
  await expect(history.locator('del')).toHaveText('[removed: Tuesday.]');
  await expect(history.locator('ins')).toHaveText('[added: Wednesday.]');
  await expectNoAxeViolations(page, 'history dialog');
  await page.keyboard.press('Escape');
  await expect(history).toBeHidden();
  await expectNoCspViolations(page);
});

test('a long record (10,000 notes) is a virtual list: only the notes in view are in the page', async ({ host }) => {
  // Saving 10,000 notes through the core takes most of 30 s here, and over 60 s on a busy machine.
  test.setTimeout(180_000);
  const { page } = host;
  const amira = await openWithCase(host);
  const start = Date.parse('2021-01-01T09:00:00Z');
  for (let i = 0; i < 10_000; i++) {
    await save(host, amira.id, `Contact number ${i + 1}.${i % 7 === 0 ? '\nA longer note: school, health and home were all discussed at length today.' : ''}`, {
      contactAt: new Date(start + i * 4 * 3_600_000).toISOString(), // every 4 hours: into 2025
    });
  }
  await host.open();
  await openCase(page, 'Amira Khan');
  const items = noteItems(page);
  await expect(items.first()).toContainText('Contact number 10000.');
  expect(await items.count()).toBeLessThan(60);
  await expect(items.first()).toHaveAttribute('aria-setsize', '10000');
  await items.first().focus();
  await page.keyboard.press('End');
  const last = notesList(page).locator('li[aria-posinset="10000"]');
  await expect(last).toBeFocused();
  await expect(last).toContainText('Contact number 1.');
  expect(await items.count()).toBeLessThan(60);
  await expectNoCspViolations(page);
});

test('search: typing finds cases and notes; Enter on a note opens its timeline with the note in focus', async ({ host }) => {
  const { page } = host;
  const amira = await openWithCase(host);
  await dispatch(host, 'createCase', { childName: 'Yusuf Khan' });
  const start = Date.parse('2024-01-01T09:00:00Z');
  let target: Note | null = null;
  for (let i = 0; i < 120; i++) {
    const body = i === 3 ? 'Amira talked about the trampoline in the garden and the new puppy.' : `Routine contact ${i}: all well at home.`;
    const saved = await save(host, amira.id, body, { contactAt: new Date(start + i * 86_400_000).toISOString(), contactType: 'home-visit' });
    if (i === 3) target = saved;
  }
  await host.open();
  await expect(page.getByRole('heading', { level: 1, name: 'Cases' })).toBeVisible();

  const focusAsItAppears = await watchFocusAsItAppears(page, 'dialog[open]');
  await page.keyboard.press(`${CTRL}+KeyK`);
  const dialog = page.getByRole('dialog', { name: 'Search' });
  await expect(dialog).toBeVisible();
  const box = dialog.getByRole('combobox', { name: 'Search children and notes' });
  await expect(box).toBeFocused();
  // Focused as the dialog opens: a search typed straight after Ctrl+K loses no letter.
  expect(await focusAsItAppears()).toBe(await box.getAttribute('id'));
  await box.pressSequentially('khan');
  await expect(dialog.getByRole('status')).toHaveText('2 results: 2 cases, 0 notes');
  await expect(dialog.getByRole('group', { name: 'Cases' }).getByRole('option')).toHaveText([/Amira Khan/u, /Yusuf Khan/u]);

  await box.fill('trampo');
  await expect(dialog.getByRole('status')).toHaveText('1 result: 0 cases, 1 note');
  const option = dialog.getByRole('group', { name: 'Notes' }).getByRole('option');
  await expect(option).toContainText('Amira Khan');
  await expect(option.locator('mark')).toHaveText('trampoline');
  await expectNoAxeViolations(page, 'search dialog with results');
  await page.keyboard.press('ArrowDown');
  await expect(box).toHaveAttribute('aria-activedescendant', (await option.getAttribute('id')) ?? '');
  await page.keyboard.press('Enter');

  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name: 'Amira Khan' })).toBeVisible();
  const row = notesList(page).locator(`li[data-note-id="${target!.id}"]`);
  await expect(row).toBeFocused();
  await expect(row).toContainText('trampoline');
  await expect(row).toHaveClass(/timeline__row--highlight/u);
  await expectNoCspViolations(page);

  // Escape closes the dialog; the filters narrow to a child and a type.
  await page.keyboard.press(`${CTRL}+KeyK`);
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('search filters narrow the notes found', async ({ host }) => {
  const { page } = host;
  const amira = await openWithCase(host);
  const yusuf = await dispatch<CaseSummary>(host, 'createCase', { childName: 'Yusuf Khan' });
  await save(host, amira.id, 'Dentist appointment booked.', { contactType: 'phone-call', contactAt: '2026-01-10T10:00:00.000Z' });
  await save(host, yusuf.id, 'Dentist visit went well.', { contactType: 'home-visit', contactAt: '2026-02-10T10:00:00.000Z' });
  await host.open();
  await expect(page.getByRole('heading', { level: 1, name: 'Cases' })).toBeVisible();
  await page.keyboard.press(`${CTRL}+KeyK`);
  const dialog = page.getByRole('dialog', { name: 'Search' });
  await dialog.getByRole('combobox', { name: 'Search children and notes' }).fill('dentist');
  await expect(dialog.getByRole('status')).toHaveText('2 results: 0 cases, 2 notes');
  await dialog.getByRole('button', { name: 'Filters' }).click();
  await dialog.getByRole('combobox', { name: 'Child', exact: true }).selectOption({ label: 'Yusuf Khan' });
  await expect(dialog.getByRole('status')).toHaveText('1 result: 0 cases, 1 note');
  await expect(dialog.getByRole('listbox', { name: 'Search results' }).getByRole('option')).toContainText('Dentist visit went well');
  await dialog.getByRole('button', { name: 'Clear filters' }).click();
  await dialog.getByRole('combobox', { name: 'Contact type' }).selectOption('phone-call');
  await expect(dialog.getByRole('status')).toHaveText('1 result: 0 cases, 1 note');
  await expect(dialog.getByRole('listbox', { name: 'Search results' }).getByRole('option')).toContainText('Dentist appointment booked');
  await dialog.getByRole('button', { name: 'Clear filters' }).click();
  await dialog.getByLabel('From', { exact: true }).fill('2026-02-01');
  await expect(dialog.getByRole('status')).toHaveText('1 result: 0 cases, 1 note');
  await expectNoAxeViolations(page, 'search dialog with filters');
});
