import type { Browser, BrowserContext, Page } from 'playwright-core';
import { axeViolations } from './axe';
import { launchChromium, screenshot } from './browser';
import { DEMO_PASSWORD, fieldProblem, isFocused, settled } from './login-support';
import { stack } from './stack';

const { baseUrl } = stack();

/** The demo organization's administrator (backend/src/dev/demo-data.ts): one organization. */
const ADMIN = 'admin@paike.demo';
/** A 1×1 PNG: the smallest logo the API accepts by its content. */
const PIXEL_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);
/** DOMAIN.md §5.4's example account, and the same with a wrong check digit. */
const VALID_IBAN = 'EE38 2200 2210 2014 5685';
const INVALID_IBAN = 'EE38 2200 2210 2014 5686';

/**
 * An organization administrator keeps the organization's profile, branding and roles: a wrong
 * IBAN is named at its field in Estonian and nothing is saved until it is right; the logo and
 * colour show in the header; a new role with two permissions appears in the roles table; the
 * clients list finds clients by name. The steps build on each other, in order.
 */
describe('organization admin in web-admin: profile, branding, roles, clients', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    await page.goto(`${baseUrl}/admin/login`);
    await page.getByLabel('E-posti aadress').fill(ADMIN);
    await page.getByLabel('Parool', { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Logi sisse', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Töölaud' }).waitFor();
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  const ibanFields = () => page.getByRole('textbox', { name: /^IBAN \d+$/ });
  const save = () => page.getByRole('button', { name: 'Salvesta', exact: true });

  it('links the organization page in the menu for its administrator', async () => {
    await page.getByRole('navigation').getByRole('link', { name: 'Asutus' }).click();
    await page.getByRole('heading', { level: 1, name: 'Asutuse andmed' }).waitFor();
    await expect(page.getByRole('combobox', { name: 'Ajavöönd' }).inputValue()).resolves.toBe(
      'Europe/Tallinn',
    );
  });

  it('names a wrong IBAN at its field in Estonian, moves focus there and saves nothing', async () => {
    const before = await ibanFields().count();
    await page.getByRole('button', { name: 'Lisa pangakonto' }).click();
    const field = ibanFields().nth(before);
    await field.fill(INVALID_IBAN);
    await save().click();
    await expect(fieldProblem(field)).resolves.toEqual({
      invalid: true,
      said: expect.stringContaining('Vigane IBAN') as unknown as string,
    });
    await expect(isFocused(field)).resolves.toBe(true);
    await expect(page.getByText('Asutuse andmed on salvestatud.').count()).resolves.toBe(0);
    await screenshot(page, 'organization-invalid-iban');
  });

  it('saves the profile once the IBAN is right, and keeps it after a reload', async () => {
    const field = ibanFields().last();
    await field.fill(VALID_IBAN);
    await save().click();
    await page.getByRole('status').filter({ hasText: 'Asutuse andmed on salvestatud.' }).waitFor();
    await expect(fieldProblem(field)).resolves.toMatchObject({ invalid: false });

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Asutuse andmed' }).waitFor();
    await ibanFields().first().waitFor();
    const saved = await ibanFields().evaluateAll((inputs) =>
      inputs.map((input) => (input as HTMLInputElement).value),
    );
    expect(saved).toContain(VALID_IBAN);
  });

  it('shows the uploaded logo and the primary colour in the header', async () => {
    await page.getByRole('navigation').getByRole('link', { name: 'Asutus' }).click();
    await page.getByRole('heading', { level: 1, name: 'Asutuse andmed' }).waitFor();
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Lisa logo' }).click();
    await (await chooser).setFiles({ name: 'logo.png', mimeType: 'image/png', buffer: PIXEL_PNG });
    await page.getByRole('status').filter({ hasText: 'Logo on salvestatud.' }).waitFor();
    await page.getByRole('banner').getByRole('img', { name: /logo$/ }).waitFor();

    await page.getByLabel('Põhivärv (#RRGGBB)').fill('#0A5C63');
    await page.getByRole('button', { name: 'Salvesta värv' }).click();
    await page.getByRole('status').filter({ hasText: 'Värv on salvestatud.' }).waitFor();
    const strip = await page
      .getByRole('banner')
      .evaluate((header) => getComputedStyle(header).borderTopColor);
    expect(strip).toBe('rgb(10, 92, 99)');
  });

  it('has no accessibility problems axe can find on the organization page', async () => {
    await settled(page);
    expect(await axeViolations(page)).toBe('');
  });

  it('creates a role with two permissions and lists it in the roles table', async () => {
    await page.getByRole('navigation').getByRole('link', { name: 'Rollid' }).click();
    await page.getByRole('heading', { level: 1, name: 'Rollid' }).waitFor();
    await page.getByRole('button', { name: 'Uus roll' }).click();
    const editor = page.getByRole('dialog', { name: 'Uus roll' });
    await editor.waitFor();

    const key = `e2e-vastuvotja-${Date.now()}`;
    await editor.getByLabel('Võti').fill(key);
    await editor.getByLabel('Nimi eesti keeles').fill('E2E vastuvõtja');
    await editor.getByLabel('Nimi inglise keeles').fill('E2E receptionist');
    await editor.getByLabel('Nimi vene keeles').fill('E2E администратор');
    await editor.getByRole('checkbox', { name: 'Uue kliendi lisamine.' }).check();
    await editor.getByRole('checkbox', { name: 'Arvete, saldode ja maksete vaatamine.' }).check();
    await editor.getByRole('radio', { name: /Oma üksus/ }).check();
    await editor.getByRole('button', { name: 'Salvesta roll' }).click();

    await page
      .getByRole('status')
      .filter({ hasText: 'Roll „E2E vastuvõtja” on salvestatud.' })
      .waitFor();
    const row = page.getByRole('row').filter({ hasText: key });
    await expect(row.getByRole('rowheader').textContent()).resolves.toBe('E2E vastuvõtja');
    await expect(row.getByRole('cell').allTextContents()).resolves.toEqual(
      expect.arrayContaining(['Oma üksus', '2', 'Asutuse roll']),
    );
    await screenshot(page, 'roles-created');
  });

  it('finds clients by the start of a name, and asks for 3 letters first', async () => {
    await page.getByRole('navigation').getByRole('link', { name: 'Kliendid' }).click();
    await page.getByRole('heading', { level: 1, name: 'Kliendid' }).waitFor();
    const query = page.getByRole('searchbox', { name: 'Nimi või isikukood' });
    await query.fill('Ta');
    await page.getByRole('button', { name: 'Otsi', exact: true }).click();
    await expect(fieldProblem(query)).resolves.toMatchObject({ invalid: true });
    await expect(isFocused(query)).resolves.toBe(true);

    await query.fill('Tam');
    await page.getByRole('button', { name: 'Otsi', exact: true }).click();
    const results = page.getByRole('table', { name: 'Otsingu tulemused' });
    await results.waitFor();
    const names = await results.getByRole('rowheader').allTextContents();
    expect(names).toEqual(expect.arrayContaining(['Mari-Liis Tamm', 'Jaan Tammik']));
    expect(names).not.toContain('Sofia Kask');
    await settled(page);
    expect(await axeViolations(page)).toBe('');
  });

  it('has no accessibility problems axe can find on the roles page and in the editor', async () => {
    await page.getByRole('navigation').getByRole('link', { name: 'Rollid' }).click();
    await page.getByRole('heading', { level: 1, name: 'Rollid' }).waitFor();
    await settled(page);
    expect(await axeViolations(page)).toBe('');
    await page.getByRole('button', { name: 'Uus roll' }).click();
    await page.getByRole('dialog', { name: 'Uus roll' }).waitFor();
    await settled(page);
    expect(await axeViolations(page)).toBe('');
    await page.keyboard.press('Escape');
  });
});

/** A specialist (no organization.manage, no role.manage) sees what they may, and no controls. */
describe('a specialist in web-admin: organization read-only, no role editor', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    await page.goto(`${baseUrl}/admin/login`);
    await page.getByLabel('E-posti aadress').fill('specialist@paike.demo');
    await page.getByLabel('Parool', { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Logi sisse', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Töölaud' }).waitFor();
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  it('links clients in the menu, but neither roles nor the organization settings', async () => {
    const menu = page.getByRole('navigation');
    await menu.getByRole('link', { name: 'Kliendid' }).waitFor();
    await expect(menu.getByRole('link', { name: 'Rollid' }).count()).resolves.toBe(0);
    await expect(menu.getByRole('link', { name: 'Asutus' }).count()).resolves.toBe(0);
  });

  it('shows the organization profile read-only, without a form', async () => {
    await page.goto(`${baseUrl}/admin/organization`);
    await page.getByText('Teie näete neid ainult lugemiseks.').waitFor();
    await expect(page.getByRole('button', { name: 'Salvesta' }).count()).resolves.toBe(0);
    await expect(page.getByRole('textbox').count()).resolves.toBe(0);
    await settled(page);
    expect(await axeViolations(page)).toBe('');
  });

  it('explains that the roles are not theirs to see', async () => {
    await page.goto(`${baseUrl}/admin/roles`);
    await page.getByText('Rolle saab vaadata ja muuta ainult').waitFor();
    await expect(page.getByRole('table').count()).resolves.toBe(0);
  });
});
