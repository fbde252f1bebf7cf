/**
 * Counts what a practitioner does besides writing the note itself ("overhead"): every click and every
 * keystroke that is not the note's own prose. Prose is typed through `prose()` and not counted. Each
 * counted action is logged with why it was needed, so the practice-fit document can list them.
 */
import type { Locator, Page } from '@playwright/test';

export class Overhead {
  private readonly actions: string[] = [];

  constructor(private readonly page: Page) {}

  get count(): number {
    return this.actions.length;
  }

  get log(): readonly string[] {
    return this.actions;
  }

  async click(target: Locator, why: string): Promise<void> {
    await target.click();
    this.actions.push(`click: ${why}`);
  }

  /** One key or chord ("Control+Enter", "Alt+KeyA") is one action. */
  async press(key: string, why: string): Promise<void> {
    await this.page.keyboard.press(key);
    this.actions.push(`key ${key}: ${why}`);
  }

  /** Extra characters typed only for the app's sake ("@", "#"): one action per character. */
  async type(text: string, why: string): Promise<void> {
    for (const ch of text) {
      await this.page.keyboard.type(ch);
      this.actions.push(`type "${ch}": ${why}`);
    }
  }

  /** The note's own words: not counted. */
  async prose(text: string): Promise<void> {
    await this.page.keyboard.type(text);
  }
}
