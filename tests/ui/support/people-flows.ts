/** Steps for the people and family-group spec: the family panel on a case, and the person dialog. */
import { expect, type Locator, type Page } from '@playwright/test';

export const familyPanel = (page: Page): Locator => page.getByRole('region', { name: 'Family and network' });
export const groupChildren = (page: Page): Locator =>
  familyPanel(page).getByRole('list', { name: 'Children in the family group' }).getByRole('listitem');
export const familyAndCarers = (page: Page): Locator => familyPanel(page).getByRole('region', { name: 'Family and carers' });
export const professionals = (page: Page): Locator => familyPanel(page).getByRole('region', { name: 'Professionals' });
/** One person's entry on the panel, found by their name (the entry's heading). */
export const personEntry = (scope: Locator, fullName: string): Locator => scope.getByRole('listitem', { name: fullName });

export async function openCaseFromList(page: Page, childName: string): Promise<void> {
  await page.getByRole('table', { name: 'Your cases' }).getByRole('button', { name: childName }).click();
  await expect(page.getByRole('heading', { level: 1, name: childName })).toBeVisible();
  await expect(familyPanel(page)).toBeVisible();
}

/** The value shown next to a key in a summary list (a <dt>/<dd> pair). */
export function summaryValue(scope: Locator, key: string): Locator {
  return scope.locator('.summary-list__row', { has: scope.page().locator('dt', { hasText: new RegExp(`^${key}$`, 'u') }) }).locator('dd');
}

export interface NewPerson {
  fullName: string;
  /** The label shown in the relationship list, e.g. "Mother". */
  relationship: string;
  parentalResponsibility?: 'Yes' | 'No' | 'Not known';
  livesWithChild?: 'Yes' | 'No' | 'Not known';
  role?: string;
  agency?: string;
  phone?: string;
  /** Siblings to untick under "Also linked to". */
  notAlso?: readonly string[];
}

/** "Add a person" from the family panel of `childName`'s case, filled in and submitted. */
export async function addPersonThroughUi(page: Page, childName: string, person: NewPerson): Promise<void> {
  await familyPanel(page).getByRole('button', { name: 'Add a person' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a person' });
  await expect(dialog.getByRole('textbox', { name: 'Full name' })).toBeFocused();
  await dialog.getByRole('textbox', { name: 'Full name' }).fill(person.fullName);
  await dialog.getByRole('combobox', { name: `Relationship to ${childName}` }).selectOption({ label: person.relationship });
  if (person.parentalResponsibility) {
    await dialog.getByRole('group', { name: `Parental responsibility for ${childName}` }).getByRole('radio', { name: person.parentalResponsibility, exact: true }).check();
  }
  if (person.livesWithChild) {
    await dialog.getByRole('group', { name: `Lives with ${childName}` }).getByRole('radio', { name: person.livesWithChild, exact: true }).check();
  }
  if (person.role) await dialog.getByRole('textbox', { name: 'Role' }).fill(person.role);
  if (person.agency) await dialog.getByRole('textbox', { name: 'Agency' }).fill(person.agency);
  if (person.phone) await dialog.getByRole('textbox', { name: 'Phone' }).fill(person.phone);
  for (const sibling of person.notAlso ?? []) {
    await dialog.getByRole('group', { name: 'Also linked to' }).getByRole('checkbox', { name: sibling }).uncheck();
  }
  await dialog.getByRole('button', { name: 'Add person' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: `${person.fullName} added` })).toBeVisible();
}
