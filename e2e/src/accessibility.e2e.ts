import type { Browser, BrowserContext, Page } from 'playwright-core';
import { axeViolations } from './axe';
import { launchChromium, screenshot, watchConsole } from './browser';
import { stack } from './stack';

const { baseUrl } = stack();

/**
 * Each SPA's first page as a visitor meets it, and the client portal's login page. Nobody is
 * signed in, so the staff and agency apps open on their login pages. One page load per page:
 * the tests run in order (Estonian first, keyboard before anything else takes focus, English
 * last).
 */
describe.each([
  { app: 'client portal', path: '/', shot: 'web-client', english: 'Your services in one place' },
  { app: 'client portal login', path: '/login', shot: 'web-client-login', english: 'Log in' },
  { app: 'staff app', path: '/admin/', shot: 'web-admin', english: 'Log in' },
  { app: 'agency statistics', path: '/stats/', shot: 'web-stats', english: 'Log in' },
])('the $app first page ($path)', ({ path, shot, english }) => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let consoleProblems: string[];

  beforeAll(async () => {
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    consoleProblems = watchConsole(page);
    await page.goto(`${baseUrl}${path}`);
    // The footer's status line shows the server's version once the API answered…
    await page
      .getByRole('status')
      .filter({ hasText: /\d+\.\d+\.\d+/ })
      .waitFor({ timeout: 20_000 });
    // …and the page itself is loaded lazily: wait for its heading too.
    await page.locator('h1').first().waitFor({ timeout: 20_000 });
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  it('opens in Estonian, with one main heading and the server version in the footer', async () => {
    expect(await page.getAttribute('html', 'lang')).toBe('et');
    await expect(page.locator('h1').count()).resolves.toBe(1);
    const heading = (await page.locator('h1').innerText()).trim();
    expect(await page.title()).toContain(heading);
    await expect(page.getByRole('status').innerText()).resolves.toMatch(
      /^Server töötab · versioon \d+\.\d+\.\d+ \(development\)$/,
    );
  });

  it('lets a keyboard user skip to the content: the first Tab reaches a visible skip link', async () => {
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Liigu põhisisu juurde' });
    await expect(skip.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await expect(skip.getAttribute('href')).resolves.toBe('#main');
    const box = await skip.boundingBox();
    expect(box && box.y >= 0 && box.height > 0).toBe(true); // shown while focused
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('main');
  });

  it('has no accessibility violations (axe-core: WCAG 2.1 A and AA, best practices)', async () => {
    await screenshot(page, shot);
    expect(await axeViolations(page)).toBe('');
  });

  it('switches to English with the language control, and stays accessible', async () => {
    const estonian = (await page.locator('h1').innerText()).trim();
    await page
      .getByRole('radiogroup', { name: 'Keel' })
      .getByText('English', { exact: true })
      .click();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    await expect(page.getByRole('radio', { name: 'English' }).isChecked()).resolves.toBe(true);
    await expect(page.getByRole('radiogroup', { name: 'Language' }).count()).resolves.toBe(1);
    const heading = (await page.locator('h1').innerText()).trim();
    expect(heading).not.toBe(estonian);
    expect(heading).toBe(english);
    await expect(page.getByRole('status').innerText()).resolves.toMatch(/^Server online · version/);
    await screenshot(page, `${shot}-en`);
    expect(await axeViolations(page)).toBe('');
  });

  it('logs no errors or warnings to the browser console', () => {
    expect(consoleProblems).toEqual([]);
  });
});
