import { DynamicModule, INestApplication, Type } from '@nestjs/common';
import { graphql } from '../../../../test/api-app';
import { createTestDatabase, queryDatabase, TestDatabase } from '../../../../test/database';
import { applyEnv, TEST_KEYS, testEnv } from '../../../../test/env';
import { TenancyFixtures } from '../../../../test/tenancy-fixtures';
import { freePort } from '../../../dev/free-port';
import type { MockIdentity } from '../../../dev/tara-mock/identities';
import { eidRedirectUris, startTaraMock, TaraMock } from '../../../dev/tara-mock/spawn';
import { createApiApp } from '../../../main';
import { BlindIndexer } from '../../crypto/blind-index';
import { AuthModule } from '../auth.module';
import { PERSON_ISIKUKOOD_DOMAIN, STAFF_ISIKUKOOD_DOMAIN } from './isikukood-index';

/** Invented people with valid codes. */
const CLIENT = {
  isikukood: '38001085718',
  givenName: 'Jaan',
  familyName: 'Tammik',
  role: 'client',
};
const STAFF = { isikukood: '48505120276', givenName: 'Kadri', familyName: 'Päike', role: 'staff' };
const UNLINKED = '37509100137';
const TO_LINK = '49001010241';
const IDENTITIES: MockIdentity[] = [CLIENT, STAFF];
const CLIENT_ID = 'reha-test';
const CLIENT_SECRET = 'test-secret-of-the-tara-mock';

interface Api {
  app: INestApplication;
  url: string;
  close(): Promise<void>;
}

/** The API on a known port, so PUBLIC_URL (the eID callback's address) is its real address. */
async function startApiAt(
  port: number,
  env: NodeJS.ProcessEnv,
  extra: Array<Type | DynamicModule> = [],
): Promise<Api> {
  const restore = applyEnv({ ...env, REHA_PROCESS: 'api' });
  let app: INestApplication;
  try {
    app = await createApiApp(extra);
    await app.listen(port, '127.0.0.1');
  } finally {
    restore();
  }
  return { app, url: `http://127.0.0.1:${port}`, close: () => app.close() };
}

interface StoredCookie {
  value: string;
  path: string;
}

/**
 * A browser without JavaScript: follows redirects by hand, keeps cookies per host and path
 * (enough for these two hosts), submits forms.
 */
class Browser {
  readonly jar = new Map<string, Map<string, StoredCookie>>();
  /** Every URL requested, in order. */
  readonly visited: string[] = [];

  cookie(url: string, name: string): string | undefined {
    return this.jar.get(new URL(url).host)?.get(name)?.value;
  }

  async request(
    url: string,
    init: { method?: string; body?: string; headers?: Record<string, string> } = {},
  ) {
    const target = new URL(url);
    this.visited.push(url);
    const cookies = [...(this.jar.get(target.host) ?? new Map<string, StoredCookie>()).entries()]
      .filter(([, c]) => target.pathname.startsWith(c.path))
      .map(([name, c]) => `${name}=${c.value}`)
      .join('; ');
    const res = await fetch(url, {
      method: init.method ?? 'GET',
      redirect: 'manual',
      body: init.body,
      headers: {
        accept: 'text/html,application/xhtml+xml',
        ...(cookies ? { cookie: cookies } : {}),
        ...(init.body ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
        ...init.headers,
      },
    });
    this.store(target, res.headers.getSetCookie());
    const location = res.headers.get('location');
    return {
      status: res.status,
      location: location ? new URL(location, url).toString() : undefined,
      text: await res.text(),
      setCookies: res.headers.getSetCookie(),
    };
  }

  private store(target: URL, setCookies: string[]): void {
    const jar = this.jar.get(target.host) ?? new Map<string, StoredCookie>();
    this.jar.set(target.host, jar);
    for (const line of setCookies) {
      const [pair, ...attributes] = line.split(';').map((p) => p.trim());
      const eq = pair!.indexOf('=');
      const name = pair!.slice(0, eq);
      const value = pair!.slice(eq + 1);
      const attr = (key: string) =>
        attributes.find((a) => a.toLowerCase().startsWith(`${key}=`))?.split('=')[1];
      const expires = attr('expires');
      const gone = attr('max-age') === '0' || (expires && new Date(expires) < new Date());
      if (gone || value === '') jar.delete(name);
      else jar.set(name, { value, path: attr('path') ?? '/' });
    }
  }
}

describe('eID login through OIDC against the TARA mock (child process) and a real API', () => {
  let db: TestDatabase;
  let mock: TaraMock;
  let api: Api;
  let fx: TenancyFixtures;
  let organizationId: string;
  let staffUserId: string;
  const index = new BlindIndexer(Buffer.from(TEST_KEYS.REHA_INDEX_KEY, 'base64'));

  const sql = <T>(text: string, values: unknown[] = []) => queryDatabase<T>(db.url, text, values);

  /** Follows redirects until the provider's page (200) or a page outside the eID routes. */
  async function follow(browser: Browser, url: string) {
    let res = await browser.request(url);
    while (res.status >= 300 && res.status < 400 && res.location) {
      const next = new URL(res.location);
      const inFlow = next.host === new URL(mock.issuer).host || next.pathname.includes('/eid/');
      if (!inFlow) break;
      res = await browser.request(res.location);
    }
    return res;
  }

  /** Submits the mock's login form: a listed person or a typed code, and a method. */
  async function submitLogin(
    browser: Browser,
    page: { text: string },
    choice: { identity?: string; typed?: string; method?: string },
  ) {
    const action = /<form method="post" action="([^"]+\/login)"/.exec(page.text)?.[1];
    expect(action).toBeDefined();
    const form = new URLSearchParams({
      method: choice.method ?? 'idcard',
      lang: 'en',
      isikukood: choice.typed ?? '',
      ...(choice.identity ? { identity: choice.identity } : {}),
    });
    return browser.request(new URL(action!, mock.issuer).toString(), {
      method: 'POST',
      body: form.toString(),
    });
  }

  /** A whole eID login: start, the provider's page, the choice, back to the API, to the SPA. */
  async function eidLogin(
    app: 'admin' | 'client',
    choice: { identity?: string; typed?: string; method?: string },
    returnTo = app === 'admin' ? '/admin/clients' : '/minu',
    browser = new Browser(),
  ) {
    const page = await follow(
      browser,
      `${api.url}/auth/${app}/eid/start?returnTo=${encodeURIComponent(returnTo)}&lang=en`,
    );
    expect(page.status).toBe(200);
    const submitted = await submitLogin(browser, page, choice);
    expect(submitted.status).toBe(303);
    // Before the callback: the flow cookie the browser holds, for the replay test.
    const landing = await follow(browser, submitted.location!);
    const callback = browser.visited.find((u) => u.includes(`/auth/${app}/eid/callback`));
    return { browser, landing, callback };
  }

  /** The sessions the SessionIssuer opened for a subject (refresh-token families). */
  const sessionRows = (subjectId: string) =>
    sql<Record<string, unknown>>(
      `SELECT subject_kind, app, method, organization_id FROM auth_session
        WHERE subject_id = $1 AND parent_id IS NULL ORDER BY created_at`,
      [subjectId],
    );

  const sessionsOf = async (subjectId: string) =>
    Number(
      (
        await sql<{ n: string }>(`SELECT count(*) AS n FROM auth_session WHERE subject_id = $1`, [
          subjectId,
        ])
      )[0]!.n,
    );

  beforeAll(async () => {
    db = await createTestDatabase();
    const apiPort = await freePort();
    const apiUrl = `http://127.0.0.1:${apiPort}`;
    mock = await startTaraMock({
      clientId: CLIENT_ID,
      clientSecret: CLIENT_SECRET,
      redirectUris: eidRedirectUris(apiUrl),
      identities: IDENTITIES,
    });
    api = await startApiAt(
      apiPort,
      testEnv({
        DATABASE_URL: db.url,
        REDIS_URL: 'redis://127.0.0.1:6379',
        SMTP_URL: 'smtp://127.0.0.1:1',
        PUBLIC_URL: apiUrl,
        TARA_ISSUER: mock.issuer,
        TARA_CLIENT_ID: CLIENT_ID,
        TARA_CLIENT_SECRET: CLIENT_SECRET,
      }),
      // The sessions every login ends in (SESSION_ISSUER); a no-op if AppModule has it already.
      [AuthModule],
    );
    fx = new TenancyFixtures(db.url);
    organizationId = await fx.organization('eID Org');
    staffUserId = await fx.staff(organizationId);
    await sql(`UPDATE app_user SET isikukood_index = $1 WHERE id = $2`, [
      index.exact(STAFF_ISIKUKOOD_DOMAIN, STAFF.isikukood),
      staffUserId,
    ]);
  });

  afterAll(async () => {
    await api?.close();
    await mock?.stop();
    await db?.drop();
  });

  it("shows TARA's choices on the provider's page: the three methods and the test people, labelled", async () => {
    const browser = new Browser();
    const page = await follow(browser, `${api.url}/auth/client/eid/start?lang=en`);
    expect(page.status).toBe(200);
    expect(page.text).toContain('<html lang="en">');
    for (const label of ['ID-card', 'Mobile-ID', 'Smart-ID', 'Jaan Tammik – 38001085718'])
      expect(page.text).toContain(label);
    expect(page.text).toContain('<label for="isikukood">');
    // The start kept state, nonce and PKCE in an httpOnly, Lax cookie pathed to the eID routes.
    const start = await new Browser().request(`${api.url}/auth/client/eid/start`);
    expect(start.status).toBe(303);
    const authorize = new URL(start.location!);
    expect(`${authorize.origin}${authorize.pathname}`).toBe(`${mock.issuer}/oidc/authorize`);
    expect(authorize.searchParams.get('scope')).toBe('openid idcard mid smartid');
    expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorize.searchParams.get('nonce')).toBeTruthy();
    expect(authorize.searchParams.get('redirect_uri')).toBe(`${api.url}/auth/client/eid/callback`);
    const flowCookie = start.setCookies.find((c) => c.startsWith('reha_eid_client='))!;
    expect(flowCookie).toMatch(/HttpOnly/i);
    expect(flowCookie).toMatch(/SameSite=Lax/i);
    expect(flowCookie).toMatch(/Path=\/auth\/client\/eid/);
    expect(flowCookie).not.toContain(authorize.searchParams.get('state')!);
  });

  it('refuses an invalid isikukood on the provider’s page, saying so accessibly', async () => {
    const browser = new Browser();
    const page = await follow(browser, `${api.url}/auth/client/eid/start`);
    const res = await submitLogin(browser, page, { typed: '38001085719' });
    expect(res.status).toBe(400);
    expect(res.text).toContain('role="alert"');
    expect(res.text).toContain('aria-invalid="true"');
  });

  it('logs a client in: the person behind the verified code gets a client-portal session', async () => {
    // A provider's staff registers the client first: eID login must find that same person.
    const admin = fx.staffToken(staffUserId, organizationId);
    const created = await graphql(
      api.url,
      `mutation { createClient(input: { isikukood: "${CLIENT.isikukood}", firstName: "Jaan", lastName: "Tammik" }) { id } }`,
      { token: admin },
    );
    expect(created.body.errors).toBeUndefined();
    const clientId = (created.body.data!.createClient as { id: string }).id;
    const [{ person_id: personId }] = await sql<{ person_id: string }>(
      `SELECT person_id FROM client WHERE id = $1`,
      [clientId],
    );

    const { browser, landing } = await eidLogin('client', {
      identity: CLIENT.isikukood,
      method: 'mid',
    });
    expect(landing.status).toBe(303);
    expect(landing.location).toBe(`${api.url}/auth/done?returnTo=%2Fminu`);
    expect(browser.cookie(api.url, 'reha_eid_client')).toBeUndefined();
    expect(browser.cookie(api.url, 'reha_rt_client')).toBeDefined();

    // The session is the person's: a client-portal refresh-token family started by eID.
    expect(await sessionRows(personId)).toEqual([
      { subject_kind: 'person', app: 'client', method: 'eid', organization_id: null },
    ]);

    // Found, not created: one person for the code, and the login audited by id only.
    const persons = await sql(`SELECT id FROM person WHERE isikukood_index = $1`, [
      index.exact(PERSON_ISIKUKOOD_DOMAIN, CLIENT.isikukood),
    ]);
    expect(persons).toHaveLength(1);
    const audit = await sql<Record<string, unknown>>(
      `SELECT principal_kind, actor_id, entity_type, entity_id, result FROM audit_event
        WHERE action = 'login.eid' AND actor_id = $1`,
      [personId],
    );
    expect(audit).toEqual([
      {
        principal_kind: 'person',
        actor_id: personId,
        entity_type: 'person',
        entity_id: personId,
        result: 'ok',
      },
    ]);
    const leaked = await sql(
      `SELECT id FROM audit_event WHERE row_to_json(audit_event)::text LIKE '%' || $1 || '%'`,
      [CLIENT.isikukood],
    );
    expect(leaked).toEqual([]);
  });

  it('logs in a client never seen before as a new person (any valid code)', async () => {
    const { browser, landing } = await eidLogin('client', {
      typed: '60002291230',
      method: 'smartid',
    });
    expect(landing.location).toBe(`${api.url}/auth/done?returnTo=%2Fminu`);
    expect(browser.cookie(api.url, 'reha_rt_client')).toBeDefined();
    const persons = await sql<{ id: string }>(`SELECT id FROM person WHERE isikukood_index = $1`, [
      index.exact(PERSON_ISIKUKOOD_DOMAIN, '60002291230'),
    ]);
    expect(persons).toHaveLength(1);
    expect(await sessionRows(persons[0]!.id)).toHaveLength(1);
  });

  it('logs in a staff member whose isikukood is linked', async () => {
    const before = await sessionsOf(staffUserId);
    const { browser, landing } = await eidLogin('admin', { identity: STAFF.isikukood });
    expect(landing.location).toBe(`${api.url}/admin/auth/done?returnTo=%2Fadmin%2Fclients`);
    expect(await sessionsOf(staffUserId)).toBe(before + 1);
    expect(browser.cookie(api.url, 'reha_rt_admin')).toBeDefined();
    expect((await sessionRows(staffUserId)).at(-1)).toEqual({
      subject_kind: 'staff',
      app: 'admin',
      method: 'eid',
      organization_id: organizationId,
    });
    const [row] = await sql<Record<string, unknown>>(
      `SELECT principal_kind, result FROM audit_event WHERE action = 'login.eid' AND actor_id = $1`,
      [staffUserId],
    );
    expect(row).toEqual({ principal_kind: 'staff', result: 'ok' });
  });

  it('sends an unlinked isikukood back to the staff login with EID_NOT_LINKED, no session', async () => {
    const { browser, landing } = await eidLogin('admin', { typed: UNLINKED });
    expect(landing.location).toBe(`${api.url}/admin/login?error=EID_NOT_LINKED`);
    expect(browser.cookie(api.url, 'reha_rt_admin')).toBeUndefined();
    const denied = await sql(
      `SELECT 1 FROM audit_event WHERE action = 'login.eid' AND result = 'denied' AND error_code = 'EID_NOT_LINKED'`,
    );
    expect(denied.length).toBeGreaterThan(0);
  });

  it('refuses a callback whose state was tampered with (EID_LOGIN_FAILED), and it stays spent', async () => {
    const browser = new Browser();
    const page = await follow(browser, `${api.url}/auth/client/eid/start`);
    const submitted = await submitLogin(browser, page, { identity: CLIENT.isikukood });
    // Provider → redirect_uri with code and state: change the state on the way.
    const toCallback = await browser.request(submitted.location!);
    const callback = new URL(toCallback.location!);
    expect(callback.pathname).toBe('/auth/client/eid/callback');
    const flowCookie = browser.cookie(api.url, 'reha_eid_client')!;
    callback.searchParams.set('state', `${callback.searchParams.get('state')}x`);
    const res = await browser.request(callback.toString());
    expect(res.location).toBe(`${api.url}/login?error=EID_LOGIN_FAILED`);
    expect(browser.cookie(api.url, 'reha_rt_client')).toBeUndefined();
    // The flow cookie was cleared; sent again with the genuine state it still fails (spent).
    expect(browser.cookie(api.url, 'reha_eid_client')).toBeUndefined();
    const fixed = new URL(toCallback.location!);
    const again = await fetch(fixed, {
      redirect: 'manual',
      headers: { cookie: `reha_eid_client=${flowCookie}` },
    });
    expect(again.headers.get('location')).toBe(`${api.url}/login?error=EID_LOGIN_FAILED`);
    const failed = await sql(
      `SELECT 1 FROM audit_event WHERE action = 'login.eid' AND error_code = 'EID_LOGIN_FAILED'`,
    );
    expect(failed.length).toBeGreaterThan(0);
  });

  it('refuses a replayed callback (same URL, same flow cookie): no second session', async () => {
    const browser = new Browser();
    const page = await follow(browser, `${api.url}/auth/admin/eid/start`);
    const submitted = await submitLogin(browser, page, { identity: STAFF.isikukood });
    const toCallback = await browser.request(submitted.location!);
    const flowCookie = browser.cookie(api.url, 'reha_eid_admin')!;
    const first = await browser.request(toCallback.location!);
    expect(first.location).toBe(`${api.url}/admin/auth/done?returnTo=%2Fadmin%2F`);
    const sessions = await sessionsOf(staffUserId);
    const replay = await fetch(toCallback.location!, {
      redirect: 'manual',
      headers: { cookie: `reha_eid_admin=${flowCookie}` },
    });
    expect(replay.headers.get('location')).toBe(`${api.url}/admin/login?error=EID_LOGIN_FAILED`);
    expect(await sessionsOf(staffUserId)).toBe(sessions);
  });

  it('sends a cancel at the provider back with EID_LOGIN_FAILED', async () => {
    const browser = new Browser();
    const page = await follow(browser, `${api.url}/auth/client/eid/start`);
    const abort = /<form method="post" action="([^"]+\/abort)"/.exec(page.text)![1]!;
    const res = await browser.request(new URL(abort, mock.issuer).toString(), {
      method: 'POST',
      body: 'lang=en',
    });
    const landing = await follow(browser, res.location!);
    expect(landing.location).toBe(`${api.url}/login?error=EID_LOGIN_FAILED`);
    expect(browser.cookie(api.url, 'reha_rt_client')).toBeUndefined();
  });

  it('lets a signed-in staff member link their isikukood through eID (one-time ticket), then log in with it', async () => {
    const { userId, token } = await fx.staffLogin(organizationId);
    const started = await graphql(
      api.url,
      `
        mutation {
          startEidLink(returnTo: "/admin/profile") {
            url
            expiresAt
          }
        }
      `,
      { token },
    );
    expect(started.body.errors).toBeUndefined();
    const { url } = started.body.data!.startEidLink as { url: string };
    expect(url.startsWith(`${api.url}/auth/admin/eid/link/start?ticket=`)).toBe(true);

    const browser = new Browser();
    const page = await follow(browser, url);
    expect(page.status).toBe(200);
    const submitted = await submitLogin(browser, page, { typed: TO_LINK, method: 'smartid' });
    const landing = await follow(browser, submitted.location!);
    expect(landing.location).toBe(`${api.url}/admin/profile?eidLinked=1`);
    const [row] = await sql<{ isikukood_index: Buffer }>(
      `SELECT isikukood_index FROM app_user WHERE id = $1`,
      [userId],
    );
    expect(row!.isikukood_index.equals(index.exact(STAFF_ISIKUKOOD_DOMAIN, TO_LINK))).toBe(true);

    // The ticket was one use only.
    const reused = await new Browser().request(url);
    expect(reused.location).toBe(`${api.url}/admin/?error=EID_LOGIN_FAILED`);

    // Now the code signs them in.
    const login = await eidLogin('admin', { typed: TO_LINK });
    expect(login.landing.location).toBe(`${api.url}/admin/auth/done?returnTo=%2Fadmin%2Fclients`);
    expect(await sessionsOf(userId)).toBe(1);
  });

  it('refuses to link a code another staff member has linked (CONFLICT), and refuses anonymous callers', async () => {
    const { userId, token } = await fx.staffLogin(organizationId);
    const started = await graphql(
      api.url,
      `
        mutation {
          startEidLink {
            url
          }
        }
      `,
      { token },
    );
    const { url } = started.body.data!.startEidLink as { url: string };
    const browser = new Browser();
    const page = await follow(browser, url);
    const submitted = await submitLogin(browser, page, { identity: STAFF.isikukood });
    const landing = await follow(browser, submitted.location!);
    expect(landing.location).toBe(`${api.url}/admin/?error=CONFLICT`);
    const [row] = await sql<{ isikukood_index: Buffer | null }>(
      `SELECT isikukood_index FROM app_user WHERE id = $1`,
      [userId],
    );
    expect(row!.isikukood_index).toBeNull();

    const anonymous = await graphql(
      api.url,
      `
        mutation {
          startEidLink {
            url
          }
        }
      `,
    );
    expect(anonymous.body.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    const person = await graphql(
      api.url,
      `
        mutation {
          startEidLink {
            url
          }
        }
      `,
      {
        token: fx.personToken('00000000-0000-4000-8000-000000000001'),
      },
    );
    expect(person.body.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
  });

  it('answers SERVICE_UNAVAILABLE when eID is not configured', async () => {
    const bare = await startApiAt(
      await freePort(),
      testEnv({
        DATABASE_URL: db.url,
        REDIS_URL: 'redis://127.0.0.1:6379',
        SMTP_URL: 'smtp://127.0.0.1:1',
      }),
    );
    try {
      const json = await fetch(`${bare.url}/auth/client/eid/start`, {
        redirect: 'manual',
        headers: { accept: 'application/json' },
      });
      expect(json.status).toBe(503);
      expect(((await json.json()) as { error: { code: string } }).error.code).toBe(
        'SERVICE_UNAVAILABLE',
      );
      const page = await fetch(`${bare.url}/auth/admin/eid/start`, {
        redirect: 'manual',
        headers: { accept: 'text/html' },
      });
      expect(page.status).toBe(303);
      expect(page.headers.get('location')).toBe(
        'http://reha.test/admin/login?error=SERVICE_UNAVAILABLE',
      );
      const unknownApp = await fetch(`${bare.url}/auth/stats/eid/start`, { redirect: 'manual' });
      expect(unknownApp.status).toBe(404);
      // No link ticket is handed out that could only fail.
      const staff = await fx.staffLogin(organizationId);
      const link = await graphql(
        bare.url,
        `
          mutation {
            startEidLink {
              url
            }
          }
        `,
        {
          token: staff.token,
        },
      );
      expect(link.body.errors?.[0]?.extensions.code).toBe('SERVICE_UNAVAILABLE');
    } finally {
      await bare.close();
    }
  });
});
