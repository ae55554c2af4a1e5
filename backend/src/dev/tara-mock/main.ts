import { generateKeyPairSync, randomBytes, randomUUID } from 'node:crypto';
import { createServer, IncomingMessage, ServerResponse } from 'node:http';
import { isValidIsikukood } from '@reha/shared';
import type * as OidcProvider from 'oidc-provider' with { 'resolution-mode': 'import' };
import { claimsFor, MockIdentity, parseIdentities } from './identities';
import { errorPage, loginPage, methodsForScope, pageLocale } from './page';

/**
 * A local OpenID Connect provider that plays TARA (the Estonian state authentication service)
 * for development and tests: `sub` = `EE` + isikukood, `profile_attributes`, `amr` (idcard,
 * mID, smartid) and `acr` in the ID token, TARA's endpoint paths (/oidc/authorize, /oidc/token,
 * /oidc/jwks, /oidc/profile), one fixed client from the environment, and a login page that
 * offers the three methods and a list of test people instead of a real ID-card or phone.
 *
 * oidc-provider is an ES module: it is loaded with import() in this process of its own, so the
 * API (and Jest) never load it. Started by `npm start` (launcher) and by the tests that need it
 * (see spawn.ts). Environment:
 *   TARA_MOCK_PORT            port to listen on (required)
 *   TARA_MOCK_HOST            interface (default 127.0.0.1)
 *   TARA_MOCK_ISSUER          issuer URL (default http://127.0.0.1:<port>)
 *   TARA_MOCK_CLIENT_ID       the one registered client
 *   TARA_MOCK_CLIENT_SECRET   its secret (client_secret_basic, as TARA)
 *   TARA_MOCK_REDIRECT_URIS   its redirect URIs, comma-separated
 *   TARA_MOCK_IDENTITIES      JSON array of { isikukood, givenName, familyName, role? }
 */

interface MockConfig {
  port: number;
  host: string;
  issuer: string;
  clientId: string;
  clientSecret: string;
  redirectUris: string[];
  identities: MockIdentity[];
}

export function mockConfig(env: NodeJS.ProcessEnv): MockConfig {
  const port = Number(env.TARA_MOCK_PORT);
  if (!Number.isInteger(port) || port <= 0 || port > 65535)
    throw new Error('TARA_MOCK_PORT must be a port number');
  const need = (name: string): string => {
    const value = env[name];
    if (!value) throw new Error(`${name} is required`);
    return value;
  };
  return {
    port,
    host: env.TARA_MOCK_HOST || '127.0.0.1',
    issuer: env.TARA_MOCK_ISSUER || `http://127.0.0.1:${port}`,
    clientId: need('TARA_MOCK_CLIENT_ID'),
    clientSecret: need('TARA_MOCK_CLIENT_SECRET'),
    redirectUris: need('TARA_MOCK_REDIRECT_URIS')
      .split(',')
      .map((u) => u.trim())
      .filter(Boolean),
    identities: parseIdentities(env.TARA_MOCK_IDENTITIES),
  };
}

type OidcModule = typeof OidcProvider;
type Provider = OidcProvider.default;
type KoaContext = OidcProvider.KoaContextWithOIDC;

/**
 * oidc-provider's start-up warnings that do not apply to a development mock: Node 20 is not a
 * runtime it supports (it asks for Node 22 LTS; the mock uses nothing that needs 22), and its
 * in-memory store loses everything on restart (as a mock should).
 */
const EXPECTED_WARNINGS = ['Unsupported runtime', 'development-only in-memory adapter'];

function quietExpectedWarnings(): void {
  // eslint-disable-next-line no-console
  const warn = console.warn.bind(console);
  // eslint-disable-next-line no-console
  console.warn = (...args: unknown[]) => {
    const first = args[0];
    if (typeof first === 'string' && EXPECTED_WARNINGS.some((w) => first.includes(w))) return;
    warn(...args);
  };
}

export async function createTaraMock(
  config: MockConfig,
): Promise<{ provider: Provider; handle: (req: IncomingMessage, res: ServerResponse) => void }> {
  const oidc = (await import('oidc-provider')) as OidcModule;
  const { interactionPolicy } = oidc;
  const Provider = oidc.default;

  // TARA keeps no single sign-on: every authentication request shows the page again.
  const policy = interactionPolicy.base();
  policy
    .get('login')!
    .checks.add(
      new interactionPolicy.Check(
        'tara_every_time',
        'TARA authenticates every time',
        (ctx: KoaContext) => !ctx.oidc.result?.login,
      ),
    );

  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const signingKey = {
    ...privateKey.export({ format: 'jwk' }),
    kid: randomUUID(),
    alg: 'RS256',
    use: 'sig',
  };

  const provider = new Provider(config.issuer, {
    clients: [
      {
        client_id: config.clientId,
        client_secret: config.clientSecret,
        redirect_uris: config.redirectUris,
        response_types: ['code'],
        grant_types: ['authorization_code'],
        token_endpoint_auth_method: 'client_secret_basic',
        id_token_signed_response_alg: 'RS256',
      },
    ],
    jwks: { keys: [signingKey as OidcProvider.JWK] },
    cookies: { keys: [randomBytes(32).toString('base64')] },
    scopes: ['openid', 'idcard', 'mid', 'smartid'],
    // acr and amr go with the openid scope, so they are in every ID token (as TARA's).
    claims: { openid: ['sub', 'profile_attributes', 'acr', 'amr'] },
    // TARA puts the person's attributes in the ID token itself (code flow).
    conformIdTokenClaims: false,
    acrValues: ['low', 'substantial', 'high'],
    responseTypes: ['code'],
    pkce: { required: () => false },
    routes: {
      authorization: '/oidc/authorize',
      token: '/oidc/token',
      jwks: '/oidc/jwks',
      userinfo: '/oidc/profile',
      end_session: '/oidc/logout',
    },
    features: {
      devInteractions: { enabled: false },
      userinfo: { enabled: true },
      revocation: { enabled: false },
      introspection: { enabled: false },
      pushedAuthorizationRequests: { enabled: false },
    },
    ttl: {
      AuthorizationCode: 60,
      IdToken: 3600,
      AccessToken: 600,
      Interaction: 900,
      Session: 900,
      Grant: 900,
    },
    interactions: {
      policy,
      url: (_ctx: KoaContext, interaction: OidcProvider.Interaction) =>
        `/interaction/${interaction.uid}`,
    },
    findAccount: (_ctx: KoaContext, sub: string) => {
      const claims = /^EE\d{11}$/.test(sub)
        ? claimsFor(sub.slice(2), config.identities)
        : undefined;
      if (!claims) return undefined;
      return { accountId: sub, claims: () => claims };
    },
    // The one client is the service itself: consent is implied, as with TARA.
    loadExistingGrant: async (ctx: KoaContext) => {
      const { oidc: o } = ctx;
      if (!o.session?.accountId || !o.client) return undefined;
      const grantId = o.result?.consent?.grantId ?? o.session.grantIdFor(o.client.clientId);
      const existing = grantId ? await o.provider.Grant.find(grantId) : undefined;
      if (existing) return existing;
      const grant = new o.provider.Grant({
        clientId: o.client.clientId,
        accountId: o.session.accountId,
      });
      grant.addOIDCScope('openid idcard mid smartid');
      grant.addOIDCClaims(['sub', 'profile_attributes', 'acr', 'amr']);
      await grant.save();
      return grant;
    },
    renderError: (ctx: KoaContext, out: OidcProvider.ErrorOut) => {
      ctx.type = 'html';
      ctx.body = errorPage('en', `${out.error}: ${out.error_description ?? ''}`);
    },
  });

  const handleOidc = provider.callback();

  const handle = (req: IncomingMessage, res: ServerResponse): void => {
    const url = new URL(req.url ?? '/', config.issuer);
    const m = /^\/interaction\/([A-Za-z0-9_-]+)(\/login|\/abort)?$/.exec(url.pathname);
    if (url.pathname === '/healthz') {
      res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
      return;
    }
    if (!m) {
      void handleOidc(req, res);
      return;
    }
    void interaction(req, res, url, m[1]!, m[2]).catch((error: unknown) => {
      const message = error instanceof Error ? error.message : String(error);
      if (!res.headersSent)
        res
          .writeHead(400, { 'content-type': 'text/html; charset=utf-8' })
          .end(errorPage(pageLocale(url.searchParams.get('lang')), message));
    });
  };

  async function interaction(
    req: IncomingMessage,
    res: ServerResponse,
    url: URL,
    uid: string,
    step: string | undefined,
  ): Promise<void> {
    const details = await provider.interactionDetails(req, res);
    if (details.uid !== uid) throw new Error('interaction mismatch');
    const params = details.params as Record<string, string | undefined>;
    const methods = methodsForScope(params.scope ?? 'openid');

    if (details.prompt.name === 'consent') {
      // Only reached if the grant above was not loaded; consent is implied all the same.
      const grant = new provider.Grant({
        clientId: config.clientId,
        accountId: details.session!.accountId,
      });
      grant.addOIDCScope('openid idcard mid smartid');
      grant.addOIDCClaims(['sub', 'profile_attributes', 'acr', 'amr']);
      const grantId = await grant.save();
      await provider.interactionFinished(
        req,
        res,
        { consent: { grantId } },
        { mergeWithLastSubmission: true },
      );
      return;
    }

    if (req.method === 'GET' && !step) {
      const locale = pageLocale(url.searchParams.get('lang'), params.ui_locales);
      sendHtml(
        res,
        200,
        loginPage({
          uid,
          locale,
          clientId: config.clientId,
          methods,
          identities: config.identities,
        }),
      );
      return;
    }
    if (req.method !== 'POST' || !step) {
      res.writeHead(405, { allow: 'GET, POST' }).end();
      return;
    }
    const form = new URLSearchParams(await readBody(req));
    const locale = pageLocale(form.get('lang'), params.ui_locales);
    if (step === '/abort') {
      await provider.interactionFinished(
        req,
        res,
        { error: 'user_cancel', error_description: 'User canceled the authentication process.' },
        { mergeWithLastSubmission: false },
      );
      return;
    }
    const typed = (form.get('isikukood') ?? '').trim();
    const chosen = form.get('identity') ?? '';
    const methodId = form.get('method') ?? '';
    const method = methods.find((x) => x.id === methodId);
    const code = typed || chosen;
    const submitted = { method: methodId, identity: chosen, typed };
    const error = !method
      ? 'noMethod'
      : !code
        ? 'noIdentity'
        : !isValidIsikukood(code)
          ? 'invalid'
          : undefined;
    if (error || !method) {
      sendHtml(
        res,
        400,
        loginPage({
          uid,
          locale,
          clientId: config.clientId,
          methods,
          identities: config.identities,
          submitted,
          error: error ?? 'noMethod',
        }),
      );
      return;
    }
    await provider.interactionFinished(
      req,
      res,
      { login: { accountId: `EE${code}`, amr: [method.amr], acr: 'high', remember: false } },
      { mergeWithLastSubmission: false },
    );
  }

  return { provider, handle };
}

function sendHtml(res: ServerResponse, status: number, html: string): void {
  res.writeHead(status, {
    'content-type': 'text/html; charset=utf-8',
    'cache-control': 'no-store',
    // No form-action: Chromium applies it to the redirect back to the relying party as well.
    'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'",
  });
  res.end(html);
}

async function readBody(req: IncomingMessage, limit = 16 * 1024): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new Error('request body too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

async function main(): Promise<void> {
  quietExpectedWarnings();
  const config = mockConfig(process.env);
  const { handle } = await createTaraMock(config);
  const server = createServer(handle);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => resolve());
  });
  process.stdout.write(`[tara-mock] TARA mock listening: issuer ${config.issuer}\n`);
  const stop = () => server.close(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(
      `[tara-mock] failed to start: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exit(1);
  });
}
