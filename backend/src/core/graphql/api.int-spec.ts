import 'reflect-metadata';
import { Module } from '@nestjs/common';
import { Field, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { Public } from '../auth/require-permission';
import { createTestDatabase, TestDatabase } from '../../../test/database';
import { testEnv } from '../../../test/env';
import { graphql, startApi } from '../../../test/api-app';
import { TenancyFixtures } from '../../../test/tenancy-fixtures';

/** A recursive type that exists only in this test, to build queries of any depth. */
@ObjectType()
class Branch {
  @Field()
  name: string;
  @Field(() => Branch)
  child: Branch;
}

@Resolver(() => Branch)
class BranchResolver {
  @Public()
  @Query(() => Branch)
  tree(): Branch {
    const branch: Branch = { name: 'oks' } as Branch;
    branch.child = branch;
    return branch;
  }
}

@Module({ providers: [BranchResolver] })
class DepthProbeModule {}

function nested(depth: number): string {
  let selection = 'name';
  for (let i = 0; i < depth; i++) selection = `child { ${selection} }`;
  return `{ tree { ${selection} } }`;
}

describe('the API (real PostgreSQL and Redis)', () => {
  let db: TestDatabase;
  let api: Awaited<ReturnType<typeof startApi>>;
  const env = () =>
    testEnv({
      DATABASE_URL: db.url,
      REDIS_URL: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379',
      SMTP_URL: 'smtp://127.0.0.1:1',
      GRAPHQL_MAX_DEPTH: '6',
      GRAPHQL_MAX_COMPLEXITY: '40',
      BODY_LIMIT: '4kb',
      RATE_LIMIT_PER_MINUTE: '0',
    });

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await startApi(env(), [DepthProbeModule]);
  });

  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  it('answers /health and reports database and Redis up on /ready', async () => {
    expect(await (await fetch(`${api.url}/health`)).json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${api.url}/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({
      status: 'ready',
      checks: { database: 'up', redis: 'up' },
    });
  });

  it('tags every response with a request id, keeping a well-formed one from the proxy', async () => {
    const given = await fetch(`${api.url}/health`, {
      headers: { 'x-request-id': 'proxy-req-12345' },
    });
    expect(given.headers.get('x-request-id')).toBe('proxy-req-12345');
    const made = await fetch(`${api.url}/health`, {
      headers: { 'x-request-id': 'bad id with spaces' },
    });
    expect(made.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('serves the server facts to the SPAs', async () => {
    const { body } = await graphql(api.url, '{ serverInfo { version environment locales } }');
    expect(body.data).toEqual({
      serverInfo: {
        version: expect.stringMatching(/^\d+\.\d+\.\d+$/),
        environment: 'test',
        locales: ['et', 'en', 'ru'],
      },
    });
  });

  it('refuses a query deeper than the limit before running it, in the caller’s language', async () => {
    expect((await graphql(api.url, nested(5))).body.errors).toBeUndefined();
    const et = await graphql(api.url, nested(8));
    expect(et.body.data).toBeUndefined();
    expect(et.body.errors![0]!.extensions.code).toBe('QUERY_TOO_DEEP');
    expect(et.body.errors![0]!.message).toMatch(/6/);
    const en = await graphql(api.url, nested(8), { locale: 'en' });
    expect(en.body.errors![0]!.message).toMatch(/deep/i);
    const ru = await graphql(api.url, nested(8), { locale: 'ru' });
    expect(ru.body.errors![0]!.message).toMatch(/[а-я]/);
  });

  it('refuses a query whose cost is over the complexity limit', async () => {
    const aliases = Array.from({ length: 30 }, (_, i) => `a${i}: serverInfo { version }`).join(' ');
    const { body } = await graphql(api.url, `{ ${aliases} }`, { locale: 'en' });
    expect(body.errors![0]!.extensions.code).toBe('QUERY_TOO_COMPLEX');
    expect(body.errors![0]!.extensions.params).toEqual({ complexity: 60, max: 40 });
  });

  it('explains a malformed query with a stable code', async () => {
    const { body } = await graphql(api.url, '{ serverInfo { version ');
    expect(body.errors![0]!.extensions.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(body.errors![0]!.message).not.toMatch(/Syntax Error/); // the Estonian message; the parser's text is the detail
    expect(body.errors![0]!.extensions.detail).toMatch(/Syntax Error/);
    const unknown = await graphql(api.url, '{ serverInfo { colour } }');
    expect(unknown.body.errors![0]!.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('names each bad input field with a message in the caller’s language and writes nothing', async () => {
    const mutation =
      'mutation($input: SendTestEmailInput!) { sendTestEmail(input: $input) { id } }';
    const variables = {
      input: { to: 'not-an-address', subject: 'x'.repeat(201), idempotencyKey: 'k' },
    };
    // The test e-mail is the platform operator's (devtools.email).
    const token = new TenancyFixtures(db.url).operatorToken();
    const en = await graphql(api.url, mutation, { variables, locale: 'en', token });
    expect(en.body.errors![0]!.extensions.code).toBe('BAD_USER_INPUT');
    expect(en.body.errors![0]!.extensions.fields).toEqual([
      { field: 'input.to', key: 'INVALID_EMAIL', message: expect.stringMatching(/e-mail/i) },
      {
        field: 'input.subject',
        key: 'TOO_LONG',
        params: { max: 200 },
        message: expect.stringContaining('200'),
      },
    ]);
    const et = await graphql(api.url, mutation, { variables, locale: 'et', token });
    expect(
      (et.body.errors![0]!.extensions.fields as Array<{ message: string }>)[0]!.message,
    ).toMatch(/e-posti/i);
    const rows = await fetch(`${api.url}/ready`); // the app is still healthy
    expect(rows.status).toBe(200);
  });

  it('refuses an oversized body with PAYLOAD_TOO_LARGE', async () => {
    const res = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': 'en' },
      body: JSON.stringify({
        query: `{ serverInfo { version } }`,
        variables: { padding: 'x'.repeat(10_000) },
      }),
    });
    expect(res.status).toBe(413);
    const body = (await res.json()) as {
      errors: Array<{ message: string; extensions: { code: string } }>;
    };
    expect(body.errors[0]!.extensions.code).toBe('PAYLOAD_TOO_LARGE');
    expect(body.errors[0]!.message).toMatch(/large|big/i);
  });

  it('limits the request rate per client when a limit is configured', async () => {
    const limited = await startApi({ ...env(), RATE_LIMIT_PER_MINUTE: '3' });
    try {
      const codes: unknown[] = [];
      for (let i = 0; i < 4; i++) {
        const { body } = await graphql(limited.url, '{ serverInfo { version } }');
        codes.push(body.errors?.[0]?.extensions.code ?? 'ok');
      }
      expect(codes).toEqual(['ok', 'ok', 'ok', 'RATE_LIMITED']);
    } finally {
      await limited.close();
    }
  });
});
