import express, { NextFunction, Request, Response } from 'express';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import pinoHttp from 'pino-http';
import type { Logger } from 'pino';
import { ErrorCode, errorMessage } from '@reha/shared';
import type { AppConfig } from '../config/config.schema';
import { localeOf, requestIdOf } from '../request/request-context';

/** A JSON error in the same shape GraphQL clients get, for the routes outside GraphQL. */
export function sendError(
  req: Request,
  res: Response,
  status: number,
  code: ErrorCode,
  params: Record<string, string | number> = {},
) {
  const locale = localeOf(req);
  res.status(status).json({
    errors: [
      {
        message: errorMessage(code, locale, params),
        extensions: { code, params, requestId: (req as Request & { id?: string }).id },
      },
    ],
  });
}

/** Request id, access log, body size limit — the first things every request meets. */
export function applyHttpMiddleware(app: express.Express, config: AppConfig, logger: Logger): void {
  app.disable('x-powered-by');
  if (config.trustProxy > 0) app.set('trust proxy', config.trustProxy);
  app.use((req: Request, res: Response, next: NextFunction) => {
    const id = requestIdOf(req);
    (req as Request & { id?: string }).id = id;
    res.setHeader('X-Request-Id', id);
    next();
  });
  app.use(
    pinoHttp({
      logger,
      genReqId: (req) => (req as unknown as { id: string }).id,
      // Only method, path and status: query strings and bodies may hold personal data.
      serializers: {
        req: (req: { id: string; method: string; url: string }) => ({
          id: req.id,
          method: req.method,
          path: req.url.split('?')[0],
        }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
      autoLogging: { ignore: (req) => req.url === '/health' || req.url === '/ready' },
    }),
  );
  const json = express.json({ limit: config.bodyLimitBytes });
  app.use((req: Request, res: Response, next: NextFunction) => {
    json(req, res, (err?: unknown) => {
      if (!err) return next();
      const e = err as { type?: string; status?: number };
      if (e.type === 'entity.too.large') {
        return sendError(req, res, 413, ErrorCode.PAYLOAD_TOO_LARGE, {
          max: config.bodyLimitBytes,
        });
      }
      return sendError(req, res, 400, ErrorCode.GRAPHQL_PARSE_FAILED);
    });
  });
}

const SPAS = [
  { prefix: '/admin', dir: 'web-admin' },
  { prefix: '/stats', dir: 'web-stats' },
  { prefix: '/', dir: 'web-client' },
];

// /auth/<app>/… are the sign-in routes; the client portal's own /auth/done page stays an SPA page.
const API_PATHS =
  /^\/(graphql|health|ready|dev|api|auth\/(?:admin|client|stats|operator))(\/|$|\?)/;

/**
 * Whether a GET for `path` is a page request that the app's index.html answers. Browsers ask for
 * pages with `Accept: text/html,…`. A client that does not say what it wants — no Accept header,
 * or only "any type" as curl sends by default — gets the page too (`curl localhost:3000/admin/`
 * must not be a 404), but only for paths that do not name a file (`/favicon.ico`, `/robots.txt`
 * stay real 404s). A client that asks for something else, e.g. `application/json`, gets no HTML.
 */
export function wantsSpaPage(accept: string | undefined, path: string): boolean {
  const ranges = (accept ?? '')
    .split(',')
    .map((range) => (range.split(';')[0] ?? '').trim().toLowerCase())
    .filter(Boolean);
  if (ranges.includes('text/html')) return true;
  const unspecific = ranges.length === 0 || (ranges.length === 1 && ranges[0] === '*/*');
  const lastSegment = path.slice(path.lastIndexOf('/') + 1);
  return unspecific && !/\.[A-Za-z0-9]+$/.test(lastSegment);
}

/**
 * Serves the three built SPAs on the API's port. Hashed files under assets/ are cached for a
 * year; index.html never, so a deploy is picked up at once. A missing asset is a real 404 (an
 * old tab asking for a chunk gone after a deploy must not get HTML); any other page path gets
 * its app's index.html (history-API routing) when the client wants a page (`wantsSpaPage`).
 * Registered before Nest's routes, so it steps aside for the API paths.
 */
export function serveSpas(app: express.Express, webDistDir: string): string[] {
  const served: string[] = [];
  for (const spa of SPAS) {
    const root = join(webDistDir, spa.dir, 'dist');
    if (!existsSync(join(root, 'index.html'))) continue;
    if (spa.prefix !== '/') {
      app.use((req: Request, res: Response, next: NextFunction) =>
        req.path === spa.prefix
          ? res.redirect(301, `${spa.prefix}/${req.url.slice(req.path.length)}`)
          : next(),
      );
    }
    const router = express.Router();
    router.use(
      express.static(root, {
        index: false,
        redirect: false,
        setHeaders: (res, file) => {
          res.setHeader(
            'Cache-Control',
            file.includes(`${join(root, 'assets')}`)
              ? 'public, max-age=31536000, immutable'
              : 'no-cache',
          );
        },
      }),
    );
    router.use((req: Request, res: Response, next: NextFunction) => {
      if (req.method !== 'GET' && req.method !== 'HEAD') return next();
      if (API_PATHS.test(req.originalUrl) || req.path.startsWith('/assets/')) return next();
      if (spa.prefix === '/' && /^\/(admin|stats)(\/|$)/.test(req.originalUrl)) return next();
      if (!wantsSpaPage(req.headers.accept, req.path)) return next();
      res.setHeader('Cache-Control', 'no-cache');
      res.sendFile(join(root, 'index.html'));
    });
    app.use(spa.prefix, router);
    served.push(spa.prefix);
  }
  return served;
}
