import { stack } from './stack';

const { baseUrl } = stack();

async function page(path: string): Promise<{ status: number; html: string; type: string }> {
  const res = await fetch(`${baseUrl}${path}`, { headers: { accept: 'text/html' } });
  return {
    status: res.status,
    html: await res.text(),
    type: res.headers.get('content-type') ?? '',
  };
}

async function graphql(query: string, locale?: string) {
  const res = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(locale ? { 'accept-language': locale } : {}),
    },
    body: JSON.stringify({ query }),
  });
  return (await res.json()) as {
    data?: { serverInfo?: { version: string; locales: string[] } };
    errors?: Array<{ message: string; extensions: { code: string } }>;
  };
}

describe('npm start without DATABASE_URL (embedded PostgreSQL, own Redis, SMTP capture)', () => {
  it('serves the three apps on one port, each at its own path', async () => {
    const client = await page('/');
    const admin = await page('/admin/');
    const stats = await page('/stats/');
    for (const p of [client, admin, stats]) {
      expect(p.status).toBe(200);
      expect(p.type).toMatch(/text\/html/);
    }
    expect(admin.html).toContain('/admin/assets/');
    expect(stats.html).toContain('/stats/assets/');
    expect(client.html).toMatch(/src="\/assets\//);
  });

  it('opens a deep link of an app with that app (history routing)', async () => {
    const deep = await page('/admin/some/deep/link');
    expect(deep.status).toBe(200);
    expect(deep.html).toContain('/admin/assets/');
    const redirect = await fetch(`${baseUrl}/stats`, { redirect: 'manual' });
    expect(redirect.status).toBe(301);
    expect(redirect.headers.get('location')).toBe('/stats/');
  });

  it('answers health and readiness with the database and Redis up', async () => {
    expect(await (await fetch(`${baseUrl}/health`)).json()).toEqual({ status: 'ok' });
    expect(await (await fetch(`${baseUrl}/ready`)).json()).toEqual({
      status: 'ready',
      checks: { database: 'up', redis: 'up' },
    });
  });

  it('answers GraphQL, and explains a broken query in Estonian by default and in English on request', async () => {
    const ok = await graphql('{ serverInfo { version locales } }');
    expect(ok.data?.serverInfo).toEqual({
      version: expect.stringMatching(/^\d+\.\d+\.\d+$/),
      locales: ['et', 'en', 'ru'],
    });
    const et = await graphql('{ serverInfo { version ');
    const en = await graphql('{ serverInfo { version ', 'en');
    expect(et.errors?.[0]?.extensions.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(en.errors?.[0]?.extensions.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(et.errors?.[0]?.message).not.toBe(en.errors?.[0]?.message);
    expect(en.errors?.[0]?.message).toMatch(/query/i);
  });
});
