import { registryCodeCheckDigit } from '@reha/shared';
import type { Browser, Page } from 'playwright-core';
import { axeViolations } from './axe';
import { launchChromium } from './browser';
import { DEMO_PASSWORD, fieldProblem } from './login-support';
import { stack } from './stack';

const { baseUrl } = stack();

/**
 * The platform operator's area in web-admin: its own sign-in, creating an organization with
 * its first admin (the registry code's check digit is checked at the field), suspending it with
 * a reason and reactivating it. The steps build on each other, in order.
 */
describe('platform operator area in web-admin', () => {
  let browser: Browser;
  let page: Page;
  // A registry code nobody else uses: 7 digits from the clock and the check digit.
  const registryCode = withCheckDigit(String(Date.now()).slice(-7));
  const name = `E2E Hooldekodu ${registryCode} OÜ`;

  beforeAll(async () => {
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('sends a visitor to the operator sign-in, and signs the operator in', async () => {
    await page.goto(`${baseUrl}/admin/platform`);
    await page
      .getByRole('heading', { level: 1, name: 'Platvormi haldus: sisselogimine' })
      .waitFor();
    await page.getByLabel('E-posti aadress').fill('operator@reha.demo');
    await page.getByLabel('Parool', { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Logi sisse', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Asutused platvormil' }).waitFor();
    await page
      .getByRole('cell', { name: 'Päikese Rehabilitatsioonikeskus OÜ', exact: true })
      .waitFor();
    expect(await axeViolations(page)).toBe('');
  });

  it('refuses a registry code with a wrong check digit at the field, then creates the organization', async () => {
    const form = page.getByRole('form', { name: 'Uus asutus' });
    await form.getByLabel('Asutuse nimi').fill(name);
    const code = form.getByLabel('Registrikood');
    await code.fill(`${registryCode.slice(0, 7)}${(Number(registryCode[7]) + 1) % 10}`);
    await form.getByLabel('Esimese administraatori nimi').fill('Anne Admin');
    await form.getByLabel('Esimese administraatori e-post').fill(`admin-${registryCode}@e2e.demo`);
    await form.getByRole('button', { name: 'Loo asutus' }).click();
    await expect(fieldProblem(code)).resolves.toEqual({
      invalid: true,
      said: expect.stringContaining('Vigane registrikood'),
    });

    await code.fill(registryCode);
    await form.getByRole('button', { name: 'Loo asutus' }).click();
    await page
      .getByRole('status')
      .filter({
        hasText: `Asutus ${name} on loodud. Aadressile admin-${registryCode}@e2e.demo saadeti kutse`,
      })
      .waitFor();
    await page.getByLabel('Otsi nime järgi').fill(registryCode);
    await page.getByRole('cell', { name, exact: true }).waitFor();
  });

  it('suspends the organization with a reason, and reactivates it', async () => {
    await page.getByRole('button', { name: `Peata asutus ${name}` }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Peata' }).click();
    await dialog.getByText('See väli on kohustuslik.').waitFor();
    await dialog.getByLabel(/Põhjus/).fill('Leping lõppes');
    await dialog.getByRole('button', { name: 'Peata' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `Asutus ${name} on peatatud.` })
      .waitFor();
    const row = page.getByRole('row').filter({ hasText: name });
    await row.getByText('Peatatud').waitFor();

    await page.getByRole('button', { name: `Taasaktiveeri asutus ${name}` }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `Asutus ${name} on taas aktiivne.` })
      .waitFor();
    await row.getByText('Aktiivne').waitFor();
  });
});

function withCheckDigit(first7: string): string {
  return `${first7}${registryCodeCheckDigit(first7)}`;
}
