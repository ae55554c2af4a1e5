import { processesOf } from './launcher-process';
import { stack } from './stack';

const { baseUrl, banner, dataDir } = stack();

/** As a browser navigating to a page asks for it. */
async function open(path: string): Promise<{ status: number; type: string; html: string }> {
  const res = await fetch(`${baseUrl}${path}`, {
    headers: { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' },
    redirect: 'manual',
  });
  return {
    status: res.status,
    type: res.headers.get('content-type') ?? '',
    html: await res.text(),
  };
}

/** The app's own module script, e.g. /admin/assets/index-abc.js. */
const entryScript = (html: string) => /<script[^>]+src="([^"]+\.js)"/.exec(html)?.[1];

interface GraphqlResponse {
  data?: { serverInfo?: { version: string; environment: string; now: string; locales: string[] } };
  errors?: Array<{ message: string; extensions: { code: string; params?: object } }>;
}

async function graphql(query: string, acceptLanguage?: string): Promise<GraphqlResponse> {
  const res = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(acceptLanguage ? { 'accept-language': acceptLanguage } : {}),
    },
    body: JSON.stringify({ query }),
  });
  return (await res.json()) as GraphqlResponse;
}

describe('npm start without DATABASE_URL serves the three apps, GraphQL and health on one port', () => {
  it('prints where everything is', () => {
    for (const path of ['/', '/admin/', '/stats/', '/graphql', '/health', '/ready', '/dev/mail'])
      expect(banner).toContain(`${baseUrl}${path}`);
  });

  it('runs its own PostgreSQL and redis-server next to the API and the worker', () => {
    // Global teardown checks that SIGTERM leaves none of these behind.
    const commands = processesOf(dataDir).map((p) => p.command);
    expect(commands).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/\/postgres -D \S+\/pg /),
        expect.stringMatching(/^postgres: checkpointer/),
        expect.stringMatching(/^\S*redis-server /),
        expect.stringMatching(/\/dev\/launcher\.js$/),
        expect.stringMatching(/\/main\.js$/),
        expect.stringMatching(/\/worker\.js$/),
      ]),
    );
  });

  it.each([
    ['client portal', '/', '/assets/'],
    ['staff app', '/admin/', '/admin/assets/'],
    ['agency statistics', '/stats/', '/stats/assets/'],
  ])('serves the %s at %s', async (_app, path, assets) => {
    const page = await open(path);
    expect(page.status).toBe(200);
    expect(page.type).toMatch(/^text\/html/);
    expect(page.html).toContain('<html lang="et">');
    const script = entryScript(page.html);
    expect(script?.startsWith(assets)).toBe(true);
    const js = await fetch(`${baseUrl}${script}`);
    expect(js.status).toBe(200);
    expect(js.headers.get('content-type')).toMatch(/javascript/);
    expect(js.headers.get('cache-control')).toContain('immutable');
  });

  it('opens a deep link with its own app (history routing), and a missing file is a real 404', async () => {
    const admin = await open('/admin/');
    const deep = await open('/admin/some/deep/link');
    expect(deep.status).toBe(200);
    expect(deep.html).toBe(admin.html);
    expect(entryScript((await open('/stats/reports/2025')).html)).toMatch(/^\/stats\/assets\//);
    expect(entryScript((await open('/minu/broneeringud')).html)).toMatch(/^\/assets\//);
    expect((await open('/admin/assets/gone-after-deploy.js')).status).toBe(404);
    const bare = await fetch(`${baseUrl}/stats`, { redirect: 'manual' });
    expect(bare.status).toBe(301);
    expect(bare.headers.get('location')).toMatch(/\/stats\/$/);
  });

  it('reports health, and readiness with the database and Redis up', async () => {
    const health = await fetch(`${baseUrl}/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${baseUrl}/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({
      status: 'ready',
      checks: { database: 'up', redis: 'up' },
    });
  });

  it('answers GraphQL with the server version and the three languages', async () => {
    const { data, errors } = await graphql('{ serverInfo { version environment now locales } }');
    expect(errors).toBeUndefined();
    expect(data?.serverInfo).toEqual({
      version: expect.stringMatching(/^\d+\.\d+\.\d+$/),
      environment: 'development',
      now: expect.any(String),
      locales: ['et', 'en', 'ru'],
    });
    expect(Math.abs(Date.parse(data!.serverInfo!.now) - Date.now())).toBeLessThan(60_000);
  });

  it('explains a broken query in Estonian by default, and in English when asked', async () => {
    const broken = '{ serverInfo { version ';
    const et = await graphql(broken);
    const en = await graphql(broken, 'en');
    expect(et.errors?.[0]?.extensions.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(en.errors?.[0]?.extensions.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(et.errors?.[0]?.message).toMatch(/^Päringut ei õnnestunud lugeda/);
    expect(en.errors?.[0]?.message).toMatch(/^The request could not be parsed/);
  });

  it('refuses a query nested deeper than the limit before running it', async () => {
    // The schema has nothing this deep yet; the depth check runs before field validation.
    let selection = 'version';
    for (let i = 0; i < 12; i++) selection = `level${i} { ${selection} }`;
    const res = await graphql(`{ serverInfo { ${selection} } }`, 'en');
    expect(res.data).toBeUndefined();
    const tooDeep = res.errors?.find((e) => e.extensions.code === 'QUERY_TOO_DEEP');
    expect(tooDeep?.extensions.params).toEqual({ max: 10 });
    expect(tooDeep?.message).toMatch(/^The query is too deep/);
  });
});
