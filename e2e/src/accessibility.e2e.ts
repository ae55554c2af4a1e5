import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './browser';
import { stack } from './stack';

const { baseUrl } = stack();
const AXE = require.resolve('axe-core/axe.min.js');
const SHOTS = join(__dirname, '..', 'test-results');

interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  nodes: Array<{ target: string[] }>;
}

async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (ctx: Document, opts: object) => Promise<{ violations: AxeViolation[] }> };
      }
    ).axe;
    const result = await axe.run(document, {
      runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'],
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target })),
    }));
  });
}

const readable = (violations: AxeViolation[]) =>
  violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );

describe.each([
  ['client portal', '/'],
  ['staff app', '/admin/'],
  ['agency statistics', '/stats/'],
])('the %s first page', (name, path) => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${baseUrl}${path}`);
    // The footer's status line shows the server version once the API answered.
    await page
      .getByRole('status')
      .filter({ hasText: /\d+\.\d+\.\d+/ })
      .first()
      .waitFor({ timeout: 20_000 });
    // Pages are loaded lazily: wait for the page itself, not only the layout.
    await page.locator('h1').first().waitFor({ timeout: 20_000 });
  });
  afterEach(async () => {
    await page?.close();
  });

  it('has no accessibility violations (axe-core, WCAG 2.1 A and AA)', async () => {
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({
      path: join(SHOTS, `${name.replace(/\s+/g, '-')}.png`),
      fullPage: true,
    });
    expect(readable(await axeViolations(page))).toEqual([]);
  });

  it('speaks Estonian first, with one main heading, and switches to English on request', async () => {
    expect(await page.getAttribute('html', 'lang')).toBe('et');
    const headings = page.locator('h1');
    expect(await headings.count()).toBe(1);
    const estonian = await headings.first().innerText();
    await page.locator('label', { hasText: 'English' }).first().click();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    expect(await page.locator('h1').first().innerText()).not.toBe(estonian);
    expect(readable(await axeViolations(page))).toEqual([]);
  });

  it('lets a keyboard user skip to the content with the first Tab', async () => {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('href'));
    expect(focused).toBe('#main');
  });
});
