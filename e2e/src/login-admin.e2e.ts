import { authenticator } from 'otplib';
import type { Browser, BrowserContext, Page, Response } from 'playwright-core';
import { axeViolations } from './axe';
import { launchChromium, screenshot } from './browser';
import {
  DEMO_PASSWORD,
  fieldProblem,
  isFocused,
  resetLinkMailedTo,
  settled,
} from './login-support';
import { stack } from './stack';

const { baseUrl } = stack();

/** The demo staff member with TOTP, in both demo organizations (backend/src/dev/demo-data.ts). */
const TOTP_USER = { email: 'totp@paike.demo', secret: 'JBSWY3DPEHPK3PXP' };
const PAIKE = 'Päikese Rehabilitatsioonikeskus OÜ';
const TARTU = 'Tartu Linna Hoolekandeasutus';

/**
 * A staff member's whole way in and out, in one browser: the login page (in Estonian), the
 * authenticator code, choosing an organization, switching it in the header, a reload that keeps
 * the session (refresh cookie), and logging out. The steps build on each other, in order.
 */
describe('staff login in web-admin: password, authenticator code, organization', () => {
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

  const emailField = () => page.getByLabel('E-posti aadress');
  const passwordField = () => page.getByLabel('Parool', { exact: true });
  const submit = () => page.getByRole('button', { name: 'Logi sisse', exact: true });

  it('sends a visitor of a staff page to the login page, to come back afterwards', async () => {
    await page.goto(`${baseUrl}/admin/sessions`);
    await page.getByRole('heading', { level: 1, name: 'Sisselogimine' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/admin/login');
    expect(new URL(page.url()).searchParams.get('returnTo')).toBe('/sessions');
    await expect(emailField().getAttribute('autocomplete')).resolves.toBe('username');
    await expect(passwordField().getAttribute('autocomplete')).resolves.toBe('current-password');
    await expect(
      page
        .getByRole('link', { name: 'Logi sisse ID-kaardi, Mobiil-ID või Smart-ID-ga' })
        .getAttribute('href'),
    ).resolves.toBe('/auth/admin/eid/start?returnTo=%2Fadmin%2Fsessions');
  });

  it('names an empty field next to it, tied to the field, and moves focus there', async () => {
    await submit().click();
    await expect(fieldProblem(emailField())).resolves.toEqual({
      invalid: true,
      said: 'See väli on kohustuslik.',
    });
    await expect(isFocused(emailField())).resolves.toBe(true);
  });

  it('says that the e-mail or password is wrong, and moves focus to the message', async () => {
    // An address of its own: failed attempts count towards a lockout per address.
    await emailField().fill(`nobody-${Date.now()}@paike.demo`);
    await passwordField().fill('not-the-password');
    await submit().click();
    const alert = page.getByRole('alert').filter({ hasText: 'Vale e-posti aadress või parool.' });
    await alert.waitFor();
    await expect(isFocused(alert)).resolves.toBe(true);
  });

  it('asks for the authenticator code after the right password, with focus on the code', async () => {
    await emailField().fill(TOTP_USER.email);
    await passwordField().fill(DEMO_PASSWORD);
    await submit().click();
    const code = page.getByLabel('Kuuekohaline kood');
    await code.waitFor();
    await expect(isFocused(code)).resolves.toBe(true);
    await expect(code.getAttribute('autocomplete')).resolves.toBe('one-time-code');
    await expect(code.getAttribute('inputmode')).resolves.toBe('numeric');
    await expect(
      page.getByText(`Logite sisse aadressiga ${TOTP_USER.email}.`).count(),
    ).resolves.toBe(1);
    await screenshot(page, 'web-admin-login-code');
    expect(await axeViolations(page)).toBe('');
  });

  it('refuses a wrong code next to the field', async () => {
    const code = page.getByLabel('Kuuekohaline kood');
    const right = authenticator.generate(TOTP_USER.secret);
    await code.fill(String((Number(right) + 500_000) % 1_000_000).padStart(6, '0'));
    await page.getByRole('button', { name: 'Kinnita' }).click();
    await page.getByText('Kood on vale või juba kasutatud.', { exact: false }).waitFor();
    const problem = await fieldProblem(code);
    expect(problem.invalid).toBe(true);
    expect(problem.said).toContain('Kood on vale või juba kasutatud.');
    await expect(isFocused(code)).resolves.toBe(true);
  });

  it('signs in with the right code and asks which organization to work in', async () => {
    await page.getByLabel('Kuuekohaline kood').fill(authenticator.generate(TOTP_USER.secret));
    await page.getByRole('button', { name: 'Kinnita' }).click();
    await page.getByRole('heading', { level: 1, name: 'Asutuse valimine' }).waitFor();
    const choices = page.getByRole('main').getByRole('button');
    await expect(choices.allInnerTexts()).resolves.toEqual([`${PAIKE} (praegune)`, TARTU]);
    expect(await axeViolations(page)).toBe('');
  });

  it('works in the chosen organization and opens the page asked for at first', async () => {
    const chosen = page.waitForResponse((r) => r.url().endsWith('/auth/admin/context'));
    await page.getByRole('main').getByRole('button', { name: TARTU }).click();
    const grant = (await (await chosen).json()) as Grant;
    expect(grant.organizationId).toBe(organizationIdOf(grant, TARTU));
    await page.getByRole('heading', { level: 1, name: 'Seansid' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/admin/sessions');
    // The page's data comes from GraphQL with the access token (mySessions needs a staff member).
    await page.getByText('See seade', { exact: true }).waitFor();
    await expect(page.getByRole('button', { name: `Asutus: ${TARTU}` }).count()).resolves.toBe(1);
    await expect(page.getByText('Triin Turvaline', { exact: true }).count()).resolves.toBe(1);
    expect(await axeViolations(page)).toBe('');
  });

  it('switches to the other organization in the header', async () => {
    await page.getByRole('button', { name: `Asutus: ${TARTU}` }).click();
    const item = page.getByRole('menuitem', { name: PAIKE });
    await item.waitFor();
    await settled(page);
    expect(await axeViolations(page)).toBe('');
    const switched = page.waitForResponse((r) => r.url().endsWith('/auth/admin/context'));
    await item.click();
    const response: Response = await switched;
    const grant = (await response.json()) as Grant;
    expect(grant.organizationId).toBe(organizationIdOf(grant, PAIKE));
    await page.getByRole('button', { name: `Asutus: ${PAIKE}` }).waitFor();
    await page.getByRole('heading', { level: 1, name: 'Töölaud' }).waitFor();
    await screenshot(page, 'web-admin-signed-in');
  });

  it('is still signed in after a reload: the refresh cookie renews the access token', async () => {
    const refreshed = page.waitForResponse((r) => r.url().endsWith('/auth/admin/refresh'));
    await page.reload();
    expect((await refreshed).status()).toBe(200);
    await page.getByRole('heading', { level: 1, name: 'Töölaud' }).waitFor();
    await expect(page.getByRole('button', { name: `Asutus: ${PAIKE}` }).count()).resolves.toBe(1);
  });

  it('renews an access token the API refuses, once, and sends the request again', async () => {
    // The next GraphQL request goes out with a token the API refuses, as it would an expired one.
    await page.route(
      '**/graphql',
      (route) =>
        route.continue({
          headers: { ...route.request().headers(), authorization: 'Bearer expired.access.token' },
        }),
      { times: 1 },
    );
    const refreshed = page.waitForResponse((r) => r.url().endsWith('/auth/admin/refresh'));
    await page.getByRole('navigation').getByRole('link', { name: 'Seansid' }).click();
    expect((await refreshed).status()).toBe(200);
    await page.getByText('See seade', { exact: true }).waitFor();
    await expect(page.getByRole('alert').count()).resolves.toBe(0);
  });

  it('logs out: the login page says so, and the staff pages need a login again', async () => {
    await page.getByRole('button', { name: 'Logi välja', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Sisselogimine' }).waitFor();
    await expect(
      page.getByRole('status').filter({ hasText: 'Olete välja logitud.' }).count(),
    ).resolves.toBe(1);
    await page.goto(`${baseUrl}/admin/sessions`);
    await page.getByRole('heading', { level: 1, name: 'Sisselogimine' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/admin/login');
  });
});

interface Grant {
  organizationId: string;
  memberships: Array<{ organizationId: string; organizationName: string }>;
}

function organizationIdOf(grant: Grant, name: string): string | undefined {
  return grant.memberships.find((m) => m.organizationName === name)?.organizationId;
}

describe('the sessions page in web-admin', () => {
  let browser: Browser;
  afterAll(async () => {
    await browser?.close();
  });

  it('logs out another device; that device is told its session has ended', async () => {
    browser = await launchChromium();
    // Two browsers of one staff member: separate cookie jars, as two devices.
    const phone = await (await browser.newContext()).newPage();
    const laptop = await (await browser.newContext()).newPage();
    for (const device of [phone, laptop]) {
      await device.goto(`${baseUrl}/admin/sessions`);
      await device.getByLabel('E-posti aadress').fill('admin@tartu.demo');
      await device.getByLabel('Parool', { exact: true }).fill(DEMO_PASSWORD);
      await device.getByRole('button', { name: 'Logi sisse', exact: true }).click();
      await device.getByRole('heading', { level: 1, name: 'Seansid' }).waitFor();
    }
    // The list loads after the heading: wait for both sessions rather than count too early.
    await laptop.waitForFunction(
      () => document.querySelectorAll('main li').length === 2,
      undefined,
      {
        timeout: 10_000,
      },
    );
    const sessions = laptop.getByRole('main').getByRole('listitem');
    await expect(sessions.count()).resolves.toBe(2);
    await screenshot(laptop, 'web-admin-sessions');
    await laptop.getByRole('button', { name: 'Logi see seade välja' }).click();
    await laptop.waitForFunction(
      () => document.querySelectorAll('main li').length === 1,
      undefined,
      { timeout: 10_000 },
    );

    // The phone's next page load finds its refresh cookie refused.
    await phone.reload();
    await phone.getByRole('heading', { level: 1, name: 'Sisselogimine' }).waitFor();
    await phone
      .getByRole('status')
      .filter({ hasText: 'Teie seanss on lõpetatud. Palun logige uuesti sisse.' })
      .waitFor();
    expect(new URL(phone.url()).searchParams.get('returnTo')).toBe('/sessions');
  });
});

describe('password reset in web-admin', () => {
  let browser: Browser;
  afterAll(async () => {
    await browser?.close();
  });

  it('e-mails a link that sets a new password once; a used link offers a new one', async () => {
    const email = 'accountant@paike.demo'; // an account no other test signs in with
    browser = await launchChromium();
    const page = await browser.newPage();
    await page.goto(`${baseUrl}/admin/login`);
    await page.getByRole('link', { name: 'Unustasite parooli?' }).click();
    await page.getByRole('heading', { level: 1, name: 'Parooli taastamine' }).waitFor();
    await page.getByLabel('E-posti aadress').fill(email);
    await page.getByRole('button', { name: 'Saada link' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: 'Kui see aadress on Rehas kasutusel' })
      .waitFor();

    const link = await resetLinkMailedTo(baseUrl, email);
    expect(link).toMatch(new RegExp(`^${baseUrl}/admin/reset\\?token=`));
    await page.goto(link);
    await page.getByRole('heading', { level: 1, name: 'Uue parooli määramine' }).waitFor();
    const newPassword = 'uus pikk ja hea parool';
    for (const label of ['Uus parool', 'Uus parool uuesti']) {
      const field = page.getByLabel(label, { exact: true });
      await expect(field.getAttribute('autocomplete')).resolves.toBe('new-password');
      await field.fill(newPassword);
    }
    await page.getByRole('button', { name: 'Salvesta uus parool' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: 'Parool on muudetud. Logige sisse uue parooliga.' })
      .waitFor();
    await page.getByLabel('E-posti aadress').fill(email);
    await page.getByLabel('Parool', { exact: true }).fill(newPassword);
    await page.getByRole('button', { name: 'Logi sisse', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Töölaud' }).waitFor();

    // The link works once.
    await page.goto(link);
    await page.getByRole('heading', { level: 1, name: 'Uue parooli määramine' }).waitFor();
    for (const label of ['Uus parool', 'Uus parool uuesti'])
      await page.getByLabel(label, { exact: true }).fill(`${newPassword} teist korda`);
    await page.getByRole('button', { name: 'Salvesta uus parool' }).click();
    await page.getByRole('alert').filter({ hasText: 'aegunud või juba kasutatud' }).waitFor();
    await expect(page.getByRole('link', { name: 'Küsi uus link' }).count()).resolves.toBe(1);
  });
});

describe('staff login in web-admin with eID', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    browser = await launchChromium();
    context = await browser.newContext();
    page = await context.newPage();
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  /** Opens `path` (not signed in), follows the eID button and picks `person` on the mock page. */
  async function eidLogin(path: string, person: RegExp): Promise<void> {
    await page.goto(`${baseUrl}${path}`);
    await page
      .getByRole('link', { name: 'Logi sisse ID-kaardi, Mobiil-ID või Smart-ID-ga' })
      .click();
    await page
      .getByRole('radio', { name: 'Mobile-ID' })
      .or(page.getByRole('radio', { name: 'Mobiil-ID' }))
      .check();
    await page.getByRole('radio', { name: person }).check();
    await page.getByRole('button', { name: /^(Jätka|Continue)$/ }).click();
  }

  it('explains that a person without a staff account cannot sign in with their eID', async () => {
    await eidLogin('/admin/', /49403136515/);
    await page.getByRole('heading', { level: 1, name: 'Sisselogimine' }).waitFor();
    expect(new URL(page.url()).searchParams.get('error')).toBe('EID_NOT_LINKED');
    await page
      .getByRole('alert')
      .filter({ hasText: 'Selle isikukoodiga pole Rehas kasutajat.' })
      .waitFor();
  });

  it('signs in the staff member whose isikukood is linked, and opens the page asked for', async () => {
    await eidLogin('/admin/sessions', /48505120276/);
    await page.getByRole('heading', { level: 1, name: 'Seansid' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/admin/sessions');
    await expect(page.getByText('Kadri Päike', { exact: true }).count()).resolves.toBe(1);
  });
});
