import { addDays, formatDateEt, tallinnDateOf } from '@reha/shared';
import type { Browser, Locator, Page } from 'playwright-core';
import { axeViolations } from './axe';
import { launchChromium } from './browser';
import { DEMO_PASSWORD, fieldProblem, isFocused, settled } from './login-support';
import { stack } from './stack';

const { baseUrl } = stack();

/** The demo organization admin of Päikese Rehabilitatsioonikeskus (backend/src/dev/demo-data.ts). */
const ADMIN = { email: 'admin@paike.demo' };
/** A demo service on SKA code 2001 (seedDemoCatalog). */
const SERVICE = 'Füsioteraapia';

/**
 * An admin keeps the SKA price list on /prices, in Estonian: chooses the funder, schedules a
 * price for a demo service (a zero amount is refused at the field first), sees the new row, asks
 * what the service costs on that day, and calls the future price off again. In order.
 */
describe('price lists in web-admin: an admin schedules an SKA price', () => {
  let browser: Browser;
  let page: Page;
  /** The first day of the new price, "dd.mm.yyyy"; set once the existing rows are counted. */
  let validFrom = '';

  beforeAll(async () => {
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  });
  afterAll(async () => {
    await browser?.close();
  });

  const drawer = () => page.getByRole('dialog');
  const table = () => page.getByRole('region', { name: 'Hinnaversioonid' });
  const serviceRows = (): Locator => table().getByRole('row').filter({ hasText: SERVICE });

  it('signs the admin in and opens the price lists from the navigation', async () => {
    await page.goto(`${baseUrl}/admin/`);
    await page.getByLabel('E-posti aadress').fill(ADMIN.email);
    await page.getByLabel('Parool', { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Logi sisse', exact: true }).click();
    await page.getByRole('navigation').getByRole('link', { name: 'Hinnakirjad' }).click();
    await page.getByRole('heading', { level: 1, name: 'Hinnakirjad' }).waitFor();
    await expect(page.title()).resolves.toContain('Hinnakirjad');
  });

  it('chooses the SKA funder and shows its price list (starting it when missing)', async () => {
    await page
      .getByRole('combobox', { name: 'Rahastaja' })
      .first()
      .selectOption({ label: 'Sotsiaalkindlustusamet (SKA)' });
    const create = page.getByRole('button', { name: 'Loo hinnakiri' });
    await Promise.race([table().waitFor(), create.waitFor()]);
    if (await create.isVisible()) await create.click();
    await table().getByRole('table').waitFor();
    await page.getByRole('button', { name: 'Planeeri hind' }).waitFor();
  });

  it('refuses a zero price next to the price field, with focus there', async () => {
    // Each run starts a day after the runs before it: earlier open-ended prices then end the
    // day before, so the new one never overlaps them.
    const earlier = await serviceRows().count();
    validFrom = formatDateEt(addDays(tallinnDateOf(new Date()), 1 + earlier));
    await page.getByRole('button', { name: 'Planeeri hind' }).click();
    await drawer()
      .getByRole('combobox', { name: 'Teenus' })
      .selectOption({ label: `${SERVICE} (2001)` });
    await drawer().getByLabel('Hind (käibemaksuta)').fill('0');
    await drawer().getByLabel('Kehtib alates').fill(validFrom);
    await drawer().getByRole('button', { name: 'Salvesta hind' }).click();
    const price = drawer().getByLabel('Hind (käibemaksuta)');
    await page.waitForFunction(
      () => document.querySelector('[role="dialog"] [aria-invalid="true"]') !== null,
    );
    const problem = await fieldProblem(price);
    expect(problem.invalid).toBe(true);
    expect(problem.said).toContain('Väärtus peab olema vähemalt 0,01 €.');
    await expect(isFocused(price)).resolves.toBe(true);
  });

  it('schedules 29,36 € and shows the row with its start and no end', async () => {
    await drawer().getByLabel('Hind (käibemaksuta)').fill('29,36');
    await drawer().getByRole('button', { name: 'Salvesta hind' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `Hind alates ${validFrom} on salvestatud.` })
      .waitFor();
    await serviceRows()
      .filter({ hasText: `${validFrom} – kuni edasi` })
      .filter({ hasText: '29,36' })
      .waitFor();
    await settled(page);
    expect(await axeViolations(page)).toBe('');
  });

  it('quotes the price of the service on the first day of the new price', async () => {
    const quote = page.getByRole('form', { name: 'Hinnapäring' });
    await quote.getByRole('combobox', { name: 'Teenus' }).selectOption({ label: SERVICE });
    await quote.getByLabel('Osutamise kuupäev').fill(validFrom);
    await quote.getByRole('button', { name: 'Leia hind' }).click();
    const net = quote.getByRole('row', { name: /Hind käibemaksuta/ });
    await net.waitFor();
    await expect(net.textContent()).resolves.toContain('29,36');
    await settled(page);
    expect(await axeViolations(page)).toBe('');
  });

  it('calls the future price off after confirmation', async () => {
    await table()
      .getByRole('button', { name: new RegExp(`^Tühista hind: ${SERVICE}, ${validFrom}`) })
      .click();
    await drawer().getByRole('button', { name: 'Tühista hind', exact: true }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `Teenuse ${SERVICE} tulevane hind on tühistatud.` })
      .waitFor();
    await expect(
      serviceRows()
        .filter({ hasText: `${validFrom} – kuni edasi` })
        .count(),
    ).resolves.toBe(0);
  });
});
