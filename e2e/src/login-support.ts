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

/**
 * The set-password link (password reset or invitation) e-mailed to `to`, from the development
 * mail capture; waits up to 20 s for it.
 */
export async function resetLinkMailedTo(baseUrl: string, to: string): Promise<string> {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    const messages = (await (await fetch(`${baseUrl}/dev/mail/messages.json`)).json()) as Array<{
      id: string;
      to: string[];
    }>;
    for (const message of messages.filter((m) => m.to.includes(to))) {
      const raw = await (await fetch(`${baseUrl}/dev/mail/${message.id}.eml`)).text();
      // The body is quoted-printable: undo soft line breaks and `=3D` before reading the link.
      const text = raw.replace(/=\r?\n/g, '').replace(/=3D/gi, '=');
      const link = /https?:\/\/\S+\/reset\?token=[^\s"<>]+/.exec(text)?.[0];
      if (link) return link;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`no set-password e-mail to ${to} within 20 s`);
}
