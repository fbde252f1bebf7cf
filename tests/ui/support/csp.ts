import { expect, type Page } from '@playwright/test';
import type { TestHost } from '../host/test-host';

/**
 * Styles come from CSS files only (strict CSP): from the next page load on, any Content-Security-Policy
 * violation (an inline style, say) is recorded for expectNoCspViolations to check.
 */
export async function watchCsp(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.defineProperty(window, '__cspViolations', { value: seen });
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective}: ${e.blockedURI}`));
  });
}

export async function expectNoCspViolations(page: Page): Promise<void> {
  expect(await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations)).toEqual([]);
}

/** Opens the app on an unlocked profile's case list, watching for CSP violations. */
export async function openOnCases(host: Pick<TestHost, 'page' | 'open'>): Promise<void> {
  await watchCsp(host.page);
  await host.open();
  await expect(host.page.getByRole('heading', { level: 1, name: 'Cases' })).toBeVisible();
}
