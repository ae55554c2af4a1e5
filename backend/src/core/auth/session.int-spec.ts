import jwt from 'jsonwebtoken';
import type { Request, Response } from 'express';
import { graphql, startApi } from '../../../test/api-app';
import {
  CredentialsKit,
  ErrorBody,
  GrantBody,
  parseSetCookie,
} from '../../../test/credentials-kit';
import { createTestDatabase, TestDatabase } from '../../../test/database';
import { TEST_KEYS, testEnv } from '../../../test/env';
import { TenancyFixtures } from '../../../test/tenancy-fixtures';
import { SESSION_ISSUER, SessionIssuer } from './session-issuer';

const PASSWORD = 'kolm rohelist konna';

describe('sessions: refresh rotation, reuse, logout, CSRF, organization context (real API and PostgreSQL)', () => {
  let db: TestDatabase;
  let api: Awaited<ReturnType<typeof startApi>>;
  let kit: CredentialsKit;
  let fx: TenancyFixtures;
  let orgA: string;
  let orgB: string;
  let orgC: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await startApi(
      testEnv({
        DATABASE_URL: db.url,
        REDIS_URL: 'redis://127.0.0.1:6379',
        SMTP_URL: 'smtp://127.0.0.1:1',
      }),
    );
    kit = new CredentialsKit(db.url, api.url);
    fx = new TenancyFixtures(db.url);
    orgA = await fx.organization('Alfa');
    orgB = await fx.organization('Beeta');
    orgC = await fx.organization('Gamma');
  });
  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  async function staff(
    memberships: Array<{ organizationId: string; roles?: string[] }> = [{ organizationId: orgA }],
  ) {
    return kit.user({ password: PASSWORD, memberships });
  }

  const refresh = (cookie?: string, options: { csrf?: boolean; origin?: string } = {}) =>
    kit.post<GrantBody & ErrorBody>('/auth/admin/refresh', {}, { cookie, ...options });

  const cookieOf = (res: { cookies: Record<string, { value: string }> }) =>
    `reha_rt_admin=${res.cookies.reha_rt_admin!.value}`;

  const familyRows = (userId: string) =>
    kit.sql<{ used: boolean; revoked_reason: string | null }>(
      `SELECT used_at IS NOT NULL AS used, revoked_reason FROM auth_session
        WHERE subject_id = $1 ORDER BY created_at, used_at NULLS LAST`,
      [userId],
    );

  it('rotates the refresh token: each refresh answers a new access token and a new cookie', async () => {
    const user = await staff();
    const { cookie } = await kit.login(user.email, PASSWORD);

    const first = await refresh(cookie);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({
      user: { id: user.id },
      organizationId: orgA,
      memberships: [{ organizationId: orgA, organizationName: 'Alfa' }],
    });
    expect(jwt.decode(first.body.accessToken)).toMatchObject({ sub: user.id, org: orgA });
    expect(cookieOf(first)).not.toBe(cookie);
    expect(first.cookies.reha_rt_admin!.attributes).toMatchObject({
      path: '/auth/admin',
      httponly: true,
      samesite: 'Strict',
    });

    const second = await refresh(cookieOf(first));
    expect(second.status).toBe(200);
    expect(await familyRows(user.id)).toEqual([
      { used: true, revoked_reason: null },
      { used: true, revoked_reason: null },
      { used: false, revoked_reason: null },
    ]);
  });

  it('refresh reuse revokes the family', async () => {
    const user = await staff();
    const { cookie: stolen } = await kit.login(user.email, PASSWORD);
    const legitimate = await refresh(stolen);
    expect(legitimate.status).toBe(200);

    // The old token comes back: someone else holds a copy of it.
    const reuse = await refresh(stolen, {});
    expect(reuse.status).toBe(401);
    expect(reuse.body.error.code).toBe('SESSION_REVOKED');
    expect(reuse.cookies.reha_rt_admin!.value).toBe(''); // cleared

    // The newest token of the family is dead too: the thief cannot win the race either.
    const after = await refresh(cookieOf(legitimate));
    expect(after.status).toBe(401);
    expect(after.body.error.code).toBe('SESSION_REVOKED');
    expect(await familyRows(user.id)).toEqual([
      { used: true, revoked_reason: 'reuse' },
      { used: false, revoked_reason: 'reuse' },
    ]);
    const familyId = (
      await kit.sql<{ family_id: string }>(
        `SELECT DISTINCT family_id FROM auth_session WHERE subject_id = $1`,
        [user.id],
      )
    )[0]!.family_id;
    expect(await kit.events('session.reuse', `AND entity_id = '${familyId}'`)).toEqual([
      expect.objectContaining({
        result: 'denied',
        error_code: 'SESSION_REVOKED',
        entity_type: 'auth_session',
        organization_id: orgA,
        fields: ['reuse'],
      }),
    ]);
  });

  it('answers UNAUTHENTICATED without a cookie and SESSION_REVOKED for an unknown one', async () => {
    const none = await refresh();
    expect(none.status).toBe(401);
    expect(none.body.error.code).toBe('UNAUTHENTICATED');
    const forged = await refresh(`reha_rt_admin=${'x'.repeat(43)}`);
    expect(forged.body.error.code).toBe('SESSION_REVOKED');
  });

  it('logs out: the family is revoked, the cookie cleared, the event recorded', async () => {
    const user = await staff();
    const { cookie } = await kit.login(user.email, PASSWORD);
    const res = await kit.post('/auth/admin/logout', {}, { cookie });
    expect(res.status).toBe(204);
    expect(res.cookies.reha_rt_admin).toMatchObject({
      value: '',
      attributes: expect.objectContaining({ path: '/auth/admin' }),
    });
    expect((await refresh(cookie)).body.error.code).toBe('SESSION_REVOKED');
    expect(await familyRows(user.id)).toEqual([{ used: false, revoked_reason: 'logout' }]);
    expect(await kit.events('logout', `AND organization_id = '${orgA}'`)).toContainEqual(
      expect.objectContaining({ result: 'ok', entity_type: 'auth_session' }),
    );
  });

  it('refuses cookie requests without X-Reha-CSRF or from another origin (CSRF_REJECTED), changing nothing', async () => {
    const user = await staff();
    const { cookie } = await kit.login(user.email, PASSWORD);
    const before = await familyRows(user.id);

    for (const [path, options] of [
      ['/auth/admin/refresh', { csrf: false }],
      ['/auth/admin/refresh', { origin: 'https://evil.example' }],
      ['/auth/admin/logout', { csrf: false }],
      ['/auth/admin/context', { origin: 'http://reha.test.evil.example' }],
    ] as const) {
      const res = await kit.post<ErrorBody>(
        path,
        { organizationId: orgA },
        { cookie, ...options, locale: 'en' },
      );
      expect({ path, status: res.status, code: res.body.error.code }).toEqual({
        path,
        status: 403,
        code: 'CSRF_REJECTED',
      });
      expect(res.body.error.message).toBe(
        'The request was refused for security reasons. Reload the page.',
      );
      expect(res.cookies).toEqual({});
    }
    expect(await familyRows(user.id)).toEqual(before);
    expect(await kit.events('session.refresh', `AND error_code = 'CSRF_REJECTED'`)).toHaveLength(2);
    // A login form posted from another site is refused too.
    const login = await kit.post<ErrorBody>(
      '/auth/admin/login',
      { email: user.email, password: PASSWORD },
      { origin: 'https://evil.example' },
    );
    expect(login.body.error.code).toBe('CSRF_REJECTED');
    // Same origin is fine.
    expect((await refresh(cookie, { origin: 'http://reha.test' })).status).toBe(200);
  });

  it('switches the organization; a non-member organization is FORBIDDEN and changes nothing', async () => {
    const user = await staff([
      { organizationId: orgB, roles: ['accountant'] },
      { organizationId: orgA, roles: ['specialist'] },
    ]);
    const { grant, cookie } = await kit.login(user.email, PASSWORD);
    expect(grant.organizationId).toBe(orgA); // the first by name
    expect(grant.memberships.map((m) => m.organizationName)).toEqual(['Alfa', 'Beeta']);

    const switched = await kit.post<GrantBody>(
      '/auth/admin/context',
      { organizationId: orgB },
      { cookie },
    );
    expect(switched.status).toBe(200);
    expect(switched.body.organizationId).toBe(orgB);
    expect(jwt.decode(switched.body.accessToken)).toMatchObject({ org: orgB });
    const me = await graphql(
      api.url,
      `
        {
          me {
            organizationId
            roles
          }
        }
      `,
      {
        token: switched.body.accessToken,
      },
    );
    expect(me.body.data).toEqual({ me: { organizationId: orgB, roles: ['accountant'] } });

    const refused = await kit.post<ErrorBody>(
      '/auth/admin/context',
      { organizationId: orgC },
      { cookie },
    );
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('FORBIDDEN');
    expect(await kit.events('session.context', `AND entity_id = '${orgC}'`)).toEqual([
      expect.objectContaining({ result: 'denied', error_code: 'FORBIDDEN', organization_id: null }),
    ]);
    // The session still works in the organization chosen before.
    const later = await refresh(cookie);
    expect(later.body.organizationId).toBe(orgB);
    const malformed = await kit.post<ErrorBody>(
      '/auth/admin/context',
      { organizationId: 'x' },
      { cookie: cookieOf(later) },
    );
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.fields).toEqual([
      expect.objectContaining({ field: 'organizationId', key: 'INVALID_VALUE' }),
    ]);
  });

  it('lists my sessions, marks this one, and ends another one or all of them', async () => {
    const user = await staff();
    const other = await staff();
    const laptop = await kit.login(user.email, PASSWORD);
    const phone = await kit.login(user.email, PASSWORD);
    const stranger = await kit.login(other.email, PASSWORD);
    const token = laptop.grant.accessToken;

    const list = await graphql(
      api.url,
      `
        {
          mySessions {
            id
            app
            method
            startedAt
            lastUsedAt
            expiresAt
            userAgent
            ip
            current
          }
        }
      `,
      { token },
    );
    const sessions = list.body.data!.mySessions as Array<Record<string, unknown>>;
    expect(sessions).toHaveLength(2);
    expect(sessions.filter((s) => s.current)).toEqual([
      expect.objectContaining({
        id: (jwt.decode(token) as { sid: string }).sid,
        app: 'admin',
        method: 'password',
        userAgent: 'credentials-kit',
        ip: expect.stringMatching(/127\.0\.0\.1/),
      }),
    ]);
    const phoneSession = sessions.find((s) => !s.current)!.id as string;

    // Another user's session is not mine to end: not found.
    const strangerSid = (jwt.decode(stranger.grant.accessToken) as { sid: string }).sid;
    const foreign = await graphql(
      api.url,
      `
        mutation ($id: ID!) {
          revokeSession(id: $id)
        }
      `,
      {
        token,
        variables: { id: strangerSid },
      },
    );
    expect(foreign.body.errors![0]!.extensions.code).toBe('NOT_FOUND');
    expect((await refresh(stranger.cookie)).status).toBe(200);

    const revoked = await graphql(
      api.url,
      `
        mutation ($id: ID!) {
          revokeSession(id: $id)
        }
      `,
      {
        token,
        variables: { id: phoneSession },
      },
    );
    expect(revoked.body.data).toEqual({ revokeSession: true });
    expect((await refresh(phone.cookie)).body.error.code).toBe('SESSION_REVOKED');
    expect(await kit.events('session.revoke', `AND entity_id = '${phoneSession}'`)).toEqual([
      expect.objectContaining({ result: 'ok', actor_id: user.id }),
    ]);

    const everywhere = await graphql(
      api.url,
      `
        mutation {
          logoutEverywhere
        }
      `,
      { token },
    );
    expect(everywhere.body.data).toEqual({ logoutEverywhere: 1 });
    expect((await refresh(laptop.cookie)).body.error.code).toBe('SESSION_REVOKED');
  });

  it('refuses a client-portal (person) token on a staff operation, and expired or forged tokens', async () => {
    const personToken = fx.personToken('6f1c2a9e-52a1-4c36-9b7e-0d9b0c1f3a11');
    const asPerson = await graphql(
      api.url,
      `
        {
          mySessions {
            id
          }
        }
      `,
      { token: personToken },
    );
    expect(asPerson.body.errors![0]!.extensions.code).toBe('FORBIDDEN');
    expect(await kit.events('denied', `AND entity_type = 'mySessions'`)).toContainEqual(
      expect.objectContaining({ principal_kind: 'person', error_code: 'FORBIDDEN' }),
    );

    const user = await staff();
    const secret = Buffer.from(TEST_KEYS.REHA_JWT_SECRET, 'base64');
    const expired = jwt.sign(
      { kind: 'staff', org: orgA, exp: Math.floor(Date.now() / 1000) - 1 },
      secret,
      {
        subject: user.id,
        audience: 'admin',
        issuer: 'reha',
      },
    );
    const forged = jwt.sign({ kind: 'staff', org: orgA }, 'another-secret-another-secret-32', {
      subject: user.id,
      audience: 'admin',
      issuer: 'reha',
    });
    for (const token of [expired, forged]) {
      const res = await graphql(
        api.url,
        `
          {
            me {
              id
            }
          }
        `,
        { token },
      );
      expect(res.status).toBe(401);
      expect(res.body.errors![0]!.extensions.code).toBe('UNAUTHENTICATED');
    }
  });

  it('starts sessions for eID login through the SessionIssuer (a person at the client portal)', async () => {
    const [person] = await kit.sql<{ id: string }>(
      `INSERT INTO person (isikukood_index) VALUES ('\\x0102') RETURNING id`,
    );
    const issuer = api.app.get<SessionIssuer>(SESSION_ISSUER);
    const setCookies: string[] = [];
    const req = { headers: { 'user-agent': 'eid-browser' }, ip: '127.0.0.1' } as unknown as Request;
    const res = {
      cookie: (name: string, value: string, options: { path: string; httpOnly: boolean }) =>
        setCookies.push(
          `${name}=${value}; Path=${options.path}${options.httpOnly ? '; HttpOnly' : ''}`,
        ),
    } as unknown as Response;

    await issuer.start(req, res, 'client', { kind: 'person', id: person!.id, method: 'eid' });

    const [name, cookie] = parseSetCookie(setCookies[0]!);
    expect(name).toBe('reha_rt_client');
    expect(cookie.attributes).toMatchObject({ path: '/auth/client', httponly: true });
    const refreshed = await kit.post<GrantBody>(
      '/auth/client/refresh',
      {},
      { cookie: `reha_rt_client=${cookie.value}` },
    );
    expect(refreshed.status).toBe(200);
    expect(refreshed.body).toMatchObject({ user: null, memberships: [], organizationId: null });
    expect(jwt.decode(refreshed.body.accessToken)).toMatchObject({
      sub: person!.id,
      aud: 'client',
      kind: 'person',
    });
    // A person's session at the staff door is refused.
    await expect(
      issuer.start(req, res, 'admin', { kind: 'person', id: person!.id, method: 'eid' }),
    ).rejects.toThrow('FORBIDDEN');
    expect(await kit.events('session.start', `AND principal_kind = 'person'`)).toEqual([
      expect.objectContaining({ actor_id: person!.id, fields: ['client', 'eid'] }),
    ]);
  });
});
