import { createHmac, randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ChildProcess } from 'node:child_process';
import { simpleParser } from 'mailparser';
import { startApi } from '../../../test/api-app';
import { CredentialsKit, ErrorBody, GrantBody } from '../../../test/credentials-kit';
import { createTestDatabase, TestDatabase } from '../../../test/database';
import { TEST_KEYS, testEnv } from '../../../test/env';
import { TestRedis } from '../../../test/redis-server';
import { TenancyFixtures } from '../../../test/tenancy-fixtures';
import { eventually, startWorker, stopWorker } from '../../../test/worker-process';
import { MailCaptureServer } from '../mail/capture-server';

const OLD_PASSWORD = 'kolm rohelist konna';
const NEW_PASSWORD = 'neli punast rebast';

describe('password reset by e-mail (real API, PostgreSQL, Redis, worker and SMTP capture)', () => {
  let db: TestDatabase;
  let redis: TestRedis;
  let capture: MailCaptureServer;
  let mailDir: string;
  let api: Awaited<ReturnType<typeof startApi>>;
  let worker: ChildProcess;
  let kit: CredentialsKit;
  let org: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    redis = new TestRedis();
    await redis.start();
    mailDir = mkdtempSync(join(tmpdir(), 'reha-reset-mail-'));
    capture = new MailCaptureServer({ dir: mailDir });
    await capture.start();
    const env = testEnv({
      DATABASE_URL: db.url,
      REDIS_URL: redis.url,
      SMTP_URL: `smtp://127.0.0.1:${capture.port}`,
      OUTBOX_SWEEP_INTERVAL_MS: '200',
    });
    api = await startApi(env);
    worker = startWorker(env);
    kit = new CredentialsKit(db.url, api.url);
    org = await new TenancyFixtures(db.url).organization();
  });
  afterAll(async () => {
    if (worker) await stopWorker(worker);
    await api?.close();
    await capture?.stop();
    await redis?.stop();
    await db?.drop();
    rmSync(mailDir, { recursive: true, force: true });
  });

  /** The link in the e-mail sent to `to`, once the worker has delivered it. */
  async function linkSentTo(to: string): Promise<{ link: string; subject: string; text: string }> {
    const message = await eventually(
      async () => capture.messages().find((m) => m.to.includes(to)),
      20000,
      `the reset e-mail to ${to}`,
    );
    const parsed = await simpleParser(readFileSync(join(mailDir, `${message.id}.eml`)));
    const text = parsed.text ?? '';
    const link = /https?:\/\/\S+/.exec(text)?.[0];
    if (!link) throw new Error(`no link in: ${text}`);
    return { link, subject: parsed.subject ?? '', text };
  }

  const tokenOf = (link: string) => new URL(link.replace('#/', '')).searchParams.get('token')!;

  it('resets a password end to end: the e-mailed link works once, and every session ends', async () => {
    const user = await kit.user({ password: OLD_PASSWORD, memberships: [{ organizationId: org }] });
    const { cookie } = await kit.login(user.email, OLD_PASSWORD);
    // Five failures lock the address; the reset clears that too.
    for (let i = 0; i < 5; i++)
      await kit.post('/auth/admin/login', { email: user.email, password: `wrong ${i}` });

    const requested = await kit.post(
      '/auth/admin/password-reset/request',
      { email: user.email },
      { locale: 'en' },
    );
    expect(requested.status).toBe(202);
    expect(requested.body).toBeUndefined();
    const mail = await linkSentTo(user.email);
    expect(mail.subject).toBe('Reha password reset');
    expect(mail.link).toMatch(
      /^http:\/\/reha\.test\/admin\/reset\?token=[0-9a-f-]{36}\.[A-Za-z0-9_-]{43}$/,
    );
    // The outbox row (PostgreSQL) holds the address and the link, nothing else about the user.
    const [row] = await kit.sql<{ payload: Record<string, string> }>(
      `SELECT payload FROM outbox_message WHERE kind = 'email'`,
    );
    expect(Object.keys(row!.payload).sort()).toEqual(['subject', 'text', 'to']);
    expect(row!.payload.text).not.toContain('Test staff');
    const token = tokenOf(mail.link);

    const weak = await kit.post<ErrorBody>(
      '/auth/admin/password-reset/confirm',
      { token, password: user.email },
      { locale: 'en' },
    );
    expect(weak.status).toBe(400);
    expect(weak.body.error).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [
        {
          field: 'password',
          key: 'PASSWORD_IS_EMAIL',
          message: 'The password must not be your e-mail address or the part of it before the @.',
        },
      ],
    });
    const short = await kit.post<ErrorBody>('/auth/admin/password-reset/confirm', {
      token,
      password: 'lühike',
    });
    expect(short.body.error.fields).toEqual([
      {
        field: 'password',
        key: 'TOO_SHORT',
        params: { min: 12 },
        message: 'Liiga lühike: vähemalt 12 märki.',
      },
    ]);

    const confirmed = await kit.post('/auth/admin/password-reset/confirm', {
      token,
      password: NEW_PASSWORD,
    });
    expect(confirmed.status).toBe(204);
    // The session that was open before has ended; the old password is gone; the lock too.
    expect((await kit.post<ErrorBody>('/auth/admin/refresh', {}, { cookie })).body.error.code).toBe(
      'SESSION_REVOKED',
    );
    expect(
      (
        await kit.post<ErrorBody>('/auth/admin/login', {
          email: user.email,
          password: OLD_PASSWORD,
        })
      ).body.error.code,
    ).toBe('INVALID_CREDENTIALS');
    const login = await kit.post<GrantBody>('/auth/admin/login', {
      email: user.email,
      password: NEW_PASSWORD,
    });
    expect(login.status).toBe(200);

    const again = await kit.post<ErrorBody>(
      '/auth/admin/password-reset/confirm',
      { token, password: 'veel üks uus parool' },
      { locale: 'en' },
    );
    expect(again.status).toBe(400);
    expect(again.body.error).toMatchObject({
      code: 'PASSWORD_RESET_INVALID',
      message: 'The password reset link has expired or was already used. Ask for a new one.',
    });
    expect(await kit.events('password-reset.request', `AND entity_id = '${user.id}'`)).toEqual([
      expect.objectContaining({ result: 'ok', organization_id: null }),
    ]);
    expect(
      (await kit.events('password-reset.confirm')).map((e) => [e.result, e.error_code, e.fields]),
    ).toEqual([
      ['denied', 'BAD_USER_INPUT', ['PASSWORD_IS_EMAIL']],
      ['denied', 'BAD_USER_INPUT', ['TOO_SHORT']],
      ['ok', null, ['password']],
      ['denied', 'PASSWORD_RESET_INVALID', ['used']],
    ]);
    const leaked = await kit.sql(
      `SELECT id FROM audit_event WHERE row_to_json(audit_event)::text ILIKE $1`,
      [`%${user.email}%`],
    );
    expect(leaked).toEqual([]);
  });

  it('answers 202 for an unknown address and sends nothing, and one e-mail a minute at most', async () => {
    const before = await kit.sql(`SELECT id FROM outbox_message`);
    const unknown = await kit.post('/auth/admin/password-reset/request', {
      email: 'nobody@reha.test',
    });
    expect(unknown.status).toBe(202);
    const user = await kit.user({ password: OLD_PASSWORD, memberships: [{ organizationId: org }] });
    for (let i = 0; i < 3; i++)
      expect(
        (await kit.post('/auth/admin/password-reset/request', { email: user.email })).status,
      ).toBe(202);
    const after = await kit.sql(`SELECT id FROM outbox_message`);
    expect(after.length - before.length).toBe(1);
    expect(await kit.events('password-reset.request', `AND entity_type = 'login_email'`)).toEqual([
      expect.objectContaining({
        result: 'denied',
        error_code: 'NOT_FOUND',
        entity_id: expect.stringMatching(/^[0-9a-f]{32}$/),
      }),
    ]);
    // An agency analyst's address at the staff door is "unknown" there.
    const analyst = await kit.user({ kind: 'agency', password: OLD_PASSWORD });
    await kit.post('/auth/admin/password-reset/request', { email: analyst.email });
    expect(await kit.sql(`SELECT id FROM password_reset WHERE user_id = $1`, [analyst.id])).toEqual(
      [],
    );
  });

  it('refuses forged and expired links (PASSWORD_RESET_INVALID) and changes nothing', async () => {
    const user = await kit.user({ password: OLD_PASSWORD, memberships: [{ organizationId: org }] });
    const sign = (id: string, expiresAt: Date) =>
      createHmac(
        'sha256',
        createHmac('sha256', Buffer.from(TEST_KEYS.REHA_JWT_SECRET, 'base64'))
          .update('reha:password-reset')
          .digest(),
      )
        .update(`${id}:${user.id}:${expiresAt.getTime()}`)
        .digest('base64url');
    // A link whose 30 minutes are over, correctly signed.
    const expiredId = randomUUID();
    const expiredAt = new Date(Date.now() - 60_000);
    await kit.sql(
      `INSERT INTO password_reset (id, user_id, app, created_at, expires_at) VALUES ($1, $2, 'admin', $3, $4)`,
      [expiredId, user.id, new Date(expiredAt.getTime() - 30 * 60_000), expiredAt],
    );
    const liveId = randomUUID();
    const liveUntil = new Date(Date.now() + 10 * 60_000);
    await kit.sql(
      `INSERT INTO password_reset (id, user_id, app, created_at, expires_at) VALUES ($1, $2, 'admin', now(), $3)`,
      [liveId, user.id, liveUntil],
    );
    const valid = `${liveId}.${sign(liveId, liveUntil)}`;
    const tampered = `${liveId}.${sign(liveId, liveUntil).replace(/^./, (c) => (c === 'A' ? 'B' : 'A'))}`;

    for (const [token, reason] of [
      [`${expiredId}.${sign(expiredId, expiredAt)}`, 'expired'],
      [tampered, 'forged'],
      [`${randomUUID()}.${'A'.repeat(43)}`, 'forged'],
      ['not-a-token', 'forged'],
    ] as const) {
      const res = await kit.post<ErrorBody>('/auth/admin/password-reset/confirm', {
        token,
        password: NEW_PASSWORD,
      });
      expect({ reason, status: res.status, code: res.body.error.code }).toEqual({
        reason,
        status: 400,
        code: 'PASSWORD_RESET_INVALID',
      });
    }
    // The same link at another front door is not valid either.
    const otherDoor = await kit.post<ErrorBody>('/auth/stats/password-reset/confirm', {
      token: valid,
      password: NEW_PASSWORD,
    });
    expect(otherDoor.body.error.code).toBe('PASSWORD_RESET_INVALID');
    expect((await kit.login(user.email, OLD_PASSWORD)).grant.user!.id).toBe(user.id);
    expect(
      await kit.sql(`SELECT id FROM password_reset WHERE user_id = $1 AND used_at IS NOT NULL`, [
        user.id,
      ]),
    ).toEqual([]);
    // The genuine one still works.
    expect(
      (
        await kit.post('/auth/admin/password-reset/confirm', {
          token: valid,
          password: NEW_PASSWORD,
        })
      ).status,
    ).toBe(204);
  });
});
