/**
 * Advisory timescales (issue 6) through the real renderer, contract and encrypted store: the team's
 * rule pack chosen in Settings, a child protection plan added on the case, the visit reminder shown as
 * overdue with its evidence, met by a visit note written as usual, then put aside and reopened with a
 * reason. Nothing here is ever blocked: the reminders are advice.
 *
 * The test host has no fixed clock, so dates are chosen relative to today (UK) with a margin no bank
 * holiday can eat: a plan started 30 days ago has its 10-working-day visit overdue, and the next visit
 * after one made today is at least 14 days away ("Coming up", never "Due soon"). Due dates themselves
 * are main's sums; the test checks their shape, not their value.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './host/test-host';
import { expectNoAxeViolations } from './support/axe';
import { expectNoCspViolations, openOnCases } from './support/csp';
import { londonWallClock, seedUnlockedCaseload } from './support/capture-flows';

const CTRL = process.platform === 'darwin' ? 'Meta' : 'Control';
/** "Thu 14 Jan 2027" (a comma after the weekday is tolerated: main's wording comes from ICU). */
const DAY = String.raw`\w{3},? \d{1,2} \w{3} \d{4}`;

const nav = (page: Page) => page.getByRole('navigation', { name: 'Main' });
const timescales = (page: Page) => page.getByRole('region', { name: 'Timescales' });
const section = (page: Page, name: string) => page.getByRole('region', { name: new RegExp(`^${name}`, 'u') });
const statusWith = (page: Page, text: string | RegExp) => page.getByRole('status').filter({ hasText: text });
const visitItem = (page: Page, region: string) => section(page, region).getByRole('listitem').filter({ hasText: 'Child protection visit' });

function ukToday(): string {
  return londonWallClock(new Date()).slice(0, 10);
}

function shiftDate(isoDate: string, days: number): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

async function openSettingsTimescales(page: Page) {
  await nav(page).getByRole('button', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await expect(timescales(page).getByRole('button', { name: 'Use the example pack' })).toBeVisible();
}

async function openDue(page: Page) {
  await nav(page).getByRole('button', { name: /^Due/u }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Due' })).toBeVisible();
}

async function openAmira(page: Page) {
  await nav(page).getByRole('button', { name: 'Cases' }).click();
  await page.getByRole('table', { name: 'Your cases' }).getByRole('button', { name: 'Amira Khan' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Amira Khan' })).toBeVisible();
}

test('a child protection plan: the visit is overdue, a visit note seen alone meets it, the next is put aside and reopened', async ({ host }) => {
  test.slow(); // the whole journey, with an accessibility check on each screen it passes through
  const { page } = host;
  await seedUnlockedCaseload(host, 'Sam Okafor', [{ childName: 'Amira Khan', dateOfBirth: '2016-04-03' }]);
  await openOnCases(host);

  // Before the team has chosen rules, Due says so and offers the way on.
  await openDue(page);
  await expect(page.getByText('No rule pack is in use yet')).toBeVisible();
  await page.getByRole('button', { name: 'Settings → Timescales' }).click();
  await expect(timescales(page).getByRole('heading', { name: 'Timescales' })).toBeFocused();

  await timescales(page).getByRole('button', { name: 'Use the example pack' }).click();
  await expect(statusWith(page, 'Now using England — example defaults, revision 1')).toBeVisible();
  await expect(timescales(page)).toContainText("These are your team's rules. The example values come from real councils and guidance; they are not the law.");
  const rules = timescales(page).getByRole('list', { name: /^Rules/u });
  await expect(rules.getByRole('listitem').filter({ hasText: 'Child protection visit' })).toContainText('10 working days');
  await expect(timescales(page).getByRole('list', { name: 'Statuses' })).toContainText('Child protection plan');
  await expectNoAxeViolations(page, 'settings, timescales with the example pack');

  // On the case: a plan that started 30 days ago, added from the pack's statuses, by keyboard.
  await openAmira(page);
  const keyDates = page.getByRole('region', { name: 'Status and key dates' });
  await keyDates.getByRole('button', { name: 'Add status' }).click();
  const addStatus = page.getByRole('dialog', { name: 'Add a status for Amira Khan' });
  await expect(addStatus.getByRole('combobox', { name: 'Status' })).toBeFocused();
  await addStatus.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'Child protection plan' });
  await expect(addStatus.getByRole('checkbox')).toHaveCount(0); // permanence is asked only for placements
  await addStatus.getByLabel('Start date').fill(shiftDate(ukToday(), -30));
  await addStatus.getByRole('button', { name: 'Add status' }).click();
  await expect(addStatus).toBeHidden();
  await expect(keyDates.getByRole('list', { name: 'Statuses' })).toContainText(new RegExp(`Child protection plan from ${DAY}, continuing`, 'u'));

  const duePanel = page.getByRole('region', { name: 'Due for Amira Khan' });
  const panelVisit = duePanel.getByRole('listitem').filter({ hasText: 'Child protection visit' });
  await expect(panelVisit).toContainText('Overdue');
  await expect(panelVisit).toContainText(new RegExp(`Due by ${DAY} \\(\\d+ days ago\\)`, 'u'));
  await expect(panelVisit).toContainText('No visit recorded since');
  await expect(duePanel).toContainText("Your team's rules: England — example defaults, revision 1.");
  await expectNoAxeViolations(page, 'case page with the due and key dates panels');

  // Across the caseload: the nav says what is overdue; the item carries its date, evidence and rule.
  await expect(nav(page).getByRole('button', { name: 'Due, 1 overdue' })).toBeVisible();
  await openDue(page);
  await expect(page.getByText("Your team's rules: England — example defaults, revision 1.")).toBeVisible();
  const overdue = visitItem(page, 'Overdue');
  await expect(overdue).toContainText(new RegExp(`Due by ${DAY}`, 'u'));
  await expect(overdue).toContainText('No visit recorded since “Child protection plan” started');
  await overdue.getByText('The rule in words').click();
  await expect(overdue).toContainText('Every 10 working days during “Child protection plan”, seeing the child alone');
  await expectNoAxeViolations(page, 'due, one overdue');

  // A visit note, written as any other: seen alone is one key.
  await overdue.getByRole('button', { name: 'Amira Khan', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Amira Khan' })).toBeVisible();
  const noteBox = page.getByRole('combobox', { name: 'New note' });
  await expect(noteBox).toBeFocused();
  await page.keyboard.type('Home visit. Saw Amira on her own in her bedroom; she showed me her drawings.');
  await page.keyboard.press('Alt+KeyA');
  await expect(page.getByRole('group', { name: 'Recognised in your note' }).getByRole('button', { name: 'Amira Khan: seen alone' })).toBeVisible();
  await page.keyboard.press(`${CTRL}+Enter`);
  await expect(statusWith(page, 'Note saved')).toBeVisible();
  await expect(panelVisit.filter({ hasText: 'Met' })).toContainText(new RegExp(`Seen alone ${DAY}`, 'u'));
  // On the case page too, the evidence brings its note into view in the timeline below.
  await panelVisit.filter({ hasText: 'Met' }).getByRole('button', { name: /^Open the note/u }).click();
  const savedNote = page.getByRole('list', { name: 'Notes' }).locator('li[data-note-id]').first();
  await expect(savedNote).toBeFocused();
  await expect(savedNote).toContainText('she showed me her drawings');
  await noteBox.focus();
  await panelVisit.filter({ hasText: 'Met' }).getByRole('button', { name: /^Open the note/u }).click();
  await expect(savedNote).toBeFocused(); // asked again, focused again

  await expect(nav(page).getByRole('button', { name: 'Due', exact: true })).toBeVisible();
  await openDue(page);
  await expect(section(page, 'Overdue')).toHaveCount(0);
  const met = visitItem(page, 'Met');
  await expect(met).toContainText(new RegExp(`Seen alone ${DAY}`, 'u'));
  await expect(met.getByRole('button', { name: /^Open the note/u })).toBeVisible();
  const next = visitItem(page, 'Coming up');
  await expect(next).toContainText(new RegExp(`Due by ${DAY} \\(in \\d+ days\\)`, 'u'));
  await expect(next).toContainText(new RegExp(`Last seen alone ${DAY}`, 'u'));

  // Put aside, with a reason that is kept and shown.
  await next.getByRole('button', { name: /^Snooze…/u }).click();
  const snooze = page.getByRole('dialog', { name: 'Snooze: Child protection visit for Amira Khan' });
  await expect(snooze.getByLabel('Snooze until')).toBeFocused();
  await snooze.getByRole('button', { name: 'Snooze' }).click();
  await expect(snooze.getByRole('alert')).toContainText('Choose the date to snooze until');
  await expect(snooze.getByRole('alert')).toContainText('Give a reason');
  await expectNoAxeViolations(page, 'snooze dialog with errors');
  await snooze.getByLabel('Snooze until').fill(shiftDate(ukToday(), 5));
  await snooze.getByRole('textbox', { name: 'Reason' }).fill('Family away until the weekend; visit booked for Monday.');
  await snooze.getByRole('button', { name: 'Snooze' }).click();
  await expect(snooze).toBeHidden();
  const aside = visitItem(page, 'Put aside');
  await expect(aside).toContainText('Snoozed');
  await expect(aside).toContainText(new RegExp(`Snoozed until ${DAY}: Family away until the weekend; visit booked for Monday\\.`, 'u'));
  await expect(aside).toBeFocused();
  await expect(statusWith(page, /Child protection visit for Amira Khan snoozed until/u)).toBeVisible();
  await expect(section(page, 'Coming up')).toHaveCount(0);
  await expectNoAxeViolations(page, 'due, met and put aside');

  await aside.getByRole('button', { name: /^Reopen…/u }).click();
  const reopen = page.getByRole('dialog', { name: 'Reopen: Child protection visit for Amira Khan' });
  await expect(reopen.getByRole('textbox', { name: 'Reason' })).toBeFocused();
  await page.keyboard.type('Visit moved forward.');
  await reopen.getByRole('button', { name: 'Reopen' }).click();
  await expect(visitItem(page, 'Coming up')).toContainText('Reopened: Visit moved forward.');
  await expect(section(page, 'Put aside')).toHaveCount(0);

  // The evidence opens the note it came from, on the child's timeline.
  await visitItem(page, 'Met').getByRole('button', { name: /^Open the note/u }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Amira Khan' })).toBeVisible();
  const noteRow = page.getByRole('list', { name: 'Notes' }).locator('li[data-note-id]').first();
  await expect(noteRow).toBeFocused();
  await expect(noteRow).toContainText('she showed me her drawings');
  await expectNoCspViolations(page);
});

test('a planned review conference and an ended plan are listed in the key dates', async ({ host }) => {
  const { page } = host;
  await seedUnlockedCaseload(host, 'Sam Okafor', [{ childName: 'Amira Khan' }]);
  await openOnCases(host);
  await openDue(page);
  await page.getByRole('button', { name: 'Use the example pack' }).click();
  await expect(statusWith(page, 'Now using England — example defaults, revision 1')).toBeVisible();
  await expect(page.getByText('Nothing is due, overdue or recently met under these rules.')).toBeVisible();

  await openAmira(page);
  const keyDates = page.getByRole('region', { name: 'Status and key dates' });
  await keyDates.getByRole('button', { name: 'Add a planned date' }).click();
  const plan = page.getByRole('dialog', { name: 'Add a planned date for Amira Khan' });
  await plan.getByRole('combobox', { name: 'What is planned' }).selectOption({ label: 'Review child protection conference' });
  await plan.getByLabel('Date').fill(shiftDate(ukToday(), 40));
  await plan.getByRole('button', { name: 'Add date' }).click();
  const planned = keyDates.getByRole('list', { name: 'Planned dates' });
  await expect(planned).toContainText(new RegExp(`Review child protection conference planned for ${DAY}`, 'u'));
  // Report deadlines run back from it.
  await expect(page.getByRole('region', { name: 'Due for Amira Khan' })).toContainText('Report shared with parents before the review conference');

  await keyDates.getByRole('button', { name: 'Add status' }).click();
  const addStatus = page.getByRole('dialog', { name: 'Add a status for Amira Khan' });
  await addStatus.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'Looked after (one entry per placement)' });
  await addStatus.getByRole('checkbox', { name: /^Permanent placement/u }).check();
  await addStatus.getByLabel('Start date').fill(shiftDate(ukToday(), -3));
  await addStatus.getByRole('button', { name: 'Add status' }).click();
  const statuses = keyDates.getByRole('list', { name: 'Statuses' });
  await expect(statuses).toContainText('permanent placement');

  await statuses.getByRole('button', { name: /^End…/u }).click();
  const end = page.getByRole('dialog', { name: /^End Looked after/u });
  await expect(end.getByLabel('End date')).toBeFocused();
  await end.getByLabel('End date').fill(shiftDate(ukToday(), -1));
  await end.getByRole('button', { name: 'End status' }).click();
  await expect(statuses).toContainText(new RegExp(`from ${DAY} to ${DAY}`, 'u'));
  await expect(statuses.getByRole('listitem').first()).toBeFocused();

  await planned.getByRole('button', { name: /^Cancel this date/u }).click();
  await expect(planned).toContainText('cancelled');
  await expectNoAxeViolations(page, 'case page key dates');
});

test('an invalid pack file is refused, naming the file and the field; the example can be read and copied', async ({ host }) => {
  const { page } = host;
  await seedUnlockedCaseload(host, 'Sam Okafor', [{ childName: 'Amira Khan' }]);
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: 'https://casework.test' });
  await openOnCases(host);
  await openSettingsTimescales(page);

  const broken = [
    'format: casework-rule-pack',
    'formatVersion: 1',
    'name: Our team',
    'revision: 2',
    'statuses:',
    '  - id: child-protection-plan',
    '    label: Child protection plan',
    'rules:',
    '  - id: cp-visit',
    '    label: Child protection visit',
    '    type: visits',
    '    status: child-protection-plan',
    '    every: { fortnights: 1 }',
  ].join('\n');
  await timescales(page).getByLabel('Import a pack file').setInputFiles({ name: 'our-team.yaml', mimeType: 'text/yaml', buffer: Buffer.from(broken) });
  await timescales(page).getByRole('button', { name: 'Import pack' }).click();
  const problems = timescales(page).getByRole('alert');
  await expect(problems).toBeFocused();
  await expect(problems).toContainText('our-team.yaml was not imported: the rules in use have not changed.');
  await expect(problems.getByRole('listitem').filter({ hasText: 'rules[0].every' })).toHaveText(/^our-team\.yaml: rules\[0\]\.every: /u);
  await expect(timescales(page)).toContainText('No rule pack is in use yet');
  await expectNoAxeViolations(page, 'settings, timescales with an invalid pack');

  await timescales(page).getByRole('button', { name: 'Show the example file' }).click();
  const example = timescales(page).getByRole('region', { name: 'england-example-defaults.yaml' });
  await expect(example).toContainText('format: casework-rule-pack');
  await expect(example).toContainText('EXAMPLE VALUES ONLY');
  await timescales(page).getByRole('button', { name: 'Copy the example file' }).click();
  await expect(statusWith(page, 'Copied the example file')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('format: casework-rule-pack');
  await expectNoAxeViolations(page, 'settings, the example file');

  await timescales(page).getByRole('combobox', { name: 'Bank holidays for working days' }).selectOption({ label: 'Scotland' });
  await timescales(page).getByRole('button', { name: 'Save bank holidays' }).click();
  await expect(statusWith(page, 'Bank holidays: Scotland')).toBeVisible();
  await expectNoCspViolations(page);
});
