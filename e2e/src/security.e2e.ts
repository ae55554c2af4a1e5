import { readFile } from 'node:fs/promises';
import { authenticator } from 'otplib';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { axeViolations } from './axe';
import { launchChromium, screenshot } from './browser';
import { DEMO_PASSWORD, fieldProblem, isFocused } from './login-support';
import { stack } from './stack';

const { baseUrl } = stack();

/** A demo staff member without TOTP whom no other test signs in as (backend/src/dev/demo-data.ts). */
const USER = { email: 'specialist@paike.demo' };
/** Kadri Päike's isikukood, linked to her staff account by the demo data. */
const LINKED_TO_SOMEONE_ELSE = /48505120276/;
/** A demo client's isikukood that no staff member has linked. */
const NOT_LINKED = /38001085718/;
const STEP_MS = 30_000;

/** The authenticator's time step now; a TOTP code is accepted once per account and step. */
const currentStep = () => Math.floor(Date.now() / STEP_MS);

/**
 * A staff member's own sign-in security, in one browser and in Estonian: turning two-step login
 * on (QR code, the key as text, a code from the app, the recovery codes), linking an isikukood
 * with eID, logging in again with a code, and turning two-step login off with a recovery code.
 * The steps build on each other, in order.
 */
describe('the security page in web-admin', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let secret = '';
  let recoveryCodes: string[] = [];
  /** The step of the code that turned TOTP on: the next login needs a later one. */
  let enrolledStep = 0;

  beforeAll(async () => {
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  const main = () => page.getByRole('main');
  const status = (text: string) => main().getByRole('status').filter({ hasText: text });

  async function logInWithPassword(): Promise<void> {
    await page.getByLabel('E-posti aadress').fill(USER.email);
    await page.getByLabel('Parool', { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Logi sisse', exact: true }).click();
  }

  /** Picks `person` with Mobile-ID on the development eID provider's page. */
  async function proveWithEid(person: RegExp): Promise<void> {
    await page
      .getByRole('radio', { name: 'Mobile-ID' })
      .or(page.getByRole('radio', { name: 'Mobiil-ID' }))
      .check();
    await page.getByRole('radio', { name: person }).check();
    await page.getByRole('button', { name: /^(Jätka|Continue)$/ }).click();
  }

  it('is in the menu, and says that two-step login is off', async () => {
    await page.goto(`${baseUrl}/admin/security`);
    await page.getByRole('heading', { level: 1, name: 'Sisselogimine' }).waitFor();
    await logInWithPassword();
    await page.getByRole('heading', { level: 1, name: 'Turvalisus' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/admin/security');
    const navLink = page.getByRole('navigation').getByRole('link', { name: 'Turvalisus' });
    await expect(navLink.getAttribute('aria-current')).resolves.toBe('page');
    await main().getByText('Kaheastmeline sisselogimine on väljas.', { exact: true }).waitFor();
    await expect(page.title()).resolves.toBe('Turvalisus · Reha teenuseosutajale');
    expect(await axeViolations(page)).toBe('');
  });

  it('turns it on: a QR code image, the key in blocks of four, and a code from the app', async () => {
    await main().getByRole('button', { name: 'Lülita kaheastmeline sisselogimine sisse' }).click();
    const first = main().getByRole('heading', { name: '1. Lisage Reha autentimisrakendusse' });
    await first.waitFor();
    await expect(isFocused(first)).resolves.toBe(true);

    // The server's SVG as an image (data URL), not as markup in the page.
    const qr = main().getByRole('img', { name: /^QR-kood Reha lisamiseks autentimisrakendusse/ });
    await expect(qr.getAttribute('src')).resolves.toMatch(/^data:image\/svg\+xml;base64,/);
    await page.waitForFunction(
      () => (document.querySelector('main img') as HTMLImageElement | null)?.naturalWidth ?? 0,
    );

    const key = (
      await main()
        .getByText(/^[A-Z2-7]{4}( [A-Z2-7]{1,4})+$/)
        .innerText()
    ).trim();
    secret = key.replace(/ /g, '');
    expect(secret).toHaveLength(32);
    await expect(
      main()
        .getByRole('link', { name: /^Ava autentimisrakenduses/ })
        .getAttribute('href'),
    ).resolves.toContain(`secret=${secret}`);

    const code = main().getByLabel('Kuuekohaline kood');
    await expect(code.getAttribute('autocomplete')).resolves.toBe('one-time-code');
    await expect(code.getAttribute('inputmode')).resolves.toBe('numeric');
    await screenshot(page, 'web-admin-security-totp-setup');
    expect(await axeViolations(page)).toBe('');

    // A wrong code: the API's message, tied to the field, which gets the focus.
    const right = authenticator.generate(secret);
    await code.fill(String((Number(right) + 500_000) % 1_000_000).padStart(6, '0'));
    await main().getByRole('button', { name: 'Kinnita ja lülita sisse' }).click();
    await main().getByText('Kood on vale või juba kasutatud.', { exact: false }).waitFor();
    const problem = await fieldProblem(code);
    expect(problem.invalid).toBe(true);
    expect(problem.said).toContain('Kood on vale või juba kasutatud.');
    await expect(isFocused(code)).resolves.toBe(true);

    enrolledStep = currentStep();
    await code.fill(authenticator.generate(secret));
    await main().getByRole('button', { name: 'Kinnita ja lülita sisse' }).click();
    const codesHeading = main().getByRole('heading', { name: 'Taastekoodid' });
    await codesHeading.waitFor();
    await expect(isFocused(codesHeading)).resolves.toBe(true);
  });

  it('shows the ten recovery codes once, to download as a text file', async () => {
    const list = main().getByRole('list', { name: 'Taastekoodid' });
    recoveryCodes = (await list.getByRole('listitem').allInnerTexts()).map((c) => c.trim());
    expect(recoveryCodes).toHaveLength(10);
    for (const recoveryCode of recoveryCodes)
      expect(recoveryCode).toMatch(/^[0-9A-Z]{5}-[0-9A-Z]{5}$/);
    await main().getByText('Iga taastekood kehtib ainult ühe korra.', { exact: false }).waitFor();

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      main().getByRole('button', { name: 'Laadi alla .txt-failina' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('reha-taastekoodid.txt');
    const text = await readFile(await download.path(), 'utf8');
    expect(text).toContain(`Konto: ${USER.email}`);
    for (const recoveryCode of recoveryCodes) expect(text).toContain(recoveryCode);
    await screenshot(page, 'web-admin-security-recovery-codes');
    expect(await axeViolations(page)).toBe('');

    await main().getByRole('button', { name: 'Olen koodid salvestanud' }).click();
    const saved = status('Kaheastmeline sisselogimine on sees. Edaspidi');
    await saved.waitFor();
    await expect(isFocused(saved)).resolves.toBe(true);
    await main().getByText('Kasutamata taastekoode: 10.', { exact: true }).waitFor();
    await expect(list.count()).resolves.toBe(0);
  });

  it('links an isikukood with eID: refused when another user has it, then done', async () => {
    const linkButton = () =>
      main().getByRole('button', { name: 'Seo oma ID-kaart, Mobiil-ID või Smart-ID' });
    await linkButton().click();
    await proveWithEid(LINKED_TO_SOMEONE_ELSE);
    const refused = main()
      .getByRole('alert')
      .filter({ hasText: 'Isikukoodi ei õnnestunud siduda' });
    await refused.waitFor();
    await refused
      .getByText('See isikukood on juba seotud teise Reha kasutajaga.', { exact: false })
      .waitFor();
    await expect(isFocused(refused)).resolves.toBe(true);
    // Read once: the result is taken off the address, so a reload does not repeat it.
    expect(new URL(page.url()).pathname).toBe('/admin/security');
    await page.waitForFunction(() => window.location.search === '');

    await linkButton().click();
    await proveWithEid(NOT_LINKED);
    const linked = status('Isikukood on seotud.');
    await linked.waitFor();
    await expect(isFocused(linked)).resolves.toBe(true);
    await page.waitForFunction(() => window.location.search === '');
    expect(await axeViolations(page)).toBe('');
  });

  it('asks for a code from the app at the next login', async () => {
    await page.getByRole('button', { name: 'Logi välja', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Sisselogimine' }).waitFor();
    await page.goto(`${baseUrl}/admin/security`);
    await logInWithPassword();
    const code = page.getByLabel('Kuuekohaline kood');
    await code.waitFor();
    // The code that turned TOTP on cannot be used again: wait for the app's next one.
    while (currentStep() <= enrolledStep)
      await page.waitForTimeout((authenticator.timeRemaining() + 0.2) * 1000);
    await code.fill(authenticator.generate(secret));
    await page.getByRole('button', { name: 'Kinnita' }).click();
    await page.getByRole('heading', { level: 1, name: 'Turvalisus' }).waitFor();
    await main().getByText('Kaheastmeline sisselogimine on sees.', { exact: true }).waitFor();
    await main().getByText('Kasutamata taastekoode: 10.', { exact: true }).waitFor();
  });

  it('turns it off with a recovery code', async () => {
    await main().getByRole('button', { name: 'Lülita kaheastmeline sisselogimine välja' }).click();
    const code = main().getByLabel('Kood rakendusest või taastekood');
    await code.waitFor();
    await expect(isFocused(code)).resolves.toBe(true);
    await expect(code.getAttribute('autocomplete')).resolves.toBe('one-time-code');
    expect(await axeViolations(page)).toBe('');

    await code.fill('abc');
    await main().getByRole('button', { name: 'Kinnita väljalülitamine' }).click();
    const problem = await fieldProblem(code);
    expect(problem.invalid).toBe(true);
    expect(problem.said).toContain('taastekood kujul XXXXX-XXXXX');

    // Case and the dash do not matter.
    await code.fill(recoveryCodes[0]!.toLowerCase().replace('-', ''));
    await main().getByRole('button', { name: 'Kinnita väljalülitamine' }).click();
    const done = status('Kaheastmeline sisselogimine on välja lülitatud');
    await done.waitFor();
    await expect(isFocused(done)).resolves.toBe(true);
    await main().getByText('Kaheastmeline sisselogimine on väljas.', { exact: true }).waitFor();
    await screenshot(page, 'web-admin-security');
    expect(await axeViolations(page)).toBe('');
  });
});
