/**
 * The conference-pack builder through the real renderer, contract, core and encrypted store: start a
 * pack for two siblings, edit it and mark third-party information, save and find it kept, export it
 * for the family (encrypted), see the passphrase once and the export in the register, and the file on
 * disk. Each screen goes to axe.
 */
import fs from 'node:fs';
import path from 'node:path';
import { test, expect } from './host/test-host';
import { expectNoAxeViolations } from './support/axe';
import { AVA_WORDS, BEN_WORDS, childRegion, openPacksFromCase, sectionGroup, seedFamilyWithNotes, selectWords } from './support/pack-flows';

const CTRL = process.platform === 'darwin' ? 'Meta' : 'Control';
const WORRY = 'Mum said Mrs Green from next door called the police twice.';
const PASSPHRASE = /^[0-9a-z]{5}(-[0-9a-z]{5}){4}$/u;

test('a pack for two siblings: drafted, edited, marked, saved, exported for the family and registered', async ({ host }) => {
  const { page } = host;
  await seedFamilyWithNotes(host);
  await host.open();
  await openPacksFromCase(page, 'Ava Jones');
  await expect(page.getByText('No packs yet for this family.')).toBeVisible();
  await expect(page.getByText('Nothing has been exported for this child yet.')).toBeVisible();
  await expectNoAxeViolations(page, 'conference packs');

  // Start a new pack: both children ticked, the last six months, the kind of conference chosen.
  await page.getByRole('button', { name: 'Start a new pack' }).click();
  const form = page.getByRole('region', { name: 'Start a new pack' });
  const children = form.getByRole('group', { name: 'Children' });
  await expect(children.getByRole('checkbox', { name: 'Ava Jones' })).toBeChecked();
  await expect(children.getByRole('checkbox', { name: 'Ben Jones' })).toBeChecked();
  await form.getByRole('button', { name: 'Draft the pack' }).click();
  await expect(form.getByRole('alert')).toContainText('Choose the kind of conference');
  await expectNoAxeViolations(page, 'new pack with an error');
  await form.getByRole('group', { name: 'Conference' }).getByRole('radio', { name: 'Review conference' }).check();
  await form.getByRole('button', { name: 'Draft the pack' }).click();

  // The builder: each child's part, drafted from the records.
  await expect(page.getByRole('heading', { level: 1, name: 'Conference pack' })).toBeVisible();
  const ava = childRegion(page, 'Ava Jones');
  const ben = childRegion(page, 'Ben Jones');
  await expect(sectionGroup(ava, "Ava Jones's views and wishes").getByRole('textbox', { name: 'Text' })).toHaveValue(new RegExp(`“${AVA_WORDS}” \\(`, 'u'));
  await expect(sectionGroup(ben, "Ben Jones's views and wishes").getByRole('textbox', { name: 'Text' })).toHaveValue(new RegExp(`“${BEN_WORDS}” \\(`, 'u'));
  for (const heading of ["Parents' views", 'What are we worried about?', "What's working well?", 'What needs to happen?', 'Recommendation']) {
    await expect(sectionGroup(ava, heading)).toBeVisible();
    await expect(sectionGroup(ben, heading)).toBeVisible();
  }
  await expect(ava.getByRole('table', { name: 'When Ava Jones was seen' }).getByRole('row')).toHaveCount(3);
  await expect(ava.getByRole('table', { name: 'When Ava Jones was seen' })).toContainText('Seen alone');
  await expect(ben.getByRole('table', { name: 'When Ben Jones was seen' })).toContainText('Not seen');
  await expect(ben.getByRole('textbox', { name: /^Detail, / }).nth(1)).toHaveValue('On a school trip');
  await expect(ava.getByRole('table', { name: 'Chronology' }).getByRole('textbox', { name: 'Event 1', exact: true })).toHaveValue('Home visit.');
  await expect(ava.getByText('No passages marked as third party')).toBeVisible();
  await expectNoAxeViolations(page, 'pack builder');

  // Edit a worry and mark the neighbour as third party with the button; then Ben's recommendation
  // with the shortcut.
  const worry = sectionGroup(ava, 'What are we worried about?').getByRole('textbox', { name: 'Text' });
  await worry.fill(WORRY);
  await selectWords(worry, 'Mrs Green from next door');
  await page.getByRole('button', { name: 'Mark as third party' }).click();
  await expect(worry).toHaveValue('Mum said {{Mrs Green from next door}} called the police twice.');
  await expect(page.getByRole('status').filter({ hasText: 'Marked as third-party information' })).toBeVisible();
  await expect(ava.getByText('1 passage marked as third party')).toBeVisible();
  const recommendation = sectionGroup(ben, 'Recommendation').getByRole('textbox', { name: 'Text' });
  await recommendation.fill("Continue the plan; assess mum's new partner Dean Walsh.");
  await selectWords(recommendation, 'Dean Walsh');
  await page.keyboard.press(`${CTRL}+Shift+KeyM`);
  await expect(recommendation).toHaveValue("Continue the plan; assess mum's new partner {{Dean Walsh}}.");
  await expect(ben.getByText('1 passage marked as third party')).toBeVisible();

  await page.getByRole('button', { name: 'Save pack' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Pack saved' })).toBeVisible();

  // Start the app again: the edit came from the store.
  await host.open();
  await expect(page.getByRole('heading', { level: 1, name: 'Cases' })).toBeVisible();
  await openPacksFromCase(page, 'Ben Jones');
  await page.getByRole('table', { name: 'Packs' }).getByRole('button', { name: /^Review conference/u }).click();
  await expect(sectionGroup(childRegion(page, 'Ava Jones'), 'What are we worried about?').getByRole('textbox', { name: 'Text' })).toHaveValue(
    'Mum said {{Mrs Green from next door}} called the police twice.',
  );

  // Export for the family, encrypted. Turning encryption off needs an explicit confirmation.
  await page.getByRole('button', { name: 'Export pack' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export the pack' });
  const formats = dialog.getByRole('group', { name: 'Formats' });
  for (const format of ['PDF', 'Word', 'CSV (chronology, for spreadsheets)']) await expect(formats.getByRole('checkbox', { name: format })).toBeChecked();
  const encrypt = dialog.getByRole('checkbox', { name: 'Encrypt (recommended)' });
  await expect(encrypt).toBeChecked();
  await dialog.getByRole('group', { name: 'Who is this for?' }).getByRole('radio', { name: /^For the family/u }).check();
  await dialog.getByRole('textbox', { name: 'Recipient' }).fill('Priya Jones (mother)');
  await dialog.getByRole('textbox', { name: 'Purpose' }).fill('Report to parents before the review conference');
  await encrypt.uncheck();
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(dialog.getByRole('alert')).toContainText('Confirm that you understand these files will not be encrypted');
  await expect(dialog.getByRole('checkbox', { name: 'I understand these files will not be encrypted' })).toBeVisible();
  await expectNoAxeViolations(page, 'export dialog');
  await encrypt.check();
  await expect(dialog.getByRole('checkbox', { name: 'I understand these files will not be encrypted' })).toBeHidden();
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();

  const done = page.getByRole('dialog', { name: 'Pack exported' });
  await expect(done.getByRole('heading', { name: 'Pack exported' })).toBeFocused({ timeout: 30_000 });
  const passphrase = (await done.locator('.pack-passphrase__value code').textContent()) ?? '';
  expect(passphrase).toMatch(PASSPHRASE);
  await expect(done).toContainText('Give this passphrase to the recipient separately (for example by phone)');
  await expect(done.getByRole('button', { name: 'Copy passphrase' })).toBeVisible();
  await expectNoAxeViolations(page, 'export done');
  await done.getByRole('button', { name: 'Close' }).click();
  await expect(done).toBeHidden();
  await expect(page.getByText(passphrase)).toHaveCount(0);

  // The register lists the export; the archive is on disk where the destination said.
  await page.getByRole('button', { name: 'Back to conference packs' }).click();
  const register = page.getByRole('table', { name: 'Exports' });
  await expect(register.getByRole('row')).toHaveCount(2);
  await expect(register).toContainText('Priya Jones (mother)');
  await expect(register).toContainText('Report to parents before the review conference');
  await expect(register).toContainText('Family (redacted)');
  await expectNoAxeViolations(page, 'conference packs with an export');
  const written = fs.readdirSync(host.exportsDir);
  expect(written).toHaveLength(1);
  expect(written[0]).toMatch(/\.zip$/u);
  expect(fs.statSync(path.join(host.exportsDir, written[0]!)).size).toBeGreaterThan(0);
  await expect(register).toContainText(written[0]!);
});

test('the builder from the keyboard: sections added and removed (with a confirmation), a visit removed, edits saved on leaving', async ({ host }) => {
  const { page } = host;
  await seedFamilyWithNotes(host);
  await host.open();
  await openPacksFromCase(page, 'Ava Jones');
  await page.getByRole('button', { name: 'Start a new pack' }).click();
  const form = page.getByRole('region', { name: 'Start a new pack' });
  await form.getByRole('group', { name: 'Children' }).getByRole('checkbox', { name: 'Ben Jones' }).uncheck();
  await form.getByRole('group', { name: 'Conference' }).getByRole('radio', { name: 'Core group' }).check();
  await form.getByRole('button', { name: 'Draft the pack' }).click();
  const ava = childRegion(page, 'Ava Jones');
  await expect(ava).toBeVisible();
  await expect(childRegion(page, 'Ben Jones')).toHaveCount(0);

  // Add a section: its heading takes focus, ready to be named.
  await ava.getByRole('button', { name: 'Add a section for Ava Jones' }).press('Enter');
  const added = sectionGroup(ava, 'New section').getByRole('textbox', { name: 'Heading' });
  await expect(added).toBeFocused();
  await added.fill('Health');
  await sectionGroup(ava, 'Health').getByRole('textbox', { name: 'Text' }).fill('Dental check overdue.');

  // Removing asks first; Escape keeps the section and focus returns to the button.
  const remove = sectionGroup(ava, "What's working well?").getByRole('button', { name: /^Remove section/u });
  await remove.press('Enter');
  const confirm = page.getByRole('dialog', { name: "Remove “What's working well?”?" });
  await expect(confirm).toBeVisible();
  await expectNoAxeViolations(page, 'remove a section');
  await page.keyboard.press('Escape');
  await expect(confirm).toBeHidden();
  await expect(remove).toBeFocused();
  await remove.press('Enter');
  await confirm.getByRole('button', { name: 'Remove section' }).click();
  await expect(sectionGroup(ava, "What's working well?")).toHaveCount(0);
  await expect(ava.getByRole('button', { name: 'Add a section for Ava Jones' })).toBeFocused();

  // A visit row removed: focus goes to the table's heading.
  const seen = ava.getByRole('table', { name: 'When Ava Jones was seen' });
  await expect(seen.getByRole('row')).toHaveCount(3);
  await seen.getByRole('button', { name: /^Remove the visit on/u }).first().click();
  await expect(seen.getByRole('row')).toHaveCount(2);
  await expect(ava.getByRole('heading', { name: 'When Ava Jones was seen' })).toBeFocused();

  // Leaving with unsaved edits saves them.
  await page.getByRole('button', { name: 'Back to conference packs' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Conference packs' })).toBeVisible();
  await page.getByRole('table', { name: 'Packs' }).getByRole('button', { name: /^Core group/u }).click();
  await expect(sectionGroup(childRegion(page, 'Ava Jones'), 'Health').getByRole('textbox', { name: 'Text' })).toHaveValue('Dental check overdue.');
  await expect(sectionGroup(childRegion(page, 'Ava Jones'), "What's working well?")).toHaveCount(0);
  await expect(childRegion(page, 'Ava Jones').getByRole('table', { name: 'When Ava Jones was seen' }).getByRole('row')).toHaveCount(2);
});
