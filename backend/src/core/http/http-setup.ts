import express, { NextFunction, Request, Response } from 'express';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import pinoHttp from 'pino-http';
import type { Logger } from 'pino';
import { ErrorCode, errorMessage } from '@reha/shared';
import type { AppConfig } from '../config/config.schema';
import { localeOf, requestIdOf } from '../request/request-context';

/** A JSON error in the same shape GraphQL clients get, for the routes outside GraphQL. */
export function sendError(req: Request, res: Response, status: number, code: ErrorCode, params: Record<string, string | number> = {}) {
  const locale = localeOf(req);
  res.status(status).json({
    errors: [{ message: errorMessage(code, locale, params), extensions: { code, params, requestId: (req as Request & { id?: string }).id } }],
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
        req: (req: { id: string; method: string; url: string }) => ({ id: req.id, method: req.method, path: req.url.split('?')[0] }),
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
        return sendError(req, res, 413, ErrorCode.PAYLOAD_TOO_LARGE, { max: config.bodyLimitBytes });
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

/** Serves the three built SPAs on the API's port, each with history-API fallback. */
export function serveSpas(app: express.Express, webDistDir: string): string[] {
  const served: string[] = [];
  for (const spa of SPAS) {
    const root = join(webDistDir, spa.dir, 'dist');
    if (!existsSync(join(root, 'index.html'))) continue;
    const router = express.Router();
    router.use(express.static(root, { index: false, maxAge: '1h', fallthrough: true }));
    router.use((req: Request, res: Response, next: NextFunction) => {
      if (req.method !== 'GET' || /^\/(graphql|health|ready|dev|api)\b/.test(req.originalUrl)) return next();
      if (!(req.headers.accept ?? '').includes('text/html')) return next();
      res.setHeader('Cache-Control', 'no-cache');
      res.sendFile(join(root, 'index.html'));
    });
    app.use(spa.prefix, router);
    served.push(spa.prefix);
  }
  return served;
}
