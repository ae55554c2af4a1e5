import { createHash, randomUUID, timingSafeEqual } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { ErrorCode, isLocale } from '@reha/shared';
import type { Request, Response } from 'express';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { AuditService } from '../../audit/audit.service';
import { Clock } from '../../clock/clock';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/config.schema';
import { BlindIndexer } from '../../crypto/blind-index';
import { AppError } from '../../errors/app-error';
import { LOGGER } from '../../logging/logging.module';
import { RedisConnections } from '../../redis/redis.module';
import { localeOf } from '../../request/request-context';
import { Db } from '../../tenancy/db';
import { ANONYMOUS, Principal } from '../../tenancy/principal';
import { newScope, runInScope } from '../../tenancy/scope';
import { TenantTransactions } from '../../tenancy/tenant-transactions';
import { SESSION_ISSUER, SessionIssuer } from '../session-issuer';
import {
  EidApp,
  LINK_DEFAULT_RETURN,
  safeReturnTo,
  spaDoneUrl,
  spaLoginErrorUrl,
  spaPageUrl,
} from './eid-paths';
import { EidFlowState, EidSealer, EidSealError } from './eid-seal';
import { PERSON_ISIKUKOOD_DOMAIN, STAFF_ISIKUKOOD_DOMAIN } from './isikukood-index';
import { EidUnavailableError, TaraClient } from './tara-client';
import { EidClaimError, EidIdentity, identityFromClaims } from './tara-claims';

/** How long a started eID flow may take (Mobile-ID and Smart-ID wait for the phone). */
const FLOW_TTL_MS = 10 * 60 * 1000;
/** How long a link ticket from `startEidLink` is valid. */
export const LINK_TICKET_TTL_MS = 2 * 60 * 1000;

/** Why a flow failed, for the log (never a value from the provider or the person). */
type FailureReason =
  | 'flow_cookie'
  | 'state'
  | 'replay'
  | 'provider_error'
  | 'token'
  | 'claims'
  | 'session'
  | 'membership';

class EidFlowFailure extends Error {
  constructor(
    readonly reason: FailureReason,
    readonly code: ErrorCode = ErrorCode.EID_LOGIN_FAILED,
  ) {
    super(reason);
    this.name = 'EidFlowFailure';
  }
}

/**
 * eID login and linking through TARA (OpenID Connect, authorization code with PKCE).
 *
 * Start: state, nonce and the PKCE verifier go into a short-lived, encrypted, httpOnly cookie
 * (SameSite=Lax: the callback is a top-level navigation from the provider's site, which a
 * Strict cookie would not survive), pathed to the app's eID routes. Callback: the cookie is
 * cleared at once, its state must match and is spent (one use, in Redis), the code is exchanged
 * and the ID token checked; the isikukood from `sub` becomes a blind index at once and is never
 * stored in clear, logged or audited. A client becomes (or is found as) a person; a staff member
 * is found by their linked isikukood. The session itself is started by the SessionIssuer.
 */
@Injectable()
export class EidService {
  private readonly sealer: EidSealer;
  private redisConnection?: Redis;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
    private readonly tara: TaraClient,
    private readonly transactions: TenantTransactions,
    private readonly db: Db,
    private readonly audit: AuditService,
    private readonly index: BlindIndexer,
    private readonly clock: Clock,
    private readonly redisConnections: RedisConnections,
    private readonly moduleRef: ModuleRef,
  ) {
    this.sealer = new EidSealer(config.jwtSecret);
  }

  /** `GET /auth/:app/eid/start`: to the provider, or an error when eID is not available. */
  async start(req: Request, res: Response, app: EidApp, returnTo: unknown): Promise<void> {
    await this.redirectToProvider(req, res, {
      app,
      purpose: 'login',
      returnTo: safeReturnTo(app, returnTo),
    });
  }

  /**
   * A signed-in staff member's link ticket (from the `startEidLink` mutation): the URL that
   * starts linking their isikukood. One use, a couple of minutes.
   */
  linkUrl(
    userId: string,
    organizationId: string,
    returnTo: unknown,
  ): { url: string; expiresAt: Date } {
    if (!this.tara.configured) throw new AppError(ErrorCode.SERVICE_UNAVAILABLE);
    const exp = this.clock.now().getTime() + LINK_TICKET_TTL_MS;
    const ticket = this.sealer.sealLink({
      jti: randomUUID(),
      userId,
      organizationId,
      returnTo:
        returnTo === undefined || returnTo === null
          ? LINK_DEFAULT_RETURN
          : safeReturnTo('admin', returnTo),
      exp,
    });
    const base = this.config.publicUrl.replace(/\/+$/, '');
    return { url: `${base}/auth/admin/eid/link/start?ticket=${ticket}`, expiresAt: new Date(exp) };
  }

  /** `GET /auth/admin/eid/link/start?ticket=…`: checks and spends the ticket, then to the provider. */
  async startLink(req: Request, res: Response, ticketText: unknown): Promise<void> {
    let ticket;
    try {
      ticket = this.sealer.openLink(
        typeof ticketText === 'string' ? ticketText : undefined,
        this.clock.now().getTime(),
      );
      if (!(await this.spendOnce(`link:${ticket.jti}`, LINK_TICKET_TTL_MS)))
        throw new EidSealError();
    } catch (error) {
      if (!(error instanceof EidSealError)) throw error;
      await this.recordFailure(req, 'eid.link', undefined, ErrorCode.EID_LOGIN_FAILED);
      this.logger.info({ reason: 'link_ticket' }, 'eID link refused');
      res.redirect(
        303,
        spaPageUrl(this.config.publicUrl, LINK_DEFAULT_RETURN, 'error', ErrorCode.EID_LOGIN_FAILED),
      );
      return;
    }
    await this.redirectToProvider(req, res, {
      app: 'admin',
      purpose: 'link',
      returnTo: ticket.returnTo,
      userId: ticket.userId,
      organizationId: ticket.organizationId,
    });
  }

  /** `GET /auth/:app/eid/callback`: the provider's answer. Always ends in a redirect to the SPA. */
  async callback(req: Request, res: Response, app: EidApp): Promise<void> {
    const cookie = readCookie(req, cookieName(app));
    res.clearCookie(cookieName(app), this.cookieOptions(app));
    let flow: EidFlowState | undefined;
    try {
      try {
        flow = this.sealer.openFlow(cookie, this.clock.now().getTime());
      } catch {
        throw new EidFlowFailure('flow_cookie');
      }
      if (flow.app !== app) throw new EidFlowFailure('flow_cookie');
      // Spent by the first callback that presents it, whatever follows: one try per flow.
      if (!(await this.spendOnce(`state:${hash(flow.state)}`, FLOW_TTL_MS)))
        throw new EidFlowFailure('replay');
      const state = typeof req.query.state === 'string' ? req.query.state : '';
      if (!sameText(state, flow.state)) throw new EidFlowFailure('state');
      if (typeof req.query.error === 'string') throw new EidFlowFailure('provider_error');
      let claims: Record<string, unknown>;
      try {
        claims = await this.tara.callback(app, req.originalUrl, flow);
      } catch (error) {
        if (error instanceof EidUnavailableError) throw error;
        this.logger.info({ errorName: (error as Error)?.name }, 'eID token exchange refused');
        throw new EidFlowFailure('token');
      }
      let identity: EidIdentity;
      try {
        identity = identityFromClaims(claims);
      } catch (error) {
        if (!(error instanceof EidClaimError)) throw error;
        this.logger.info(
          { claim: error.reason, amr: claims.amr, acr: claims.acr },
          'eID ID token claims refused',
        );
        throw new EidFlowFailure('claims');
      }
      if (flow.purpose === 'link') return await this.finishLink(req, res, flow, identity);
      return await this.finishLogin(req, res, app, flow, identity);
    } catch (error) {
      const failure =
        error instanceof EidFlowFailure
          ? error
          : error instanceof EidUnavailableError
            ? new EidFlowFailure('provider_error', ErrorCode.SERVICE_UNAVAILABLE)
            : undefined;
      if (!failure) this.logger.error({ err: error }, 'eID callback failed');
      const code = failure?.code ?? ErrorCode.EID_LOGIN_FAILED;
      this.logger.info({ reason: failure?.reason ?? 'error', app, code }, 'eID flow failed');
      await this.recordFailure(
        req,
        flow?.purpose === 'link' ? 'eid.link' : 'login.eid',
        flow?.purpose === 'link' ? flow.userId : undefined,
        code,
      );
      res.redirect(
        303,
        flow?.purpose === 'link'
          ? spaPageUrl(this.config.publicUrl, flow.returnTo, 'error', code)
          : spaLoginErrorUrl(this.config.publicUrl, app, code),
      );
    }
  }

  private async finishLogin(
    req: Request,
    res: Response,
    app: EidApp,
    flow: EidFlowState,
    identity: EidIdentity,
  ): Promise<void> {
    const { requestId, ip } = requestOf(req);
    if (app === 'client') {
      // The person acts for themselves. Acting for someone else (a representative choosing
      // whom they act for in the client portal) needs representation data: the clients issue.
      const index = this.index.exact(PERSON_ISIKUKOOD_DOMAIN, identity.isikukood);
      const personId = await this.inScope(req, ANONYMOUS, async () => {
        const rows = await this.db.query<{ id: string }[]>(
          `SELECT reha_eid_person_login($1, $2, $3) AS id`,
          [index, requestId, ip],
        );
        return rows[0]!.id;
      });
      await this.startSession(req, res, 'client', { kind: 'person', id: personId, method: 'eid' });
    } else {
      const index = this.index.exact(STAFF_ISIKUKOOD_DOMAIN, identity.isikukood);
      const userId = await this.inScope(req, ANONYMOUS, async () => {
        const rows = await this.db.query<{ id: string | null }[]>(
          `SELECT reha_eid_staff_login($1, $2, $3) AS id`,
          [index, requestId, ip],
        );
        return rows[0]?.id ?? null;
      });
      if (!userId) {
        // Written by the function as a denial; nothing more to record.
        this.logger.info({ app }, 'eID login of an unlinked isikukood');
        res.redirect(303, spaLoginErrorUrl(this.config.publicUrl, app, ErrorCode.EID_NOT_LINKED));
        return;
      }
      await this.startSession(req, res, 'admin', { kind: 'staff', id: userId, method: 'eid' });
    }
    res.redirect(303, spaDoneUrl(this.config.publicUrl, app, flow.returnTo));
  }

  private async finishLink(
    req: Request,
    res: Response,
    flow: EidFlowState,
    identity: EidIdentity,
  ): Promise<void> {
    const userId = flow.userId!;
    const principal: Principal = {
      kind: 'staff',
      userId,
      organizationId: flow.organizationId!,
      roles: [],
      permissions: new Set(),
    };
    const index = this.index.exact(STAFF_ISIKUKOOD_DOMAIN, identity.isikukood);
    let linked: boolean;
    try {
      linked = await this.inScope(req, principal, async () => {
        const rows = await this.db.query<{ linked: boolean }[]>(
          `SELECT reha_eid_link_staff($1) AS linked`,
          [index],
        );
        const ok = rows[0]?.linked === true;
        this.audit.record(
          ok
            ? {
                action: 'update',
                entityType: 'app_user',
                entityId: userId,
                fields: ['isikukood_index'],
              }
            : {
                action: 'update',
                entityType: 'app_user',
                entityId: userId,
                fields: ['isikukood_index'],
                result: 'denied',
                errorCode: ErrorCode.CONFLICT,
              },
        );
        return ok;
      });
    } catch (error) {
      // Their membership ended between the ticket and now (begin refuses), or the database failed.
      if (error instanceof AppError) throw new EidFlowFailure('membership', error.code);
      throw error;
    }
    res.redirect(
      303,
      linked
        ? spaPageUrl(this.config.publicUrl, flow.returnTo, 'eidLinked', '1')
        : spaPageUrl(this.config.publicUrl, flow.returnTo, 'error', ErrorCode.CONFLICT),
    );
  }

  private async startSession(
    req: Request,
    res: Response,
    app: EidApp,
    subject: Parameters<SessionIssuer['start']>[3],
  ): Promise<void> {
    let issuer: SessionIssuer;
    try {
      issuer = this.moduleRef.get<SessionIssuer>(SESSION_ISSUER, { strict: false });
    } catch {
      this.logger.error('eID login succeeded but no SessionIssuer is provided');
      throw new EidFlowFailure('session', ErrorCode.SERVICE_UNAVAILABLE);
    }
    try {
      await issuer.start(req, res, app, subject);
    } catch (error) {
      this.logger.error({ err: error }, 'eID login: the session could not be started');
      throw new EidFlowFailure(
        'session',
        error instanceof AppError ? error.code : ErrorCode.EID_LOGIN_FAILED,
      );
    }
  }

  private async redirectToProvider(
    req: Request,
    res: Response,
    flow: Pick<EidFlowState, 'app' | 'purpose' | 'returnTo' | 'userId' | 'organizationId'>,
  ): Promise<void> {
    let request;
    try {
      request = await this.tara.authorizationRequest(flow.app, uiLocale(req));
    } catch (error) {
      if (!(error instanceof EidUnavailableError)) throw error;
      // A browser gets the SPA's page with the message; an API client the JSON error.
      if (wantsHtml(req)) {
        res.redirect(
          303,
          flow.purpose === 'link'
            ? spaPageUrl(
                this.config.publicUrl,
                flow.returnTo,
                'error',
                ErrorCode.SERVICE_UNAVAILABLE,
              )
            : spaLoginErrorUrl(this.config.publicUrl, flow.app, ErrorCode.SERVICE_UNAVAILABLE),
        );
        return;
      }
      throw new AppError(ErrorCode.SERVICE_UNAVAILABLE);
    }
    const sealed = this.sealer.sealFlow({
      ...flow,
      state: request.state,
      nonce: request.nonce,
      codeVerifier: request.codeVerifier,
      exp: this.clock.now().getTime() + FLOW_TTL_MS,
    });
    res.cookie(cookieName(flow.app), sealed, {
      ...this.cookieOptions(flow.app),
      maxAge: FLOW_TTL_MS,
    });
    res.setHeader('Cache-Control', 'no-store');
    res.redirect(303, request.url);
  }

  private cookieOptions(app: EidApp) {
    return {
      httpOnly: true,
      sameSite: 'lax' as const,
      secure: this.config.publicUrl.startsWith('https:'),
      path: `/auth/${app}/eid`,
    };
  }

  /** True the first time `key` is spent within `ttlMs`; false on every later try (replay). */
  private async spendOnce(key: string, ttlMs: number): Promise<boolean> {
    const result = await this.redis().set(`reha:eid:${key}`, '1', 'PX', ttlMs, 'NX');
    return result === 'OK';
  }

  private redis(): Redis {
    // A short retry budget: a request must fail, not wait, while Redis is away.
    this.redisConnection ??= this.redisConnections.create('eid', {
      maxRetriesPerRequest: 1,
      commandTimeout: 3000,
    });
    return this.redisConnection;
  }

  /** A failed or refused flow, in its own transaction (nothing else happened in it). */
  private async recordFailure(
    req: Request,
    action: string,
    userId: string | undefined,
    errorCode: string,
  ): Promise<void> {
    try {
      await this.inScope(req, ANONYMOUS, async () => {
        this.audit.record({
          action,
          entityType: userId ? 'app_user' : 'eid',
          entityId: userId,
          result: errorCode === ErrorCode.SERVICE_UNAVAILABLE ? 'failed' : 'denied',
          errorCode,
        });
      });
    } catch (error) {
      this.logger.error({ err: error }, 'eID failure could not be audited');
    }
  }

  /** Runs `fn` in a transaction of its own as `principal`, with the request's id and address. */
  private inScope<T>(req: Request, principal: Principal, fn: () => Promise<T>): Promise<T> {
    const { requestId, ip } = requestOf(req);
    const scope = newScope({ principal, requestId, ip: ip ?? undefined });
    return runInScope(scope, async () => {
      await this.transactions.begin(scope);
      let result: T;
      try {
        result = await fn();
      } catch (error) {
        await this.transactions.end(scope, {
          ok: false,
          errorCode: error instanceof AppError ? error.code : ErrorCode.INTERNAL_SERVER_ERROR,
        });
        throw error;
      }
      await this.transactions.end(scope, { ok: true });
      return result;
    });
  }
}

export function cookieName(app: EidApp): string {
  return `reha_eid_${app}`;
}

function readCookie(req: Request, name: string): string | undefined {
  const header = req.headers.cookie;
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const i = part.indexOf('=');
    if (i < 0) continue;
    if (part.slice(0, i).trim() === name) {
      try {
        return decodeURIComponent(part.slice(i + 1).trim());
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}

function requestOf(req: Request): { requestId: string; ip: string | null } {
  return { requestId: (req as Request & { id?: string }).id ?? randomUUID(), ip: req.ip ?? null };
}

function sameText(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

function hash(value: string): string {
  return createHash('sha256').update(value).digest('base64url');
}

function uiLocale(req: Request): string {
  const lang = req.query.lang;
  return typeof lang === 'string' && isLocale(lang) ? lang : localeOf(req);
}

function wantsHtml(req: Request): boolean {
  return (req.headers.accept ?? '').includes('text/html');
}
