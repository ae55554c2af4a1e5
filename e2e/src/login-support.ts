import type { Locator, Page } from 'playwright-core';

/** Every demo account's password (backend/src/dev/demo-data.ts, printed by `npm start`). */
export const DEMO_PASSWORD = 'reha-demo-parool';

/** Whether `locator` is the element that has the keyboard focus. */
export function isFocused(locator: Locator): Promise<boolean> {
  return locator.evaluate((element) => element === document.activeElement);
}

/**
 * The text a screen reader adds to a field: its `aria-describedby` elements (hint, error),
 * together with whether the field is marked invalid.
 */
export async function fieldProblem(field: Locator): Promise<{ invalid: boolean; said: string }> {
  return field.evaluate((element) => ({
    invalid: element.getAttribute('aria-invalid') === 'true',
    said: (element.getAttribute('aria-describedby') ?? '')
      .split(/\s+/)
      .filter(Boolean)
      .map((id) => document.getElementById(id)?.textContent?.trim() ?? '')
      .join(' '),
  }));
}

/** Waits until CSS transitions (menus, the language control) have settled, e.g. before axe. */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    document.getAnimations().every((animation) => animation.playState !== 'running'),
  );
}
