import type { Browser, BrowserContext, Page } from 'playwright-core';
import { axeViolations } from './axe';
import { launchChromium } from './browser';
import { DEMO_PASSWORD, fieldProblem, isFocused, settled } from './login-support';
import { stack } from './stack';

const { baseUrl } = stack();

/** The demo organization admin of Päikese Rehabilitatsioonikeskus (backend/src/dev/demo-data.ts). */
const ADMIN = { email: 'admin@paike.demo' };
/** Names of their own: other test files and earlier runs may have made services and rooms too. */
const RUN = Date.now().toString(36);
const SERVICE = `E2E Kunstiteraapia ${RUN}`;
const ROOM = `E2E Saal ${RUN}`;

/**
 * An organization admin keeps the services catalog and the rooms registry, in Estonian: a
 * private service added and listed, a group service refused for a group minimum above its
 * maximum (said at the field), a room added and listed. The steps build on each other.
 */
describe('catalog in web-admin: an admin adds a service and a room', () => {
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

  it('signs the admin in and opens the services page', async () => {
    await page.goto(`${baseUrl}/admin/services`);
    await page.getByLabel('E-posti aadress').fill(ADMIN.email);
    await page.getByLabel('Parool', { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Logi sisse', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Teenused' }).waitFor();
    await expect(page.title()).resolves.toContain('Teenused');
  });

  it('adds a private service and shows it in the table', async () => {
    await page.getByRole('button', { name: 'Lisa teenus', exact: true }).click();
    await drawer().getByLabel('Nimi').fill(SERVICE);
    await drawer().getByRole('checkbox', { name: 'individuaalne' }).check();
    await drawer().getByLabel('Tavaline kestus (minutites)').fill('45');
    await drawer().getByRole('button', { name: 'Lisa teenus', exact: true }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `Teenus ${SERVICE} on salvestatud.` })
      .waitFor();
    await page.getByRole('cell', { name: SERVICE }).waitFor();
  });

  it('refuses a group of at least 8 and at most 4, saying so at the largest group', async () => {
    await page.getByRole('button', { name: 'Lisa teenus', exact: true }).click();
    await drawer().getByLabel('Nimi').fill(`${SERVICE} grupp`);
    await drawer().getByRole('checkbox', { name: 'grupp' }).check();
    await drawer().getByLabel('Grupi väikseim suurus').fill('8');
    const max = drawer().getByLabel('Grupi suurim suurus');
    await max.fill('4');
    await drawer().getByRole('button', { name: 'Lisa teenus', exact: true }).click();
    await max.and(page.locator('[aria-invalid="true"]')).waitFor();
    await expect(fieldProblem(max)).resolves.toMatchObject({ invalid: true });
    await expect(isFocused(max)).resolves.toBe(true);
    await expect(page.getByRole('cell', { name: `${SERVICE} grupp` }).count()).resolves.toBe(0);
    await drawer().getByRole('button', { name: 'Loobu', exact: true }).click();
  });

  it('adds a room and shows it in the rooms table', async () => {
    await page.getByRole('navigation').getByRole('link', { name: 'Ruumid' }).click();
    await page.getByRole('heading', { level: 1, name: 'Ruumid' }).waitFor();
    await page.getByRole('button', { name: 'Lisa ruum', exact: true }).click();
    await drawer().getByLabel('Nimi').fill(ROOM);
    await drawer().getByLabel('Mahutavus (inimesi)').fill('12');
    await drawer().getByLabel('Tunnihind').fill('15,50');
    await drawer().getByRole('button', { name: 'Lisa ruum', exact: true }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `Ruum ${ROOM} on salvestatud.` })
      .waitFor();
    await page.getByRole('cell', { name: ROOM }).waitFor();
    await expect(page.getByRole('row').filter({ hasText: ROOM }).textContent()).resolves.toContain(
      '15,50',
    );
  });

  it('leaves no accessibility violations on the rooms and services pages', async () => {
    await settled(page);
    await expect(axeViolations(page)).resolves.toBe('');
    await page.getByRole('navigation').getByRole('link', { name: 'Teenused' }).click();
    await page.getByRole('cell', { name: SERVICE }).waitFor();
    await settled(page);
    await expect(axeViolations(page)).resolves.toBe('');
  });
});
