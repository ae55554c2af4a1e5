import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { Request, Response } from 'express';
import { ErrorCode } from '@reha/shared';
import { AuditService } from '../audit/audit.service';
import { Clock } from '../clock/clock';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/config.schema';
import { AppError } from '../errors/app-error';
import { Db } from '../tenancy/db';
import type { Principal } from '../tenancy/principal';
import { requireScope } from '../tenancy/scope';
import { TenantTransactions } from '../tenancy/tenant-transactions';
import { AccessTokens, AppAudience } from './access-tokens';
import { returnedRows } from './credentials-sql';
import { clearRefreshCookie, readRefreshCookie, setRefreshCookie } from './session-cookie';
import { SessionIssuer, SessionSubject } from './session-issuer';

/** Access tokens live 15 minutes: a revoked session or membership stops working soon after. */
export const ACCESS_TOKEN_TTL_SECONDS = 15 * 60;
/** A refresh token not exchanged for 12 hours has expired (the next working day needs a login). */
export const REFRESH_IDLE_MS = 12 * 60 * 60 * 1000;
/** No session lasts longer than 14 days, however often it is refreshed. */
export const SESSION_MAX_MS = 14 * 24 * 60 * 60 * 1000;

/** The front door each kind of principal uses. */
export const APP_OF_KIND: Record<SessionSubject['kind'], AppAudience> = {
  staff: 'admin',
  person: 'client',
  agency: 'stats',
  operator: 'operator',
};

/** The principal behind the /auth endpoints before anyone is known. */
export const AUTH_JOB: Principal = { kind: 'system', job: 'auth' };

export interface SessionUser {
  id: string;
  displayName: string;
  email: string;
  totpEnabled: boolean;
}

export interface Membership {
  organizationId: string;
  organizationName: string;
  roles: string[];
}

/** What login, refresh and a change of organization answer (REST JSON body). */
export interface SessionGrant {
  accessToken: string;
  /** When the access token expires (ISO 8601). */
  expiresAt: string;
  /** The signed-in user; null for a person (client portal), who has no Reha account. */
  user: SessionUser | null;
  /** Staff only: the organizations they work in (empty for everyone else). */
  memberships: Membership[];
  /** The organization the access token acts in (staff), else null. */
  organizationId: string | null;
}

/** Who a session is for, with what the access token needs to say about them. */
export interface SubjectView {
  kind: SessionSubject['kind'];
  id: string;
  user: SessionUser | null;
  memberships: Membership[];
  agencyCode?: string;
}

/** A new refresh token: what goes into the cookie, and when it expires. */
export interface IssuedRefreshToken {
  familyId: string;
  token: string;
  expiresAt: Date;
}

/** The outcome of a cookie endpoint: a grant and the cookie to set, or a refusal. */
export type CookieOutcome =
  { ok: true; grant: SessionGrant; refresh?: IssuedRefreshToken } | { ok: false; code: ErrorCode };

/** One live session of the signed-in user, as `mySessions` lists it. */
export interface SessionListing {
  id: string;
  app: AppAudience;
  method: string;
  startedAt: Date;
  lastUsedAt: Date;
  expiresAt: Date;
  userAgent: string | null;
  ip: string | null;
}

interface SessionRow {
  id: string;
  family_id: string;
  subject_kind: SessionSubject['kind'];
  subject_id: string;
  app: AppAudience;
  method: SessionSubject['method'];
  organization_id: string | null;
  family_started_at: Date;
  expires_at: Date;
  used_at: Date | null;
  revoked_at: Date | null;
}

const SESSION_COLUMNS = `id, family_id, subject_kind, subject_id, app, method, organization_id,
  family_started_at, expires_at, used_at, revoked_at`;

export function hashRefreshToken(token: string): Buffer {
  return createHash('sha256').update(token).digest();
}

/** The principal a subject acts as once signed in (for staff: in `organizationId`). */
export function principalOfSubject(view: SubjectView, organizationId: string | null): Principal {
  switch (view.kind) {
    case 'staff':
      if (!organizationId) throw new AppError(ErrorCode.FORBIDDEN);
      return {
        kind: 'staff',
        userId: view.id,
        organizationId,
        roles: [],
        permissions: new Set(),
      };
    case 'agency':
      return { kind: 'agency', userId: view.id, agencyCode: view.agencyCode ?? '' };
    case 'operator':
      return { kind: 'operator', userId: view.id };
    case 'person':
      return { kind: 'person', personId: view.id };
  }
}

/** The request's id and address go with every audit event of the transaction. */
export function adoptRequest(req: Request): void {
  requireScope('auth').ip = req.ip;
}

export function requestIdOf(req: Request): string | undefined {
  return (req as Request & { id?: string }).id || undefined;
}

/**
 * Login sessions: refresh-token families in `auth_session` (central), their rotation with
 * reuse detection, and the access tokens issued from them. Implements the SessionIssuer that
 * password and eID login start sessions with.
 *
 * A family is one login on one device. Each refresh marks the presented token used and adds
 * its successor; only the newest (the head) can be exchanged. A used token presented again
 * means two parties hold the family — the legitimate browser and a thief — and nobody can
 * tell which is which, so the whole family is revoked (OAuth 2.0 Security BCP, §4.14).
 * Tabs of one browser share the cookie, so the SPA must not refresh from two tabs at once.
 */
@Injectable()
export class SessionService implements SessionIssuer {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly db: Db,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly tokens: AccessTokens,
    @Inject(APP_CONFIG) private readonly config: Pick<AppConfig, 'publicUrl'>,
  ) {}

  /** SessionIssuer: eID login (and password login) start a session and set the cookie. */
  async start(req: Request, res: Response, app: AppAudience, subject: SessionSubject) {
    if (APP_OF_KIND[subject.kind] !== app) throw new AppError(ErrorCode.FORBIDDEN);
    const view = await this.transactions.run(
      AUTH_JOB,
      async () => {
        adoptRequest(req);
        return this.describe(subject.kind, subject.id, req);
      },
      { role: 'reha_maintenance', requestId: requestIdOf(req) },
    );
    if (!view) throw new AppError(ErrorCode.UNAUTHENTICATED);
    const organizationId = this.pickOrganization(view);
    if (view.kind === 'staff' && !organizationId) throw new AppError(ErrorCode.FORBIDDEN);
    const issued = await this.transactions.run(
      principalOfSubject(view, organizationId),
      async () => {
        adoptRequest(req);
        return this.open(view, app, subject.method, organizationId, req);
      },
      { requestId: requestIdOf(req) },
    );
    setRefreshCookie(
      res,
      app,
      issued.token,
      issued.expiresAt,
      this.config.publicUrl,
      this.clock.now(),
    );
  }

  /**
   * Adds a new family for a signed-in subject, inside the subject's own transaction (the
   * row policy lets a user open sessions only for themselves), and records `session.start`.
   */
  async open(
    view: SubjectView,
    app: AppAudience,
    method: SessionSubject['method'],
    organizationId: string | null,
    req: Request,
  ): Promise<IssuedRefreshToken> {
    const now = this.clock.now();
    const id = randomUUID();
    const token = newRefreshToken();
    const expiresAt = new Date(now.getTime() + REFRESH_IDLE_MS);
    await this.db.query(
      `INSERT INTO auth_session (id, family_id, parent_id, subject_kind, subject_id, app, method,
         organization_id, token_hash, family_started_at, created_at, last_used_at, expires_at,
         user_agent, ip)
       VALUES ($1, $1, NULL, $2, $3, $4, $5, $6, $7, $8, $8, $8, $9, $10, $11)`,
      [
        id,
        view.kind,
        view.id,
        app,
        method,
        organizationId,
        hashRefreshToken(token),
        now,
        expiresAt,
        userAgentOf(req),
        req.ip ?? null,
      ],
    );
    this.audit.record({
      action: 'session.start',
      entityType: 'auth_session',
      entityId: id,
      fields: [app, method],
    });
    if (view.kind === 'staff' && organizationId)
      await this.acceptMembership(view.id, organizationId);
    return { familyId: id, token, expiresAt };
  }

  /**
   * The first session in an organization takes up the member's invitation (INVITED becomes
   * ACTIVE). Called when a session opens (every password and eID login) and when a session
   * moves to another organization; later sessions find nothing to update.
   */
  private async acceptMembership(userId: string, organizationId: string): Promise<void> {
    const accepted = returnedRows(
      await this.db.query(
        `UPDATE membership SET accepted_at = $3, updated_at = $3
          WHERE organization_id = $1 AND user_id = $2 AND accepted_at IS NULL
          RETURNING user_id`,
        [organizationId, userId, this.clock.now()],
      ),
    );
    if (accepted.length)
      this.audit.record({
        action: 'update',
        entityType: 'membership',
        entityId: userId,
        fields: ['accepted_at'],
        organizationId,
      });
  }

  /**
   * Reads what a session's subject is now (a user removed, a membership ended, an operator
   * demoted takes effect at the next refresh). Maintenance path: the memberships come from
   * the audited `reha_login_memberships`. Undefined when the subject is gone.
   */
  async describe(
    kind: SessionSubject['kind'],
    id: string,
    req: Request,
  ): Promise<SubjectView | undefined> {
    if (kind === 'person') {
      const found = await this.db.query<unknown[]>(`SELECT 1 FROM person WHERE id = $1`, [id]);
      return found.length ? { kind, id, user: null, memberships: [] } : undefined;
    }
    const [row] = await this.db.query<
      {
        id: string;
        display_name: string;
        email: string;
        kind: string;
        agency_code: string | null;
        totp_enabled: boolean;
      }[]
    >(
      `SELECT u.id, u.display_name, u.email, u.kind, u.agency_code,
              c.totp_enabled_at IS NOT NULL AS totp_enabled
         FROM app_user u LEFT JOIN user_credential c ON c.user_id = u.id
        WHERE u.id = $1`,
      [id],
    );
    if (!row || row.kind !== kind) return undefined;
    const memberships = kind === 'staff' ? await this.memberships(id, req) : [];
    return {
      kind,
      id,
      user: {
        id: row.id,
        displayName: row.display_name,
        email: row.email,
        totpEnabled: row.totp_enabled,
      },
      memberships,
      agencyCode: row.agency_code ?? undefined,
    };
  }

  /** A user's active memberships across organizations (audited definer function). */
  async memberships(userId: string, req?: Request): Promise<Membership[]> {
    const scope = requireScope('memberships');
    const rows = await this.db.query<
      { organization_id: string; organization_name: string; roles: string[] }[]
    >(`SELECT organization_id, organization_name, roles FROM reha_login_memberships($1, $2, $3)`, [
      userId,
      scope.requestId,
      req?.ip ?? scope.ip ?? null,
    ]);
    return rows.map((r) => ({
      organizationId: r.organization_id,
      organizationName: r.organization_name,
      roles: r.roles,
    }));
  }

  /** The staff member's organization: the preferred one while they still belong to it, else the first. */
  pickOrganization(view: SubjectView, preferred?: string | null): string | null {
    if (view.kind !== 'staff') return null;
    const member = view.memberships.find((m) => m.organizationId === preferred);
    return (member ?? view.memberships[0])?.organizationId ?? null;
  }

  /** A short-lived access token for the subject (and, for staff, the organization). */
  grant(view: SubjectView, organizationId: string | null, familyId: string): SessionGrant {
    const now = this.clock.now();
    const accessToken = this.tokens.sign(
      {
        sub: view.id,
        kind: view.kind,
        org: organizationId ?? undefined,
        agency: view.kind === 'agency' ? view.agencyCode : undefined,
        sid: familyId,
      },
      ACCESS_TOKEN_TTL_SECONDS,
    );
    return {
      accessToken,
      expiresAt: new Date(now.getTime() + ACCESS_TOKEN_TTL_SECONDS * 1000).toISOString(),
      user: view.user,
      memberships: view.memberships,
      organizationId,
    };
  }

  /** `POST /auth/:app/refresh`: rotates the cookie's token and issues a new access token. */
  refresh(req: Request, app: AppAudience): Promise<CookieOutcome> {
    const token = readRefreshCookie(req, app);
    if (!token) return Promise.resolve({ ok: false, code: ErrorCode.UNAUTHENTICATED });
    return this.onMaintenancePath(req, async () => {
      const now = this.clock.now();
      const head = await this.takeHead(token, app, now, true);
      if (!head.ok) return head;
      const row = head.row;
      const view = await this.describe(row.subject_kind, row.subject_id, req);
      const organizationId = view ? this.pickOrganization(view, row.organization_id) : null;
      const familyEnd = row.family_started_at.getTime() + SESSION_MAX_MS;
      if (!view || (view.kind === 'staff' && !organizationId) || familyEnd <= now.getTime()) {
        const reason = view
          ? familyEnd <= now.getTime()
            ? 'expired'
            : 'no-membership'
          : 'subject-gone';
        await this.revokeFamily(row.family_id, reason, now);
        this.recordRefused('session.refresh', row, reason);
        return { ok: false, code: ErrorCode.SESSION_REVOKED };
      }
      const next = newRefreshToken();
      const expiresAt = new Date(Math.min(now.getTime() + REFRESH_IDLE_MS, familyEnd));
      await this.db.query(
        `INSERT INTO auth_session (id, family_id, parent_id, subject_kind, subject_id, app, method,
           organization_id, token_hash, family_started_at, created_at, last_used_at, expires_at,
           user_agent, ip)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $11, $12, $13, $14)`,
        [
          randomUUID(),
          row.family_id,
          row.id,
          row.subject_kind,
          row.subject_id,
          app,
          row.method,
          organizationId,
          hashRefreshToken(next),
          row.family_started_at,
          now,
          expiresAt,
          userAgentOf(req),
          req.ip ?? null,
        ],
      );
      return {
        ok: true,
        grant: this.grant(view, organizationId, row.family_id),
        refresh: { familyId: row.family_id, token: next, expiresAt },
      };
    });
  }

  /**
   * `POST /auth/admin/context`: moves the session to another of the staff member's
   * organizations and answers with an access token for it. The refresh token stays.
   */
  switchOrganization(
    req: Request,
    app: AppAudience,
    organizationId: string,
  ): Promise<CookieOutcome> {
    const token = readRefreshCookie(req, app);
    if (!token) return Promise.resolve({ ok: false, code: ErrorCode.UNAUTHENTICATED });
    return this.onMaintenancePath(req, async () => {
      const now = this.clock.now();
      const head = await this.takeHead(token, app, now, false);
      if (!head.ok) return head;
      const row = head.row;
      const view = await this.describe(row.subject_kind, row.subject_id, req);
      if (!view || view.kind !== 'staff') {
        this.recordRefused('session.context', row, 'not-staff', ErrorCode.FORBIDDEN);
        return { ok: false, code: ErrorCode.FORBIDDEN };
      }
      if (!view.memberships.some((m) => m.organizationId === organizationId)) {
        this.audit.record({
          action: 'session.context',
          entityType: 'organization',
          entityId: organizationId,
          result: 'denied',
          errorCode: ErrorCode.FORBIDDEN,
          organizationId: null,
        });
        return { ok: false, code: ErrorCode.FORBIDDEN };
      }
      await this.db.query(
        `UPDATE auth_session SET organization_id = $2, last_used_at = $3 WHERE id = $1`,
        [row.id, organizationId, now],
      );
      await this.acceptMembership(view.id, organizationId);
      this.audit.record({
        action: 'session.context',
        entityType: 'auth_session',
        entityId: row.family_id,
        organizationId,
      });
      return { ok: true, grant: this.grant(view, organizationId, row.family_id) };
    });
  }

  /** `POST /auth/:app/logout`: revokes the cookie's family (whichever of its tokens it holds). */
  async logout(req: Request, res: Response, app: AppAudience): Promise<void> {
    const token = readRefreshCookie(req, app);
    clearRefreshCookie(res, app, this.config.publicUrl);
    if (!token) return;
    await this.onMaintenancePath(req, async () => {
      const [row] = await this.db.query<SessionRow[]>(
        `SELECT ${SESSION_COLUMNS} FROM auth_session WHERE token_hash = $1 AND app = $2`,
        [hashRefreshToken(token), app],
      );
      if (!row || row.revoked_at) return;
      await this.revokeFamily(row.family_id, 'logout', this.clock.now());
      this.audit.record({
        action: 'logout',
        entityType: 'auth_session',
        entityId: row.family_id,
        organizationId: row.organization_id,
      });
    });
  }

  /** Revokes every live session of a subject (password reset, on the maintenance path). */
  async revokeAllOf(kind: SessionSubject['kind'], id: string, reason: string): Promise<number> {
    const rows = returnedRows<{ family_id: string }>(
      await this.db.query(
        `UPDATE auth_session SET revoked_at = $3, revoked_reason = $4
          WHERE subject_kind = $1 AND subject_id = $2 AND revoked_at IS NULL
          RETURNING family_id`,
        [kind, id, this.clock.now(), reason],
      ),
    );
    return new Set(rows.map((r) => r.family_id)).size;
  }

  /** The signed-in user's live sessions (request transaction; the row policy shows only theirs). */
  async listOwn(): Promise<SessionListing[]> {
    const rows = await this.db.query<
      {
        family_id: string;
        app: AppAudience;
        method: string;
        family_started_at: Date;
        last_used_at: Date;
        expires_at: Date;
        user_agent: string | null;
        ip: string | null;
      }[]
    >(
      `SELECT family_id, app, method, family_started_at, last_used_at, expires_at, user_agent,
              host(ip) AS ip
         FROM auth_session
        WHERE used_at IS NULL AND revoked_at IS NULL AND expires_at > $1
        ORDER BY last_used_at DESC, family_id`,
      [this.clock.now()],
    );
    return rows.map((r) => ({
      id: r.family_id,
      app: r.app,
      method: r.method,
      startedAt: r.family_started_at,
      lastUsedAt: r.last_used_at,
      expiresAt: r.expires_at,
      userAgent: r.user_agent,
      ip: r.ip,
    }));
  }

  /** Ends one of the signed-in user's sessions; false when they have no such live session. */
  async revokeOwn(familyId: string): Promise<boolean> {
    const rows = returnedRows(
      await this.db.query(
        `UPDATE auth_session SET revoked_at = $2, revoked_reason = 'revoked-by-user'
          WHERE family_id = $1 AND revoked_at IS NULL RETURNING id`,
        [familyId, this.clock.now()],
      ),
    );
    if (rows.length)
      this.audit.record({
        action: 'session.revoke',
        entityType: 'auth_session',
        entityId: familyId,
      });
    return rows.length > 0;
  }

  /** Ends all of the signed-in user's sessions (this device's too); the number ended. */
  async revokeAllOwn(): Promise<number> {
    const rows = returnedRows<{ family_id: string }>(
      await this.db.query(
        `UPDATE auth_session SET revoked_at = $1, revoked_reason = 'logout-everywhere'
          WHERE revoked_at IS NULL RETURNING family_id`,
        [this.clock.now()],
      ),
    );
    const families = new Set(rows.map((r) => r.family_id));
    this.audit.record({
      action: 'session.revoke-all',
      entityType: 'auth_session',
      fields: [String(families.size)],
    });
    return families.size;
  }

  setCookie(res: Response, app: AppAudience, issued: IssuedRefreshToken): void {
    setRefreshCookie(
      res,
      app,
      issued.token,
      issued.expiresAt,
      this.config.publicUrl,
      this.clock.now(),
    );
  }

  clearCookie(res: Response, app: AppAudience): void {
    clearRefreshCookie(res, app, this.config.publicUrl);
  }

  private onMaintenancePath<T>(req: Request, fn: () => Promise<T>): Promise<T> {
    return this.transactions.run(
      AUTH_JOB,
      async () => {
        adoptRequest(req);
        return fn();
      },
      { role: 'reha_maintenance', requestId: requestIdOf(req) },
    );
  }

  /**
   * The live head of the family `token` belongs to — marked used when `consume` (refresh) —
   * or the refusal: unknown, expired or revoked tokens end here, and a token that was already
   * exchanged revokes its whole family (reuse).
   */
  private async takeHead(
    token: string,
    app: AppAudience,
    now: Date,
    consume: boolean,
  ): Promise<{ ok: true; row: SessionRow } | { ok: false; code: ErrorCode }> {
    const hash = hashRefreshToken(token);
    // One statement, so two refreshes with the same token cannot both succeed.
    const [head] = returnedRows<SessionRow>(
      await this.db.query(
        consume
          ? `UPDATE auth_session SET used_at = $3, last_used_at = $3
            WHERE token_hash = $1 AND app = $2 AND used_at IS NULL AND revoked_at IS NULL
              AND expires_at > $3
            RETURNING ${SESSION_COLUMNS}`
          : `SELECT ${SESSION_COLUMNS} FROM auth_session
            WHERE token_hash = $1 AND app = $2 AND used_at IS NULL AND revoked_at IS NULL
              AND expires_at > $3
            FOR UPDATE`,
        [hash, app, now],
      ),
    );
    if (head) return { ok: true, row: head };
    const [row] = await this.db.query<SessionRow[]>(
      `SELECT ${SESSION_COLUMNS} FROM auth_session WHERE token_hash = $1 AND app = $2`,
      [hash, app],
    );
    if (!row) {
      this.audit.record({
        action: 'session.refresh',
        entityType: 'auth_session',
        result: 'denied',
        errorCode: ErrorCode.SESSION_REVOKED,
        organizationId: null,
      });
    } else if (row.used_at) {
      if (!row.revoked_at) await this.revokeFamily(row.family_id, 'reuse', now);
      this.recordRefused('session.reuse', row, 'reuse');
    } else {
      if (!row.revoked_at) await this.revokeFamily(row.family_id, 'expired', now);
      this.recordRefused('session.refresh', row, row.revoked_at ? 'revoked' : 'expired');
    }
    return { ok: false, code: ErrorCode.SESSION_REVOKED };
  }

  private recordRefused(
    action: string,
    row: SessionRow,
    reason: string,
    errorCode: ErrorCode = ErrorCode.SESSION_REVOKED,
  ): void {
    this.audit.record({
      action,
      entityType: 'auth_session',
      entityId: row.family_id,
      fields: [reason],
      result: 'denied',
      errorCode,
      // In the log of the organization the session worked in, for its administrators.
      organizationId: row.organization_id,
    });
  }

  private async revokeFamily(familyId: string, reason: string, now: Date): Promise<void> {
    await this.db.query(
      `UPDATE auth_session SET revoked_at = $2, revoked_reason = $3
        WHERE family_id = $1 AND revoked_at IS NULL`,
      [familyId, now, reason],
    );
  }
}

/** 32 random bytes, base64url: the refresh token only the cookie ever holds. */
function newRefreshToken(): string {
  return randomBytes(32).toString('base64url');
}

function userAgentOf(req: Request): string | null {
  const ua = req.headers['user-agent'];
  return typeof ua === 'string' && ua ? ua.slice(0, 300) : null;
}
