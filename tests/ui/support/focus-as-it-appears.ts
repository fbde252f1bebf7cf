/**
 * What has focus at the very moment something appears: the first DOM change that adds an element
 * matching `selector` (with `text`, if given) or gives it an attribute (a <dialog> gains `open`).
 * A MutationObserver runs straight after that change, before the browser paints or handles the next
 * key, so it sees where keys typed at once — "open, type" — would go. A focus effect that runs a frame
 * later is caught here, where `toBeFocused()` (which retries) would pass.
 *
 * Call before the action that opens the thing; await the returned function after it.
 */
import type { Page } from '@playwright/test';

interface Scope {
  focusAsItAppears?: Promise<string>;
}

export async function watchFocusAsItAppears(page: Page, selector: string, text?: string): Promise<() => Promise<string>> {
  await page.evaluate(
    ({ selector, text }) => {
      (window as unknown as Scope).focusAsItAppears = new Promise<string>((resolve) => {
        const appeared = () => [...document.querySelectorAll(selector)].some((el) => text === undefined || el.textContent === text);
        const observer = new MutationObserver(() => {
          if (!appeared()) return;
          observer.disconnect();
          const focused = document.activeElement;
          resolve(focused?.id || focused?.tagName || 'nothing');
        });
        observer.observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true });
      });
    },
    { selector, text },
  );
  /** The focused element's id (its tag name if it has none) when the element appeared. */
  return () => page.evaluate(() => (window as unknown as Required<Scope>).focusAsItAppears);
}
