import jwt from 'jsonwebtoken';
import { graphql, startApi } from '../../../test/api-app';
import { CredentialsKit, ErrorBody, GrantBody } from '../../../test/credentials-kit';
import { createTestDatabase, TestDatabase } from '../../../test/database';
import { TEST_KEYS, testEnv } from '../../../test/env';
import { TenancyFixtures } from '../../../test/tenancy-fixtures';
import { rotateDataKeys } from '../../cli/keys';
import { parseMasterKeyring } from '../crypto/master-keys';
import { BlindIndexer } from '../crypto/blind-index';
import { loginEmailKey } from './credentials.service';
import { totpCode } from './totp';

const PASSWORD = 'kolm rohelist konna';

describe('staff login: passwords, lockout and TOTP (real API and PostgreSQL)', () => {
  let db: TestDatabase;
  let api: Awaited<ReturnType<typeof startApi>>;
  let kit: CredentialsKit;
  let fx: TenancyFixtures;
  let org: string;

  const env = (extra: Record<string, string> = {}) =>
    testEnv({
      DATABASE_URL: db.url,
      REDIS_URL: 'redis://127.0.0.1:6379',
      SMTP_URL: 'smtp://127.0.0.1:1',
      ...extra,
    });

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await startApi(env());
    kit = new CredentialsKit(db.url, api.url);
    fx = new TenancyFixtures(db.url);
    org = await fx.organization('Päikese Rehabilitatsioonikeskus');
  });
  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  const sessionsOf = (userId: string) =>
    kit.sql(`SELECT id FROM auth_session WHERE subject_id = $1`, [userId]);

  /** Turns TOTP on through the API as the user would; returns the secret and recovery codes. */
  async function enableTotp(email: string): Promise<{ secret: string; recoveryCodes: string[] }> {
    const { grant } = await kit.login(email, PASSWORD);
    const started = await graphql(
      api.url,
      `
        mutation {
          startTotpEnrolment {
            secret
            otpauthUrl
            qrSvg
          }
        }
      `,
      { token: grant.accessToken },
    );
    const { secret } = started.body.data!.startTotpEnrolment as { secret: string };
    const confirmed = await graphql(
      api.url,
      `
        mutation ($code: String!) {
          confirmTotpEnrolment(code: $code)
        }
      `,
      { token: grant.accessToken, variables: { code: totpCode(secret) } },
    );
    expect(confirmed.body.errors).toBeUndefined();
    return { secret, recoveryCodes: confirmed.body.data!.confirmTotpEnrolment as string[] };
  }

  it('signs a staff member in: an access token for their organization, the refresh cookie, an audit event', async () => {
    const user = await kit.user({ password: PASSWORD, memberships: [{ organizationId: org }] });

    const res = await kit.post<GrantBody>('/auth/admin/login', {
      email: user.email.toUpperCase(),
      password: PASSWORD,
    });

    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      accessToken: expect.any(String),
      expiresAt: expect.any(String),
      user: { id: user.id, displayName: 'Test staff', email: user.email, totpEnabled: false },
      memberships: [
        {
          organizationId: org,
          organizationName: 'Päikese Rehabilitatsioonikeskus',
          roles: ['organization-admin'],
        },
      ],
      organizationId: org,
    });
    const lifetime = Date.parse(res.body.expiresAt) - Date.now();
    expect(lifetime).toBeGreaterThan(14 * 60_000);
    expect(lifetime).toBeLessThanOrEqual(15 * 60_000);
    const claims = jwt.decode(res.body.accessToken) as jwt.JwtPayload;
    expect(claims).toMatchObject({ sub: user.id, aud: 'admin', kind: 'staff', org });
    expect(claims.exp! - claims.iat!).toBe(900);

    const cookie = res.cookies.reha_rt_admin!;
    expect(cookie.value).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(cookie.attributes).toMatchObject({
      path: '/auth/admin',
      httponly: true,
      samesite: 'Strict',
    });
    expect(cookie.attributes.secure).toBeUndefined(); // PUBLIC_URL is http here
    // The token opens the API as this user in this organization.
    const me = await graphql(
      api.url,
      `
        {
          me {
            id
            organizationId
            roles
            totpEnabled
          }
        }
      `,
      {
        token: res.body.accessToken,
      },
    );
    expect(me.body.data).toEqual({
      me: { id: user.id, organizationId: org, roles: ['organization-admin'], totpEnabled: false },
    });
    // Recorded by the user, in their organization's log.
    expect(await kit.events('login', `AND entity_id = '${user.id}'`)).toEqual([
      expect.objectContaining({
        result: 'ok',
        principal_kind: 'staff',
        actor_id: user.id,
        organization_id: org,
        fields: ['password'],
      }),
    ]);
    // Only the token's hash is stored.
    const stored = await kit.sql<{ token_hash: Buffer }>(
      `SELECT token_hash FROM auth_session WHERE subject_id = $1`,
      [user.id],
    );
    expect(stored).toHaveLength(1);
    expect(stored[0]!.token_hash.toString('base64url')).not.toBe(cookie.value);
  });

  it('answers INVALID_CREDENTIALS alike for a wrong password and an unknown address, in the caller’s language, and records no address', async () => {
    const user = await kit.user({ password: PASSWORD, memberships: [{ organizationId: org }] });
    const unknown = `nobody-${user.id.slice(0, 8)}@reha.test`;

    const wrong = await kit.post<ErrorBody>(
      '/auth/admin/login',
      { email: user.email, password: 'not the password' },
      { locale: 'en' },
    );
    const nobody = await kit.post<ErrorBody>(
      '/auth/admin/login',
      { email: unknown, password: 'not the password' },
      { locale: 'en' },
    );
    const estonian = await kit.post<ErrorBody>('/auth/admin/login', {
      email: unknown,
      password: 'x',
    });

    for (const res of [wrong, nobody]) {
      expect(res.status).toBe(401);
      expect(res.body.error).toMatchObject({
        code: 'INVALID_CREDENTIALS',
        message: 'Wrong e-mail address or password.',
      });
      expect(res.cookies).toEqual({});
    }
    expect(estonian.body.error.message).toBe('Vale e-posti aadress või parool.');
    expect(await sessionsOf(user.id)).toEqual([]);
    const events = await kit.events('login', `AND result = 'denied'`);
    expect(events).toContainEqual(
      expect.objectContaining({
        error_code: 'INVALID_CREDENTIALS',
        entity_type: 'app_user',
        entity_id: user.id,
        organization_id: null,
      }),
    );
    expect(events).toContainEqual(
      expect.objectContaining({
        error_code: 'INVALID_CREDENTIALS',
        entity_type: 'login_email',
        entity_id: expect.stringMatching(/^[0-9a-f]{32}$/),
      }),
    );
    const leaked = await kit.sql(
      `SELECT id FROM audit_event WHERE row_to_json(audit_event)::text ILIKE $1`,
      [`%${unknown.split('@')[0]}%`],
    );
    expect(leaked).toEqual([]);
  });

  it('locks the address after five failures in a row, even against the right password, and says for how long', async () => {
    const user = await kit.user({ password: PASSWORD, memberships: [{ organizationId: org }] });
    const attempt = (password: string) =>
      kit.post<ErrorBody>('/auth/admin/login', { email: user.email, password }, { locale: 'en' });

    for (let i = 1; i <= 4; i++)
      expect((await attempt(`wrong ${i}`)).body.error.code).toBe('INVALID_CREDENTIALS');
    const fifth = await attempt('wrong 5');
    expect(fifth.status).toBe(423);
    expect(fifth.body.error).toEqual({
      code: 'ACCOUNT_LOCKED',
      message: 'Too many failed sign-in attempts. Try again in 60 seconds.',
      params: { retryAfter: 60 },
      requestId: expect.any(String),
    });
    expect(fifth.headers.get('retry-after')).toBe('60');

    const right = await attempt(PASSWORD);
    expect(right.status).toBe(423);
    expect(right.body.error.code).toBe('ACCOUNT_LOCKED');
    expect(right.body.error.params!.retryAfter).toBeGreaterThan(55);
    expect(right.body.error.params!.retryAfter).toBeLessThanOrEqual(60);
    expect(await sessionsOf(user.id)).toEqual([]);
    expect(await kit.events('login.lockout', `AND entity_id = '${user.id}'`)).toEqual([
      expect.objectContaining({ result: 'denied', error_code: 'ACCOUNT_LOCKED' }),
    ]);
    expect(
      await kit.events('login', `AND entity_id = '${user.id}' AND error_code = 'ACCOUNT_LOCKED'`),
    ).toHaveLength(1);

    // The minute passes (moved in the database): the right password works and clears the count.
    await kit.sql(`UPDATE login_throttle SET locked_until = now() - interval '1 second'`);
    expect((await attempt(PASSWORD)).status).toBe(200);
    expect(
      await kit.sql(
        `SELECT failed_count, locked_until FROM login_throttle WHERE subject_hash = $1`,
        [
          loginEmailKey(
            new BlindIndexer(Buffer.from(TEST_KEYS.REHA_INDEX_KEY, 'base64')),
            user.email,
          ),
        ],
      ),
    ).toEqual([]);
    for (let i = 1; i <= 4; i++) expect((await attempt(`wrong ${i}`)).status).toBe(401);
    expect((await attempt(PASSWORD)).status).toBe(200);
  });

  it('locks an unknown address exactly like a known one (the lockout tells nothing)', async () => {
    for (let i = 1; i <= 4; i++)
      expect(
        (
          await kit.post<ErrorBody>('/auth/admin/login', {
            email: 'ghost@reha.test',
            password: 'x',
          })
        ).body.error.code,
      ).toBe('INVALID_CREDENTIALS');
    const fifth = await kit.post<ErrorBody>('/auth/admin/login', {
      email: 'Ghost@Reha.test',
      password: 'x',
    });
    expect(fifth.status).toBe(423);
    expect(fifth.body.error.params).toEqual({ retryAfter: 60 });
  });

  it('asks for the TOTP code, refuses a wrong one and a replayed one, and accepts each code once', async () => {
    const user = await kit.user({ password: PASSWORD, memberships: [{ organizationId: org }] });
    const { secret } = await enableTotp(user.email);
    const login = (totp?: string) =>
      kit.post<ErrorBody>('/auth/admin/login', { email: user.email, password: PASSWORD, totp });

    const missing = await login();
    expect(missing.status).toBe(401);
    expect(missing.body.error.code).toBe('TOTP_REQUIRED');

    const wrong = await login(totpCode(secret, new Date(Date.now() - 10 * 60_000)));
    expect(wrong.status).toBe(401);
    expect(wrong.body.error.code).toBe('TOTP_INVALID');
    expect(await kit.events('login.totp', `AND entity_id = '${user.id}'`)).toEqual([
      expect.objectContaining({ result: 'denied', error_code: 'TOTP_INVALID' }),
    ]);

    // The code of the next step (the app runs a little ahead): not used by the enrolment.
    const code = totpCode(secret, new Date(Date.now() + 30_000));
    const ok = await login(code);
    expect(ok.status).toBe(200);
    expect((ok.body as unknown as GrantBody).user!.totpEnabled).toBe(true);
    const replayed = await login(code);
    expect(replayed.body.error.code).toBe('TOTP_INVALID');
    // An earlier step's code is no good either once a later one was used.
    expect((await login(totpCode(secret))).body.error.code).toBe('TOTP_INVALID');
    expect(await kit.events('login', `AND entity_id = '${user.id}' AND result = 'ok'`)).toEqual([
      expect.objectContaining({ fields: ['password'] }), // the enrolment's own login
      expect.objectContaining({ fields: ['password', 'totp'] }),
    ]);
  });

  it('lets each recovery code in once', async () => {
    const user = await kit.user({ password: PASSWORD, memberships: [{ organizationId: org }] });
    const { recoveryCodes } = await enableTotp(user.email);
    expect(recoveryCodes).toHaveLength(10);
    const code = recoveryCodes[3]!;

    const first = await kit.post<GrantBody>('/auth/admin/login', {
      email: user.email,
      password: PASSWORD,
      totp: code.toLowerCase(),
    });
    expect(first.status).toBe(200);
    const me = await graphql(
      api.url,
      `
        {
          me {
            recoveryCodesLeft
          }
        }
      `,
      {
        token: first.body.accessToken,
      },
    );
    expect(me.body.data).toEqual({ me: { recoveryCodesLeft: 9 } });
    const again = await kit.post<ErrorBody>('/auth/admin/login', {
      email: user.email,
      password: PASSWORD,
      totp: code,
    });
    expect(again.body.error.code).toBe('TOTP_INVALID');
    expect(
      await kit.events('login', `AND entity_id = '${user.id}' AND result = 'ok'`),
    ).toContainEqual(expect.objectContaining({ fields: ['password', 'recovery-code'] }));
  });

  it('refuses a wrong enrolment code and disabling without a current code, changing nothing', async () => {
    const user = await kit.user({ password: PASSWORD, memberships: [{ organizationId: org }] });
    const { grant } = await kit.login(user.email, PASSWORD);
    const token = grant.accessToken;
    const started = await graphql(
      api.url,
      `
        mutation {
          startTotpEnrolment {
            secret
            otpauthUrl
            qrSvg
          }
        }
      `,
      {
        token,
      },
    );
    const enrolment = started.body.data!.startTotpEnrolment as Record<string, string>;
    expect(enrolment.otpauthUrl).toContain(`secret=${enrolment.secret}`);
    expect(enrolment.qrSvg).toMatch(/^<svg /);

    const wrong = await graphql(
      api.url,
      `
        mutation {
          confirmTotpEnrolment(code: "000000")
        }
      `,
      {
        token,
        locale: 'en',
      },
    );
    if (totpCode(enrolment.secret) !== '000000') {
      expect(wrong.body.errors![0]!.extensions.code).toBe('TOTP_INVALID');
      const [row] = await kit.sql(
        `SELECT totp_enabled_at FROM user_credential WHERE user_id = $1`,
        [user.id],
      );
      expect(row).toEqual({ totp_enabled_at: null });
    }
    await graphql(
      api.url,
      `
        mutation ($c: String!) {
          confirmTotpEnrolment(code: $c)
        }
      `,
      {
        token,
        variables: { c: totpCode(enrolment.secret) },
      },
    );
    const again = await graphql(
      api.url,
      `
        mutation {
          startTotpEnrolment {
            secret
          }
        }
      `,
      { token },
    );
    expect(again.body.errors![0]!.extensions.code).toBe('CONFLICT');

    const refused = await graphql(
      api.url,
      `
        mutation ($c: String!) {
          disableTotp(code: $c)
        }
      `,
      { token, variables: { c: totpCode(enrolment.secret, new Date(Date.now() - 5 * 60_000)) } },
    );
    expect(refused.body.errors![0]!.extensions.code).toBe('TOTP_INVALID');
    expect(await kit.events('totp.disable', `AND entity_id = '${user.id}'`)).toEqual([
      expect.objectContaining({ result: 'denied', error_code: 'TOTP_INVALID', actor_id: user.id }),
    ]);
    const [still] = await kit.sql<{ on: boolean }>(
      `SELECT totp_enabled_at IS NOT NULL AS on FROM user_credential WHERE user_id = $1`,
      [user.id],
    );
    expect(still).toEqual({ on: true });

    const disabled = await graphql(
      api.url,
      `
        mutation ($c: String!) {
          disableTotp(code: $c)
        }
      `,
      {
        token,
        variables: { c: totpCode(enrolment.secret, new Date(Date.now() + 30_000)) },
      },
    );
    expect(disabled.body.data).toEqual({ disableTotp: true });
    expect((await kit.login(user.email, PASSWORD)).grant.user!.totpEnabled).toBe(false);
  });

  it('lets each kind of user in at its own front door only', async () => {
    const analyst = await kit.user({ kind: 'agency', password: PASSWORD, agencyCode: 'SKA' });
    const operator = await kit.user({ kind: 'operator', password: PASSWORD });

    const wrongDoor = await kit.post<ErrorBody>('/auth/admin/login', {
      email: analyst.email,
      password: PASSWORD,
    });
    expect(wrongDoor.body.error.code).toBe('INVALID_CREDENTIALS');

    const stats = await kit.post<GrantBody>('/auth/stats/login', {
      email: analyst.email,
      password: PASSWORD,
    });
    expect(stats.status).toBe(200);
    expect(stats.body).toMatchObject({ memberships: [], organizationId: null });
    expect(jwt.decode(stats.body.accessToken)).toMatchObject({
      aud: 'stats',
      kind: 'agency',
      agency: 'SKA',
    });
    expect(stats.cookies.reha_rt_stats!.attributes.path).toBe('/auth/stats');

    const op = await kit.post<GrantBody>('/auth/operator/login', {
      email: operator.email,
      password: PASSWORD,
    });
    expect(jwt.decode(op.body.accessToken)).toMatchObject({ aud: 'operator', kind: 'operator' });

    const portal = await kit.post<ErrorBody>('/auth/client/login', {
      email: analyst.email,
      password: PASSWORD,
    });
    expect(portal.status).toBe(404);
  });

  it('refuses a staff member without any organization (FORBIDDEN, audited)', async () => {
    const user = await kit.user({ password: PASSWORD });
    const res = await kit.post<ErrorBody>('/auth/admin/login', {
      email: user.email,
      password: PASSWORD,
    });
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('FORBIDDEN');
    expect(await kit.events('login', `AND entity_id = '${user.id}'`)).toEqual([
      expect.objectContaining({ result: 'denied', error_code: 'FORBIDDEN' }),
    ]);
    expect(await sessionsOf(user.id)).toEqual([]);
  });

  it('keeps TOTP secrets sealed at rest, and usable after master-key rotation', async () => {
    const user = await kit.user({ password: PASSWORD, memberships: [{ organizationId: org }] });
    const { secret } = await enableTotp(user.email);
    const [row] = await kit.sql<{ totp_secret: Buffer }>(
      `SELECT totp_secret FROM user_credential WHERE user_id = $1`,
      [user.id],
    );
    expect(row!.totp_secret.toString('latin1')).not.toContain(secret);
    expect(await kit.sql(`SELECT purpose, master_key_id FROM platform_key`)).toEqual([
      { purpose: 'credentials', master_key_id: 'test1' },
    ]);

    const newKey = `k2:${Buffer.alloc(32, 42).toString('base64')}`;
    const result = await rotateDataKeys(
      db.url,
      parseMasterKeyring(newKey, TEST_KEYS.REHA_MASTER_KEY),
    );
    expect(result.platformKeys).toBe(1);
    expect(await kit.sql(`SELECT master_key_id FROM platform_key`)).toEqual([
      { master_key_id: 'k2' },
    ]);

    const rotated = await startApi(env({ REHA_MASTER_KEY: newKey }));
    try {
      const kit2 = new CredentialsKit(db.url, rotated.url);
      const res = await kit2.post('/auth/admin/login', {
        email: user.email,
        password: PASSWORD,
        totp: totpCode(secret, new Date(Date.now() + 30_000)),
      });
      expect(res.status).toBe(200);
    } finally {
      await rotated.close();
    }
  });
});
