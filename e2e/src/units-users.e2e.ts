import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { axeViolations } from './axe';
import { launchChromium, screenshot } from './browser';
import { DEMO_PASSWORD, fieldProblem, isFocused, settled } from './login-support';
import { stack } from './stack';

const { baseUrl } = stack();

/** The demo organization admin of Päikese Rehabilitatsioonikeskus (backend/src/dev/demo-data.ts). */
const ADMIN = { email: 'admin@paike.demo' };
/** Names of their own: other test files and earlier runs may have made units too. */
const RUN = Date.now().toString(36);
const REGION = `E2E Tartu ${RUN}`;
const TEAM = `E2E Noored ${RUN}`;

/**
 * An organization admin builds part of the unit tree on /units, in Estonian: a top-level unit,
 * a unit under it, the tree showing one inside the other, and the refusals a user must
 * understand (an empty name; deleting a unit that still has units below it). The steps build on
 * each other, in order. (Inviting staff into the units: written by the lead.)
 */
describe('units in web-admin: an admin builds the unit tree', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  const drawer = () => page.getByRole('dialog');
  /** The tree's list item of the unit named `name` (its own row, not a parent's). */
  const unitItem = (name: string): Locator =>
    page
      .getByRole('listitem')
      .filter({ has: page.getByRole('button', { name: `Tegevused: ${name}`, exact: true }) })
      .last();

  it('signs the admin in and opens the units page from the navigation', async () => {
    await page.goto(`${baseUrl}/admin/units`);
    await page.getByLabel('E-posti aadress').fill(ADMIN.email);
    await page.getByLabel('Parool', { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Logi sisse', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Üksused' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/admin/units');
    await expect(
      page.getByRole('navigation').getByRole('link', { name: 'Üksused' }).count(),
    ).resolves.toBe(1);
    await expect(page.title()).resolves.toContain('Üksused');
  });

  it('names an empty unit name next to the field, with focus there', async () => {
    await page.getByRole('button', { name: 'Lisa üksus', exact: true }).click();
    const name = drawer().getByLabel('Nimi');
    await name.waitFor();
    await expect(isFocused(name)).resolves.toBe(true);
    await drawer().getByRole('button', { name: 'Lisa üksus', exact: true }).click();
    await expect(fieldProblem(name)).resolves.toEqual({
      invalid: true,
      said: 'Sisesta üksuse nimi.',
    });
    await expect(isFocused(name)).resolves.toBe(true);
  });

  it('creates a top-level unit and shows it in the tree', async () => {
    await drawer().getByLabel('Nimi').fill(REGION);
    await drawer().getByLabel('Kood').fill(`TRT-${RUN}`);
    await drawer().getByRole('button', { name: 'Lisa üksus', exact: true }).click();
    const notice = page.getByRole('status').filter({ hasText: `Üksus ${REGION} on lisatud.` });
    await notice.waitFor();
    await expect(isFocused(notice)).resolves.toBe(true);
    await unitItem(REGION).waitFor();
    await expect(
      unitItem(REGION).getByText('Töötajaid: 0 · Kliente: 0').first().count(),
    ).resolves.toBe(1);
  });

  it('adds a unit under it through the unit’s actions menu', async () => {
    await page.getByRole('button', { name: `Tegevused: ${REGION}`, exact: true }).click();
    await page.getByRole('menuitem', { name: 'Lisa alamüksus' }).click();
    await expect(drawer().getByLabel('Ülemüksus').inputValue()).resolves.not.toBe('');
    await drawer().getByLabel('Nimi').fill(TEAM);
    await drawer().getByRole('button', { name: 'Lisa üksus', exact: true }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `Üksus ${TEAM} on lisatud.` })
      .waitFor();
    // The new unit is inside the region's list item: one level deeper in the nested lists.
    await expect(
      unitItem(REGION)
        .getByRole('button', { name: `Tegevused: ${TEAM}`, exact: true })
        .count(),
    ).resolves.toBe(1);
    await settled(page);
    await screenshot(page, 'web-admin-units-tree');
    expect(await axeViolations(page)).toBe('');
  });

  it('hides and shows the units below a unit with its button', async () => {
    const toggle = page.getByRole('button', { name: `Peida üksuse ${REGION} alamüksused` });
    await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('true');
    await toggle.click();
    await expect(
      page.getByRole('button', { name: `Tegevused: ${TEAM}`, exact: true }).isVisible(),
    ).resolves.toBe(false);
    await page.getByRole('button', { name: `Näita üksuse ${REGION} alamüksusi` }).click();
    await expect(
      page.getByRole('button', { name: `Tegevused: ${TEAM}`, exact: true }).isVisible(),
    ).resolves.toBe(true);
  });

  it('offers the unit’s own sub-units as a new parent only as disabled choices', async () => {
    await page.getByRole('button', { name: `Tegevused: ${REGION}`, exact: true }).click();
    await page.getByRole('menuitem', { name: 'Tõsta mujale' }).click();
    const parent = drawer().getByLabel('Uus ülemüksus');
    await parent.waitFor();
    const own = parent.locator('option', { hasText: TEAM });
    await expect(own.isDisabled()).resolves.toBe(true);
    await drawer().getByRole('button', { name: 'Loobu' }).click();
  });

  it('refuses to delete a unit that still has units below it, and says why', async () => {
    await page.getByRole('button', { name: `Tegevused: ${REGION}`, exact: true }).click();
    await page.getByRole('menuitem', { name: 'Kustuta' }).click();
    await drawer().getByRole('button', { name: 'Kustuta', exact: true }).click();
    await drawer()
      .getByText('Üksusel on alamüksusi (1): teisaldage või kustutage need enne.')
      .waitFor();
    await drawer().getByRole('button', { name: 'Loobu' }).click();
    await unitItem(REGION).waitFor();
  });

  it('deletes an empty unit after confirmation', async () => {
    await page.getByRole('button', { name: `Tegevused: ${TEAM}`, exact: true }).click();
    await page.getByRole('menuitem', { name: 'Kustuta' }).click();
    await drawer().getByRole('button', { name: 'Kustuta', exact: true }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `Üksus ${TEAM} on kustutatud.` })
      .waitFor();
    await expect(
      page.getByRole('button', { name: `Tegevused: ${TEAM}`, exact: true }).count(),
    ).resolves.toBe(0);
  });
});
