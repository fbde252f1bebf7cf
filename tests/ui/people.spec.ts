/**
 * People and the family group, through the real renderer, contract and encrypted store: the case
 * summary, siblings who each have a case, the people around them (shared across the group), and the
 * person dialog's errors and keys. Controls are found by role and name; each new screen goes to axe.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './host/test-host';
import { expectNoAxeViolations } from './support/axe';
import { seedUnlockedCaseload } from './support/capture-flows';
import {
  addPersonThroughUi,
  familyAndCarers,
  familyPanel,
  groupChildren,
  openCaseFromList,
  personEntry,
  professionals,
  summaryValue,
} from './support/people-flows';

const CHILDREN = [
  { childName: 'Ava Jones', dateOfBirth: '2017-05-01' },
  { childName: 'Ben Jones', dateOfBirth: '2020-02-14' },
];
const LEGAL_STATUS = 'Child protection plan (neglect) since 3 March 2026';

async function openApp(host: { open: () => Promise<void>; page: Page }): Promise<void> {
  await host.open();
  await expect(host.page.getByRole('heading', { level: 1, name: 'Cases' })).toBeVisible();
}

const caseSummary = (page: Page) => page.locator('main dl.summary-list').first();

test('the case summary: legal status and allocated worker are edited, checked and kept', async ({ host }) => {
  const { page } = host;
  await seedUnlockedCaseload(host, 'Sam Okafor', CHILDREN);
  await openApp(host);
  await openCaseFromList(page, 'Ava Jones');
  await expect(summaryValue(caseSummary(page), 'Child')).toHaveText('Ava Jones');
  await expect(summaryValue(caseSummary(page), 'Date of birth')).toContainText('1 May 2017 (age');
  await expect(summaryValue(caseSummary(page), 'Legal status')).toHaveText('Not recorded');
  await expect(summaryValue(caseSummary(page), 'Allocated worker')).toHaveText('Not recorded');

  const editButton = page.getByRole('button', { name: 'Edit summary' });
  await editButton.click();
  const dialog = page.getByRole('dialog', { name: 'Edit case summary' });
  await expect(dialog.getByRole('textbox', { name: "Child's name" })).toBeFocused();
  await dialog.getByRole('textbox', { name: 'Legal status' }).fill(LEGAL_STATUS);
  await dialog.getByRole('textbox', { name: 'Allocated worker' }).fill('Sam Okafor');
  await expectNoAxeViolations(page, 'edit case summary');

  // An emptied name is refused with a specific message; everything typed stays.
  await dialog.getByRole('textbox', { name: "Child's name" }).fill('');
  await dialog.getByRole('button', { name: 'Save summary' }).click();
  await expect(dialog.getByRole('alert')).toContainText("Enter the child's name");
  await expect(dialog.getByRole('textbox', { name: "Child's name" })).toHaveAccessibleDescription(/Enter the child's name/u);
  await expect(dialog.getByRole('textbox', { name: 'Legal status' })).toHaveValue(LEGAL_STATUS);
  await dialog.getByRole('textbox', { name: "Child's name" }).fill('Ava Jones');
  await dialog.getByRole('button', { name: 'Save summary' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Case summary saved' })).toBeVisible();
  await expect(editButton).toBeFocused();
  await expect(summaryValue(caseSummary(page), 'Legal status')).toHaveText(LEGAL_STATUS);
  await expect(summaryValue(caseSummary(page), 'Allocated worker')).toHaveText('Sam Okafor');

  // Start the app again: the summary came from the store, not from the page.
  await openApp(host);
  await openCaseFromList(page, 'Ava Jones');
  await expect(summaryValue(caseSummary(page), 'Legal status')).toHaveText(LEGAL_STATUS);
  await expect(summaryValue(caseSummary(page), 'Allocated worker')).toHaveText('Sam Okafor');

  // Emptying a field clears it.
  await page.getByRole('button', { name: 'Edit summary' }).click();
  await dialog.getByRole('textbox', { name: 'Allocated worker' }).fill('');
  await dialog.getByRole('button', { name: 'Save summary' }).click();
  await expect(summaryValue(caseSummary(page), 'Allocated worker')).toHaveText('Not recorded');
});

test('a family group: siblings, a mother of both, a health visitor, editing and removing links', async ({ host }) => {
  const { page } = host;
  await seedUnlockedCaseload(host, 'Sam Okafor', [...CHILDREN, { childName: 'Cara Smith', dateOfBirth: '2015-11-30' }]);
  await openApp(host);
  await openCaseFromList(page, 'Ava Jones');
  await expect(groupChildren(page)).toHaveCount(1);
  await expect(groupChildren(page).first()).toContainText('Ava Jones (this child)');

  // Ben's case joins Ava's family group.
  await familyPanel(page).getByRole('button', { name: 'Add a sibling' }).click();
  const siblingDialog = page.getByRole('dialog', { name: 'Add a sibling of Ava Jones' });
  const siblingSelect = siblingDialog.getByRole('combobox', { name: 'Sibling' });
  await expect(siblingSelect).toBeFocused();
  await siblingDialog.getByRole('button', { name: 'Add sibling' }).click();
  await expect(siblingDialog.getByRole('alert')).toContainText("Choose Ava Jones's brother or sister");
  await siblingSelect.selectOption({ label: 'Ben Jones' });
  await siblingDialog.getByRole('button', { name: 'Add sibling' }).click();
  await expect(siblingDialog).toBeHidden();
  await expect(groupChildren(page)).toHaveCount(2);
  await expect(groupChildren(page).nth(1).getByRole('button', { name: 'Ben Jones' })).toBeVisible();

  // A mother with parental responsibility, linked to both children at once.
  await familyPanel(page).getByRole('button', { name: 'Add a person' }).click();
  const addDialog = page.getByRole('dialog', { name: 'Add a person' });
  await expect(addDialog.getByRole('textbox', { name: 'Full name' })).toBeFocused();
  await expect(addDialog.getByRole('group', { name: 'Also linked to' }).getByRole('checkbox', { name: 'Ben Jones' })).toBeChecked();
  await expectNoAxeViolations(page, 'add a person');
  // Nothing but a relationship: the name is asked for, and the choice made is kept.
  await addDialog.getByRole('combobox', { name: 'Relationship to Ava Jones' }).selectOption({ label: 'Mother' });
  await addDialog.getByRole('button', { name: 'Add person' }).click();
  await expect(addDialog.getByRole('alert')).toContainText("Enter the person's name");
  await expect(addDialog.getByRole('textbox', { name: 'Full name' })).toHaveAccessibleDescription(/Enter the person's name/u);
  await expect(addDialog.getByRole('combobox', { name: 'Relationship to Ava Jones' })).toHaveValue('mother');
  await expectNoAxeViolations(page, 'add a person with an error');
  await addDialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(addDialog).toBeHidden();

  await addPersonThroughUi(page, 'Ava Jones', { fullName: 'Claire Jones', relationship: 'Mother', parentalResponsibility: 'Yes', livesWithChild: 'Yes' });
  const claire = personEntry(familyAndCarers(page), 'Claire Jones');
  await expect(claire).toContainText('Mother of Ava Jones and Ben Jones');
  await expect(claire).toContainText(/Parental responsibility\s*Yes/u);
  await expect(claire).toContainText(/Lives with child\s*Yes/u);

  // A professional; "Also linked to" Ben stays ticked.
  await addPersonThroughUi(page, 'Ava Jones', {
    fullName: 'Priya Shah',
    relationship: 'Professional',
    role: 'Health visitor',
    agency: 'Northtown Health Visiting Team',
    phone: '01632 960 123',
  });
  const priya = personEntry(professionals(page), 'Priya Shah');
  await expect(priya).toContainText('Professional working with Ava Jones and Ben Jones');
  await expect(priya).toContainText('Health visitor');
  await expect(priya).toContainText('Northtown Health Visiting Team');
  await expect(priya).toContainText('01632 960 123');
  await expect(personEntry(familyAndCarers(page), 'Priya Shah')).toHaveCount(0);
  await expectNoAxeViolations(page, 'case with family panel');

  // On Ben's case: Ava is his sibling and Claire is his mother too.
  await groupChildren(page).getByRole('button', { name: 'Ben Jones' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ben Jones' })).toBeVisible();
  await expect(groupChildren(page).first()).toContainText('Ben Jones (this child)');
  await expect(groupChildren(page).getByRole('button', { name: 'Ava Jones' })).toBeVisible();
  await expect(personEntry(familyAndCarers(page), 'Claire Jones')).toContainText('Mother of Ava Jones and Ben Jones');

  // Edit a relationship: Claire does not live with Ben.
  await personEntry(familyAndCarers(page), 'Claire Jones').getByRole('button', { name: 'Edit Claire Jones' }).click();
  const editDialog = page.getByRole('dialog', { name: 'Edit Claire Jones' });
  await expect(editDialog.getByRole('textbox', { name: 'Full name' })).toBeFocused();
  await expectNoAxeViolations(page, 'edit a person');
  const forBen = editDialog.getByRole('region', { name: 'Ben Jones' });
  await forBen.getByRole('group', { name: 'Lives with Ben Jones' }).getByRole('radio', { name: 'No', exact: true }).check();
  await forBen.getByRole('button', { name: 'Save relationship to Ben Jones' }).click();
  await expect(editDialog.getByRole('status')).toContainText('Relationship to Ben Jones saved');
  await editDialog.getByRole('button', { name: 'Done' }).click();
  await expect(personEntry(familyAndCarers(page), 'Claire Jones')).toContainText(/Lives with child\s*Ben Jones: No; Ava Jones: Yes|Ava Jones: Yes; Ben Jones: No/u);

  // Remove a link: the health visitor no longer works with Ben.
  await personEntry(professionals(page), 'Priya Shah').getByRole('button', { name: 'Edit Priya Shah' }).click();
  const editPriya = page.getByRole('dialog', { name: 'Edit Priya Shah' });
  // Her details: a name cannot be emptied (the box says why); a new phone number is saved.
  const priyaName = editPriya.getByRole('textbox', { name: 'Full name' });
  await priyaName.fill('');
  await editPriya.getByRole('button', { name: 'Save details' }).click();
  await expect(editPriya.getByRole('alert')).toContainText("Enter the person's name");
  await expect(priyaName).toHaveAccessibleDescription(/Enter the person's name/u);
  await priyaName.fill('Priya Shah');
  await editPriya.getByRole('textbox', { name: 'Phone' }).fill('01632 960 999');
  await editPriya.getByRole('button', { name: 'Save details' }).click();
  await expect(editPriya.getByRole('status')).toContainText('Details saved');
  await expect(editPriya.getByRole('alert')).toHaveCount(0);
  await editPriya.getByRole('button', { name: 'Remove link to Ben Jones' }).click();
  await expect(editPriya.getByRole('status')).toContainText('Link to Ben Jones removed');
  await expect(editPriya.getByRole('button', { name: 'Link to Ben Jones' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(editPriya).toBeHidden();
  await expect(personEntry(professionals(page), 'Priya Shah')).toContainText('Professional working with Ava Jones');
  await expect(personEntry(professionals(page), 'Priya Shah')).not.toContainText('Ben Jones');
  await expect(personEntry(professionals(page), 'Priya Shah')).toContainText('01632 960 999');

  // Ben leaves the group (after confirming); Ava's case no longer lists him.
  await familyPanel(page).getByRole('button', { name: 'Remove Ben Jones from family group' }).click();
  const confirm = page.getByRole('dialog', { name: 'Remove Ben Jones from the family group?' });
  await expectNoAxeViolations(page, 'leave family group');
  await confirm.getByRole('button', { name: 'Remove from family group' }).click();
  await expect(confirm).toBeHidden();
  await expect(groupChildren(page)).toHaveCount(1);
  await page.getByRole('button', { name: 'Back to cases' }).click();
  await openCaseFromList(page, 'Ava Jones');
  await expect(groupChildren(page)).toHaveCount(1);
  await expect(familyPanel(page)).not.toContainText('Ben Jones (');
});

test('the person dialog works from the keyboard: Enter adds, Escape cancels and returns focus', async ({ host }) => {
  const { page } = host;
  await seedUnlockedCaseload(host, 'Sam Okafor', CHILDREN);
  await openApp(host);
  await openCaseFromList(page, 'Ava Jones');
  const addButton = familyPanel(page).getByRole('button', { name: 'Add a person' });
  const dialog = page.getByRole('dialog', { name: 'Add a person' });

  await addButton.click();
  await page.keyboard.type('Someone Else');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(addButton).toBeFocused();
  await expect(familyPanel(page)).not.toContainText('Someone Else');

  await addButton.click();
  await page.keyboard.type('Grace Jones');
  const relationship = dialog.getByRole('combobox', { name: 'Relationship to Ava Jones' });
  await relationship.selectOption({ label: 'Grandparent' });
  await relationship.focus();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(personEntry(familyAndCarers(page), 'Grace Jones')).toContainText('Grandparent of Ava Jones');
  await expect(personEntry(familyAndCarers(page), 'Grace Jones')).toContainText(/Parental responsibility\s*Not known/u);
});
