import { isikukoodCheckDigit } from '@reha/shared';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { axeViolations } from './axe';
import { launchChromium } from './browser';
import { DEMO_PASSWORD, resetLinkMailedTo, settled } from './login-support';
import { stack } from './stack';

const { baseUrl } = stack();

const ADMIN = 'admin@paike.demo';
const RUN = Date.now().toString(36);
/** Letters only: client name search works on name prefixes. */
const TAG = RUN.replace(/[0-9]/g, (d) => 'abcdefghij'[Number(d)]!);
const REGION = `E2E Lõuna ${RUN}`;
const TEAM = `E2E Lapsed ${RUN}`;
const OTHER = `E2E Noored ${RUN}`;
const SPECIALIST = { email: `spetsialist-${RUN}@e2e.demo`, name: `Siiri Spetsialist ${RUN}` };
const PASSWORD = 'spetsialisti pikk parool';

/**
 * Issue 6's whole path through web-admin, in Estonian: the admin builds a unit tree, invites a
 * specialist into one unit, the specialist takes up the invitation from the e-mail (sets a
 * password), signs in, and finds only the clients of their own unit. The steps build on each
 * other, in order.
 */
describe('an admin invites a specialist into a unit; the specialist sees only that unit', () => {
  let browser: Browser;
  let admin: BrowserContext;
  let page: Page;
  const units: Record<string, string> = {};

  beforeAll(async () => {
    browser = await launchChromium();
    admin = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await admin.newPage();
  });
  afterAll(async () => {
    await admin?.close();
    await browser?.close();
  });

  const drawer = () => page.getByRole('dialog');
  const addUnit = async (name: string, parent?: string) => {
    if (parent) {
      await page.getByRole('button', { name: `Tegevused: ${parent}`, exact: true }).click();
      await page.getByRole('menuitem', { name: 'Lisa alamüksus' }).click();
    } else {
      await page.getByRole('button', { name: 'Lisa üksus', exact: true }).click();
    }
    await drawer().getByLabel('Nimi').fill(name);
    await drawer().getByRole('button', { name: 'Lisa üksus', exact: true }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `Üksus ${name} on lisatud.` })
      .waitFor();
  };

  it('lets the admin build a unit tree: a region with two teams', async () => {
    await page.goto(`${baseUrl}/admin/units`);
    await page.getByLabel('E-posti aadress').fill(ADMIN);
    await page.getByLabel('Parool', { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Logi sisse', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Üksused' }).waitFor();
    await addUnit(REGION);
    await addUnit(TEAM, REGION);
    await addUnit(OTHER, REGION);

    // One client in each team (client registration screens arrive with the clients issue;
    // here the admin's API session files them).
    const token = await staffToken(ADMIN, DEMO_PASSWORD);
    const tree = await api<{ orgUnits: { id: string; name: string }[] }>(
      token,
      `{ orgUnits { id name } }`,
    );
    for (const unit of tree.orgUnits) units[unit.name] = unit.id;
    await api(token, CREATE_CLIENT, {
      input: {
        isikukood: isikukood(1),
        firstName: 'Tiina',
        lastName: `Tiim${TAG}`,
        unitIds: [units[TEAM]],
      },
    });
    await api(token, CREATE_CLIENT, {
      input: {
        isikukood: isikukood(2),
        firstName: 'Teet',
        lastName: `Teine${TAG}`,
        unitIds: [units[OTHER]],
      },
    });
  });

  it('lets the admin invite a specialist into one team', async () => {
    await page.getByRole('navigation').getByRole('link', { name: 'Kasutajad' }).click();
    await page.getByRole('heading', { level: 1, name: 'Kasutajad' }).waitFor();
    await page.getByRole('button', { name: 'Kutsu kasutaja' }).click();
    const form = page.getByRole('form', { name: 'Uue kasutaja kutsumine' });
    await form.getByLabel('E-posti aadress').fill(SPECIALIST.email);
    await form.getByLabel('Nimi').fill(SPECIALIST.name);
    await form.getByRole('checkbox', { name: 'Spetsialist' }).check();
    const unitsField = form.getByRole('combobox', { name: 'Üksused', exact: true });
    await unitsField.click();
    await unitsField.fill(TEAM);
    await form.getByRole('option', { name: `${REGION} › ${TEAM}` }).click();
    await form.getByLabel('Nimi').click(); // closes the list of units
    await form.getByRole('button', { name: 'Saada kutse' }).click();
    await page.getByText(`Kutse saadeti aadressile ${SPECIALIST.email}.`).waitFor();
    await page
      .getByRole('row')
      .filter({ hasText: SPECIALIST.email })
      .getByText('Kutsutud')
      .waitFor();
  });

  it('lets the specialist set a password from the invitation e-mail and sign in', async () => {
    const link = await resetLinkMailedTo(baseUrl, SPECIALIST.email);
    const specialist = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await specialist.newPage();
    await page.goto(link);
    await page.getByRole('heading', { level: 1, name: 'Uue parooli määramine' }).waitFor();
    for (const label of ['Uus parool', 'Uus parool uuesti'])
      await page.getByLabel(label, { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: 'Salvesta uus parool' }).click();
    await page.getByRole('status').filter({ hasText: 'Parool on muudetud.' }).waitFor();
    await page.getByLabel('E-posti aadress').fill(SPECIALIST.email);
    await page.getByLabel('Parool', { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: 'Logi sisse', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Töölaud' }).waitFor();
    // A specialist manages nobody: no users page in their menu.
    const nav = page.getByRole('navigation');
    await nav.getByRole('link', { name: 'Kliendid' }).waitFor();
    await expect(nav.getByRole('link', { name: 'Kasutajad' }).count()).resolves.toBe(0);
  });

  it('shows the specialist the clients of their own team only', async () => {
    await page.getByRole('navigation').getByRole('link', { name: 'Kliendid' }).click();
    await page.getByRole('heading', { level: 1, name: 'Kliendid' }).waitFor();
    for (const [search, expected] of [
      [`Tiim${TAG}`, 1],
      [`Teine${TAG}`, 0],
    ] as const) {
      await page.getByLabel('Nimi või isikukood').fill(search);
      await page.getByRole('button', { name: 'Otsi' }).click();
      if (expected)
        await page
          .getByRole('row')
          .filter({ hasText: `Tiina Tiim${TAG}` })
          .filter({ hasText: TEAM })
          .waitFor();
      else await page.getByText('Ühtegi klienti ei leitud.').waitFor();
    }
    await settled(page);
    expect(await axeViolations(page)).toBe('');
  });

  it('shows the admin that the invitation was taken up', async () => {
    page = await admin.newPage();
    await page.goto(`${baseUrl}/admin/users`);
    await page
      .getByRole('row')
      .filter({ hasText: SPECIALIST.email })
      .getByText('Aktiivne')
      .waitFor();
  });
});

const CREATE_CLIENT = `mutation ($input: CreateClientInput!) { createClient(input: $input) { id } }`;

/** A valid isikukood unique to this run: a woman born 1985-05-12, serial from the run. */
function isikukood(n: number): string {
  const serial = String((Date.now() % 300) * 3 + n).padStart(3, '0');
  const first10 = `4850512${serial}`;
  return `${first10}${isikukoodCheckDigit(first10)}`;
}

async function staffToken(email: string, password: string): Promise<string> {
  const response = await fetch(`${baseUrl}/auth/admin/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-reha-csrf': '1' },
    body: JSON.stringify({ email, password }),
  });
  if (!response.ok) throw new Error(`login ${response.status}: ${await response.text()}`);
  return ((await response.json()) as { accessToken: string }).accessToken;
}

async function api<T>(token: string, query: string, variables?: object): Promise<T> {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data!;
}
