import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium, screenshot } from './browser';
import { stack } from './stack';

const { baseUrl } = stack();

/** A demo client the local TARA mock lists (backend/src/dev/demo-data.ts). */
const CLIENT = { name: 'Mari-Liis Tamm', isikukood: '49403136515' };

/**
 * A client in the client portal: public pages need no login, their own pages need eID. The
 * local TARA mock (what `npm start` runs instead of the state's eID service) lists demo people.
 */
describe('client login in web-client: eID only', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    browser = await launchChromium();
    context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
    });
    page = await context.newPage();
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  const eidButton = () =>
    page.getByRole('link', { name: 'Logi sisse ID-kaardi, Mobiil-ID või Smart-ID-ga' });

  it('keeps the public home page public, and sends a visitor of "Minu Reha" to log in', async () => {
    await page.goto(`${baseUrl}/`);
    await page.getByRole('heading', { level: 1, name: 'Teie teenused ühes kohas' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/');
    await page.getByRole('navigation').getByRole('link', { name: 'Minu Reha' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sisselogimine' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/login');
    expect(new URL(page.url()).searchParams.get('returnTo')).toBe('/minu');
    await expect(eidButton().getAttribute('href')).resolves.toBe(
      '/auth/client/eid/start?returnTo=%2Fminu',
    );
  });

  it('explains a cancelled eID login on the login page', async () => {
    await eidButton().click();
    await page.getByRole('radio', { name: new RegExp(CLIENT.isikukood) }).waitFor();
    await page
      .getByRole('button', { name: /Tagasi teenusepakkuja juurde|Return to the service provider/ })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Sisselogimine' }).waitFor();
    expect(new URL(page.url()).searchParams.get('error')).toBe('EID_LOGIN_FAILED');
    await expect(
      page
        .getByRole('alert')
        .filter({ hasText: 'eID-ga sisselogimine ebaõnnestus või katkestati.' })
        .count(),
    ).resolves.toBe(1);
  });

  it('logs in with Smart-ID on the eID page and comes back to "Minu Reha"', async () => {
    await page.goto(`${baseUrl}/minu`);
    await eidButton().click();
    await page.getByRole('radio', { name: 'Smart-ID' }).check();
    await page.getByRole('radio', { name: new RegExp(CLIENT.isikukood) }).check();
    await page.getByRole('button', { name: /^(Jätka|Continue)$/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Minu Reha' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/minu');
    // Whom they act for: only themselves until the representation data arrives.
    const group = page.getByRole('radiogroup', { name: 'Kelle nimel tegutsete?' });
    await expect(group.getByRole('radio', { name: 'Enda nimel' }).isChecked()).resolves.toBe(true);
    // Their records at the providers, read with the access token (myClientRecords).
    await page.getByText(`Päikese Rehabilitatsioonikeskus OÜ – ${CLIENT.name}`).waitFor();
    await screenshot(page, 'web-client-signed-in');
  });

  it('logs out: "Minu Reha" needs a login again', async () => {
    await page.getByRole('button', { name: 'Logi välja', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Sisselogimine' }).waitFor();
    await expect(
      page.getByRole('status').filter({ hasText: 'Olete välja logitud.' }).count(),
    ).resolves.toBe(1);
    await page.goto(`${baseUrl}/minu`);
    await page.getByRole('heading', { level: 1, name: 'Sisselogimine' }).waitFor();
  });
});
