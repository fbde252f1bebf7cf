/**
 * The chronology through the real renderer, contract and encrypted store: entries from significant
 * notes appear by themselves, numbered in date order; court and conference formats; wording edited
 * without touching the note; an event added by hand with its source; the family view; leaving an
 * entry out and restoring it. Each screen and dialog goes to axe.
 */
import { test, expect } from './host/test-host';
import { expectNoAxeViolations } from './support/axe';
import { londonWallClock } from './support/capture-flows';
import { chronologyRows, chronologyTable, columnHeaders, entryRow, openChronologyFromCase, seedFamilyWithSignificantNotes } from './support/chronology-flows';
import { openCaseFromList } from './support/people-flows';

const DISCLOSURE = 'Ava told me she was hit with a belt on Sunday. She showed me a mark on her leg.';
const PARTNER = 'Mum said {{her new partner, Dean}} has moved in. Ava is scared of him.';
const BURN = 'Ben taken to A&E with a burn to his hand. Mum could not say how it happened.';

test('a chronology from significant notes: formats, wording, an event by hand, the family, leaving out', async ({ host }) => {
  const { page } = host;
  await seedFamilyWithSignificantNotes(host, [
    { body: DISCLOSURE, children: ['Ava Jones'], contactAt: '2026-03-12T15:20:00Z', contactType: 'home-visit' },
    { body: BURN, children: ['Ben Jones'], contactAt: '2026-05-10T09:00:00Z' },
    { body: PARTNER, children: ['Ava Jones'], contactAt: '2026-06-02T10:30:00Z', contactType: 'phone-call' },
  ]);
  await host.open();
  await openCaseFromList(page, 'Ava Jones');
  await openChronologyFromCase(page, 'Ava Jones');

  // Court format by default, for the last two years: numbered, oldest first, Ava's entries only.
  const today = londonWallClock(new Date()).slice(0, 10);
  await expect(page.getByLabel('To', { exact: true })).toHaveValue(today);
  await expect(page.getByLabel('From', { exact: true })).toHaveValue(`${Number(today.slice(0, 4)) - 2}${today.slice(4)}`);
  await expect(page.getByRole('radio', { name: 'Court (PD12A)' })).toBeChecked();
  await expect(columnHeaders(page)).toHaveText(['No.', 'Date', 'Event', 'Source', 'Actions']);
  await expect(chronologyRows(page)).toHaveCount(2);
  await expect(entryRow(page, 1)).toContainText('12 March 2026, 15:20');
  await expect(entryRow(page, 1)).toContainText('Ava told me she was hit with a belt on Sunday.');
  await expect(entryRow(page, 1)).not.toContainText('She showed me a mark');
  await expect(entryRow(page, 1)).toContainText('Case note (Home visit), Sam Okafor');
  // Third-party information is marked, and said to be so.
  const marked = entryRow(page, 2).locator('mark.third-party');
  await expect(marked).toHaveText(/her new partner, Dean/u);
  await expect(marked).toContainText('Third-party information:');
  await expectNoAxeViolations(page, 'chronology (court)');

  // Conference format adds the child's age at each event and the analysis.
  await page.getByRole('radio', { name: 'Conference' }).check();
  await expect(columnHeaders(page)).toHaveText(['No.', 'Date', 'Age', 'Event', 'Source', 'Analysis', 'Actions']);
  await expect(entryRow(page, 1).getByRole('cell').nth(1)).toHaveText('9 years 11 months');
  await expectNoAxeViolations(page, 'chronology (conference)');

  // New wording for entry 1; the note itself stays as written.
  const editButton = entryRow(page, 1).getByRole('button', { name: 'Edit wording of entry 1' });
  await editButton.click();
  const editDialog = page.getByRole('dialog', { name: 'Edit wording of entry 1' });
  await expect(editDialog).toContainText('The note itself is not changed.');
  await expect(editDialog.getByRole('textbox', { name: 'Event' })).toBeFocused();
  await expectNoAxeViolations(page, 'edit wording');
  await editDialog.getByRole('textbox', { name: 'Event' }).fill('');
  await editDialog.getByRole('button', { name: 'Save wording' }).click();
  await expect(editDialog.getByRole('alert')).toContainText('Say what happened');
  await expect(editDialog.getByRole('textbox', { name: 'Event' })).toHaveAccessibleDescription(/Say what happened/u);
  await editDialog.getByRole('textbox', { name: 'Event' }).fill('Ava disclosed being hit with a belt by Mum');
  await editDialog.getByRole('textbox', { name: 'Analysis (optional)' }).fill('First disclosure of physical harm.');
  await editDialog.getByRole('button', { name: 'Save wording' }).click();
  await expect(editDialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Wording saved. The note itself is unchanged.' })).toBeVisible();
  await expect(editButton).toBeFocused();
  await expect(entryRow(page, 1)).toContainText('Ava disclosed being hit with a belt by Mum');
  await expect(entryRow(page, 1)).toContainText('Edited wording');
  await expect(entryRow(page, 1)).toContainText('First disclosure of physical harm.');

  // "View note" opens the note on Ava's timeline, as it was written.
  await entryRow(page, 1).getByRole('button', { name: 'View note for entry 1' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ava Jones' })).toBeVisible();
  const note = page.getByRole('article').filter({ hasText: 'hit with a belt' });
  await expect(note).toContainText(DISCLOSURE);
  await expect(note).not.toContainText('disclosed being hit');
  await expect(note.getByText('Amended')).toHaveCount(0);
  await openChronologyFromCase(page, 'Ava Jones');
  await page.getByRole('radio', { name: 'Conference' }).check();

  // A police notification added by hand, for both children.
  const addButton = page.getByRole('button', { name: 'Add an event' });
  await addButton.click();
  const addDialog = page.getByRole('dialog', { name: 'Add an event' });
  await expect(addDialog.getByLabel('Date')).toBeFocused();
  await addDialog.getByRole('button', { name: 'Add event' }).click();
  const alert = addDialog.getByRole('alert');
  await expect(alert).toContainText('Enter the date of the event');
  await expect(alert).toContainText('Say what happened');
  await expect(alert).toContainText('Enter the source');
  await expectNoAxeViolations(page, 'add an event with errors');
  await addDialog.getByLabel('Date').fill('2026-04-20');
  await addDialog.getByLabel('Time (optional)').fill('22:40');
  await addDialog.getByRole('textbox', { name: 'Event' }).fill('Police called to the home: argument between Mum and Dean');
  await addDialog.getByRole('textbox', { name: 'Source' }).fill('Police notification (PPN) 20/4');
  const children = addDialog.getByRole('group', { name: 'Which children does this concern?' });
  await expect(children.getByRole('checkbox', { name: 'Ava Jones' })).toBeChecked();
  await children.getByRole('checkbox', { name: 'Ben Jones' }).check();
  await addDialog.getByRole('button', { name: 'Add event' }).click();
  await expect(addDialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Event added to the chronology' })).toBeVisible();
  await expect(addButton).toBeFocused();
  await expect(chronologyRows(page)).toHaveCount(3);
  await expect(entryRow(page, 2)).toContainText('20 April 2026, 22:40');
  await expect(entryRow(page, 2)).toContainText('Police notification (PPN) 20/4');
  await expect(entryRow(page, 2).getByRole('button', { name: 'View note for entry 2' })).toHaveCount(0);

  // The family: Ben's entries too, each child's age at each event.
  await page.getByRole('radio', { name: 'Family' }).check();
  await expect(chronologyTable(page)).toHaveAccessibleName(/Conference chronology for Ava Jones and Ben Jones/u);
  await expect(chronologyRows(page)).toHaveCount(4);
  await expect(page.getByRole('status').filter({ hasText: 'Showing 4 entries' })).toBeVisible();
  await expect(entryRow(page, 2).getByRole('cell').nth(1)).toHaveText('Ava 10y 0m, Ben 5y 3m');
  await expect(entryRow(page, 3)).toContainText('Ben taken to A&E with a burn to his hand.');
  await expect(entryRow(page, 3).getByRole('cell').nth(1)).toHaveText('Ben 5y 4m');
  await expectNoAxeViolations(page, 'family chronology');

  // Leave Ben's entry out (its note stays), then bring it back.
  await entryRow(page, 3).getByRole('button', { name: 'Leave out of entry 3' }).click();
  const leaveDialog = page.getByRole('dialog', { name: 'Leave entry 3 out of the chronology?' });
  await expect(leaveDialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await expect(leaveDialog).toContainText('The note stays on the timeline');
  await expectNoAxeViolations(page, 'leave an entry out');
  await leaveDialog.getByRole('button', { name: 'Leave out' }).click();
  await expect(leaveDialog).toBeHidden();
  await expect(chronologyRows(page)).toHaveCount(3);
  await expect(chronologyTable(page)).not.toContainText('burn to his hand');
  await expect(page.getByRole('heading', { level: 2, name: 'Entries' })).toBeFocused();

  await page.getByRole('checkbox', { name: 'Show left-out entries' }).check();
  const leftOut = page.getByRole('region', { name: 'Left out of the chronology' });
  await expect(leftOut).toContainText('Ben taken to A&E with a burn to his hand.');
  await expectNoAxeViolations(page, 'left-out entries');
  await leftOut.getByRole('button', { name: 'Restore entry of 10 May 2026' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Entry restored to the chronology' })).toBeVisible();
  await expect(leftOut).toContainText('No entries in these dates are left out.');
  await expect(chronologyRows(page)).toHaveCount(4);
  await expect(entryRow(page, 3)).toContainText('burn to his hand');
});

test('a child without siblings: no family choice, an empty chronology says how entries arrive, and dates are checked', async ({ host }) => {
  const { page } = host;
  const ids = await seedFamilyWithSignificantNotes(host, []);
  await host.core.dispatch('leaveFamilyGroup', { caseId: ids['Ben Jones'] });
  await host.open();
  await openCaseFromList(page, 'Ava Jones');
  await openChronologyFromCase(page, 'Ava Jones');
  await expect(page.getByRole('radio', { name: 'Family' })).toHaveCount(0);
  await expect(page.getByText(/^No entries for Ava Jones/u)).toBeVisible();
  await expect(page.getByText('Notes marked significant appear here by themselves')).toBeVisible();
  await expectNoAxeViolations(page, 'empty chronology');

  await page.getByLabel('From', { exact: true }).fill('2026-08-01');
  await page.getByLabel('To', { exact: true }).fill('2026-07-01');
  await expect(page.getByRole('alert')).toContainText('The To date must be on or after the From date');
  await expect(page.getByLabel('To', { exact: true })).toHaveAccessibleDescription(/The To date must be on or after the From date/u);
  await page.getByLabel('From', { exact: true }).fill('');
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.getByText(/^No entries for Ava Jones, up to 1 July 2026\./u)).toBeVisible();
});
