import type { Browser } from 'playwright-core';
import { launchChromium, screenshot } from './browser';
import { DEMO_PASSWORD } from './login-support';
import { stack } from './stack';

const { baseUrl } = stack();

describe('agency login in web-stats', () => {
  let browser: Browser;
  afterAll(async () => {
    await browser?.close();
  });

  it('an agency user logs in with a password, sees the statistics, and logs out', async () => {
    browser = await launchChromium();
    const page = await browser.newPage();
    await page.goto(`${baseUrl}/stats/`);
    await page.getByRole('heading', { level: 1, name: 'Sisselogimine' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/stats/login');

    await page.getByLabel('E-posti aadress').fill('analyst@ska.demo');
    await page.getByLabel('Parool', { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Logi sisse', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Statistika ülevaade' }).waitFor();
    expect(new URL(page.url()).pathname).toMatch(/^\/stats\/?$/);
    await expect(page.getByText('Anu Analüütik', { exact: true }).count()).resolves.toBe(1);
    await screenshot(page, 'web-stats-signed-in');

    await page.getByRole('button', { name: 'Logi välja', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Sisselogimine' }).waitFor();
    await expect(
      page.getByRole('status').filter({ hasText: 'Olete välja logitud.' }).count(),
    ).resolves.toBe(1);
  });
});
