/**
 * The audit log through the real renderer, contract and encrypted store: a child's record of access
 * (what was done, by whom, when; whether the chain verified; the head hash; printable with nothing of
 * the app around it), and Settings → Audit log → Verify — intact, then after someone with the key
 * changed an entry behind the app's back. Each screen goes to axe.
 */
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { openWithPassphrase } from '../../main/keys/profile-keys';
import { openEncryptedStore } from '../../main/store/open-store';
import type { CaseSummary } from '../../preload/contract';
import type { AuditVerification } from '../../preload/contract/trust';
import { test, expect, type TestHost } from './host/test-host';
import { expectNoAxeViolations } from './support/axe';
import { expectNoCspViolations, watchCsp } from './support/csp';
import { continuePastRecoveryKey, createCaseThroughUi, createProfileThroughUi, PASSPHRASE, seedLockedProfile, unlockThroughUi } from './support/flows';
import { openCaseFromList } from './support/people-flows';

const CTRL = process.platform === 'darwin' ? 'Meta' : 'Control';
const UK_TIME = /^\d{1,2} [A-Z][a-z]{2} \d{4}, \d{2}:\d{2}:\d{2}$/u;

const recordTable = (page: Page): Locator => page.getByRole('table', { name: /^Record of access for Amira Khan/u });
/** The "What" column, oldest first. */
const whatColumn = (page: Page): Locator => recordTable(page).locator('tbody tr td:nth-child(4)');
const auditSection = (page: Page): Locator => page.getByRole('region', { name: 'Audit log' });
const summaryValue = (scope: Locator, key: string): Locator =>
  scope.locator('.summary-list__row', { has: scope.page().locator('dt', { hasText: new RegExp(`^${key.replace(/[()]/gu, '\\$&')}$`, 'u') }) }).locator('dd');

async function verified(host: TestHost): Promise<AuditVerification> {
  const answer = await host.core.dispatch('verifyAuditLog', {});
  if (!answer.ok) throw new Error(answer.error.message);
  return answer.value as AuditVerification;
}

async function openRecordOfAccess(page: Page) {
  await page.getByRole('button', { name: 'Record of access' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Record of access' })).toBeFocused();
  await expect(recordTable(page)).toBeVisible();
}

async function openSettings(page: Page) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
}

test('a child’s record of access lists what was done, verifies, prints on its own; Settings verifies the log', async ({ host }) => {
  const { page } = host;
  await watchCsp(page);
  await host.open();
  await createProfileThroughUi(page, 'Sam Okafor');
  await continuePastRecoveryKey(page);
  await createCaseThroughUi(page, 'Amira Khan');

  await page.keyboard.type('Home visit. Amira showed me the trampoline.');
  await page.keyboard.press(`${CTRL}+Enter`);
  await expect(page.getByRole('status').filter({ hasText: 'Note saved' })).toBeVisible();

  // A search narrowed to Amira is recorded against her case (its words are not).
  await page.keyboard.press(`${CTRL}+KeyK`);
  const search = page.getByRole('dialog', { name: 'Search' });
  await search.getByRole('combobox', { name: 'Search children and notes' }).fill('trampoline');
  await expect(search.getByRole('status')).toHaveText('1 result: 0 cases, 1 note');
  await search.getByRole('button', { name: 'Filters' }).click();
  await search.getByRole('combobox', { name: 'Child', exact: true }).selectOption({ label: 'Amira Khan' });
  // The same result either way: wait for the narrowed search itself to have run.
  await expect.poll(async () => (await verified(host)).entries).toBe(6);
  await expect(search.getByRole('status')).toHaveText('1 result: 0 cases, 1 note');
  await page.keyboard.press('Escape');
  await expect(search).toBeHidden();

  await openRecordOfAccess(page);
  await expect(page.getByText('Audit log verified: intact')).toBeVisible();
  await expect(whatColumn(page)).toHaveText(['Case created', 'Case opened', /^(Note saved|Draft saved as a note)$/u, 'Searched with filters (child): 1 result']);
  const rows = recordTable(page).locator('tbody tr');
  for (const row of await rows.all()) {
    await expect(row.locator('td').nth(0)).toHaveText(UK_TIME);
    await expect(row.locator('td').nth(1)).toHaveText('Sam Okafor');
  }
  await expect(recordTable(page)).not.toContainText('trampoline');
  const { headHash } = await verified(host);
  const hash = page.locator('code.audit-hash');
  await expect(hash).toHaveText(headHash);
  await expect(hash).toHaveCSS('user-select', 'text');
  await expectNoAxeViolations(page, 'record of access');

  // Keyboard: from the heading, Tab reaches Print; Enter prints.
  await page.evaluate(() => {
    (window as unknown as { __printed: number }).__printed = 0;
    window.print = () => {
      (window as unknown as { __printed: number }).__printed += 1;
    };
  });
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Print' })).toBeFocused();
  await page.keyboard.press('Enter');
  expect(await page.evaluate(() => (window as unknown as { __printed: number }).__printed)).toBe(1);

  // On paper: the record, its status and hash; none of the app's banner, navigation or buttons.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Back to the case' })).toBeHidden();
  await expect(recordTable(page)).toBeVisible();
  await expect(page.getByText('Audit log verified: intact')).toBeVisible();
  await expect(hash).toBeVisible();
  await page.emulateMedia({ media: 'screen' });

  await page.getByRole('button', { name: 'Back to the case' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Amira Khan' })).toBeVisible();

  await openSettings(page);
  const section = auditSection(page);
  await section.getByRole('button', { name: 'Verify audit log' }).click();
  const now = await verified(host);
  await expect(section.getByRole('status')).toHaveText(`Audit log verified: intact, ${now.entries} entries`);
  await expect(summaryValue(section, 'Entries')).toHaveText(String(now.entries));
  await expect(summaryValue(section, 'Head hash (SHA-256)')).toHaveText(now.headHash);
  await expectNoAxeViolations(page, 'settings: audit log verified');
  await expectNoCspViolations(page);
});

/** What someone holding the passphrase could do with SQL: drop the guard and rewrite an entry. */
async function tamperWithEntry(host: TestHost, profileId: string, seq: number) {
  const dir = path.join(host.profilesRoot, profileId);
  const dataKey = await openWithPassphrase(path.join(dir, 'keys.json'), profileId, PASSPHRASE);
  const db = openEncryptedStore(path.join(dir, 'store.db'), dataKey!);
  try {
    db.exec('DROP TRIGGER audit_log_append_only_update');
    db.prepare(`UPDATE audit_log SET detail_json = '{"noteId":"someone-else"}' WHERE seq = ?`).run(seq);
  } finally {
    db.close();
    dataKey!.fill(0);
  }
}

test('after an entry was changed behind the app’s back: the record of access warns, Settings names the entry', async ({ host }) => {
  const { page } = host;
  const { profile } = await seedLockedProfile(host, 'Sam Okafor');
  await host.core.dispatch('unlock', { profileId: profile.id, passphrase: PASSPHRASE });
  const created = await host.core.dispatch('createCase', { childName: 'Amira Khan' });
  const amira = created.ok ? (created.value as CaseSummary) : null;
  await host.core.dispatch('saveNote', { id: '019ac0de-0000-7000-8000-0000000000a1', body: 'Home visit.', structure: { children: [{ caseId: amira!.id }] } });
  await host.core.dispatch('lock', {});
  // 1 profile created, 2 unlocked, 3 case created, 4 note saved.
  await tamperWithEntry(host, profile.id, 4);

  await host.open();
  await page.getByRole('button', { name: 'Unlock Sam Okafor' }).click();
  await unlockThroughUi(page, 'Sam Okafor');
  await openCaseFromList(page, 'Amira Khan');
  await openRecordOfAccess(page);
  const warning = page.getByRole('alert').filter({ hasText: 'Audit log verification failed' });
  await expect(warning).toContainText('Entry 4 was changed after it was written.');
  await expect(warning).toContainText('Tell your team manager or IT.');
  await expect(page.getByText('Audit log verified: intact')).toHaveCount(0);
  await expectNoAxeViolations(page, 'record of access: chain broken');

  await page.getByRole('button', { name: 'Back to the case' }).click();
  await openSettings(page);
  const section = auditSection(page);
  await section.getByRole('button', { name: 'Verify audit log' }).click();
  await expect(section.getByRole('alert')).toContainText('Entry 4 was changed after it was written.');
  await expect(summaryValue(section, 'First problem')).toHaveText('Entry 4');
  await expect(summaryValue(section, 'Entries verified before it')).toHaveText('3');
  await expectNoAxeViolations(page, 'settings: audit log problem');
});
