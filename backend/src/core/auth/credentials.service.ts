import { Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { ErrorCode } from '@reha/shared';
import type { AuditRecord } from '../audit/audit.service';
import { AuditService } from '../audit/audit.service';
import { Clock } from '../clock/clock';
import { BlindIndexer } from '../crypto/blind-index';
import { AppError } from '../errors/app-error';
import { Db } from '../tenancy/db';
import { TenantTransactions } from '../tenancy/tenant-transactions';
import type { AppAudience } from './access-tokens';
import { afterFailure, lockRemainingSeconds, ThrottleState } from './credentials-lockout';
import { PasswordHasher } from './password-hasher';
import {
  adoptRequest,
  APP_OF_KIND,
  AUTH_JOB,
  IssuedRefreshToken,
  principalOfSubject,
  requestIdOf,
  SessionGrant,
  SessionService,
  SubjectView,
} from './session.service';
import { SecondFactor, TotpService } from './totp.service';

export interface PasswordLogin {
  email: string;
  password: string;
  /** The authenticator's 6-digit code or a recovery code, once TOTP_REQUIRED was answered. */
  totp?: string;
}

type Authentication =
  | { ok: true; view: SubjectView; organizationId: string | null; factors: string[] }
  | { ok: false; code: ErrorCode; params?: Record<string, number> };

interface UserCredentialRow {
  id: string;
  kind: 'staff' | 'agency' | 'operator';
  password_hash: string | null;
  totp_secret: Buffer | null;
}

/** Blind-index domain of the lockout counter's key. */
const LOGIN_EMAIL_DOMAIN = 'auth:login-email';

/** The HMAC of an e-mail address: keys the lockout counter and names unknown addresses in audit. */
export function loginEmailKey(blind: BlindIndexer, email: string): Buffer {
  return blind.exact(LOGIN_EMAIL_DOMAIN, email.trim().toLowerCase() || '-');
}

/**
 * Password login (with TOTP when the user turned it on) for staff, agency analysts and the
 * platform operator, each at their own front door.
 *
 * Unknown address, wrong password, wrong front door: one answer (INVALID_CREDENTIALS), one
 * argon2 hash of work, one lockout counter per address whether an account exists or not — so
 * neither the answer, its timing nor the lockout tells which addresses have accounts.
 * Five failures in a row lock the address for a growing period (ACCOUNT_LOCKED with
 * retryAfter), also against the right password; a success clears the count.
 *
 * Two transactions: the check runs as the `auth` job on the maintenance path (the user is not
 * known yet, and the counters and credentials are central); the session is then opened as
 * the user, in their own transaction, where the login success is recorded.
 */
@Injectable()
export class CredentialsService {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly db: Db,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly hasher: PasswordHasher,
    private readonly blind: BlindIndexer,
    private readonly totp: TotpService,
    private readonly sessions: SessionService,
  ) {}

  async login(
    req: Request,
    app: AppAudience,
    input: PasswordLogin,
  ): Promise<{ grant: SessionGrant; refresh: IssuedRefreshToken }> {
    const outcome = await this.transactions.run(
      AUTH_JOB,
      async () => {
        adoptRequest(req);
        return this.authenticate(req, app, input);
      },
      { role: 'reha_maintenance', requestId: requestIdOf(req) },
    );
    if (!outcome.ok) throw new AppError(outcome.code, outcome.params);
    const { view, organizationId } = outcome;
    const refresh = await this.transactions.run(
      principalOfSubject(view, organizationId),
      async () => {
        adoptRequest(req);
        const issued = await this.sessions.open(view, app, 'password', organizationId, req);
        this.audit.record({
          action: 'login',
          entityType: 'app_user',
          entityId: view.id,
          fields: outcome.factors,
        });
        return issued;
      },
      { requestId: requestIdOf(req) },
    );
    return { grant: this.sessions.grant(view, organizationId, refresh.familyId), refresh };
  }

  private async authenticate(
    req: Request,
    app: AppAudience,
    input: PasswordLogin,
  ): Promise<Authentication> {
    const now = this.clock.now();
    const emailKey = loginEmailKey(this.blind, input.email);
    const throttle = await this.throttle(emailKey);
    const remaining = lockRemainingSeconds(throttle, now);
    const [user] = await this.db.query<UserCredentialRow[]>(
      `SELECT u.id, u.kind, c.password_hash, c.totp_secret
         FROM app_user u LEFT JOIN user_credential c ON c.user_id = u.id
        WHERE u.email = $1`,
      [input.email.trim()],
    );
    const subject = subjectOf(user, emailKey);
    if (remaining > 0) {
      this.deny('login', subject, ErrorCode.ACCOUNT_LOCKED);
      return { ok: false, code: ErrorCode.ACCOUNT_LOCKED, params: { retryAfter: remaining } };
    }
    // Always exactly one argon2 verification, account or not.
    const passwordOk = await this.hasher.verify(user?.password_hash, input.password);
    if (!user || !passwordOk || APP_OF_KIND[user.kind] !== app)
      return this.fail(emailKey, throttle, subject, 'login', ErrorCode.INVALID_CREDENTIALS, now);

    const factors = ['password'];
    if (user.totp_secret) {
      if (!input.totp?.trim()) {
        this.deny('login', subject, ErrorCode.TOTP_REQUIRED);
        return { ok: false, code: ErrorCode.TOTP_REQUIRED };
      }
      const factor: SecondFactor | null = await this.totp.verify(
        user.id,
        user.totp_secret,
        input.totp,
      );
      if (!factor)
        return this.fail(emailKey, throttle, subject, 'login.totp', ErrorCode.TOTP_INVALID, now);
      factors.push(factor);
    }

    await this.db.query(`DELETE FROM login_throttle WHERE subject_hash = $1`, [emailKey]);
    if (this.hasher.needsRehash(user.password_hash!)) {
      await this.db.query(
        `UPDATE user_credential SET password_hash = $2, updated_at = $3 WHERE user_id = $1`,
        [user.id, await this.hasher.hash(input.password), now],
      );
    }
    const view = await this.sessions.describe(user.kind, user.id, req);
    const organizationId = view ? this.sessions.pickOrganization(view) : null;
    if (!view || (view.kind === 'staff' && !organizationId)) {
      // The right password, but no organization to work in (every membership ended).
      this.deny('login', subject, ErrorCode.FORBIDDEN);
      return { ok: false, code: ErrorCode.FORBIDDEN };
    }
    return { ok: true, view, organizationId, factors };
  }

  /** A failed attempt: counted (the fifth in a row locks), recorded, and answered. */
  private async fail(
    emailKey: Buffer,
    before: ThrottleState | undefined,
    subject: Pick<AuditRecord, 'entityType' | 'entityId'>,
    action: string,
    code: ErrorCode,
    now: Date,
  ): Promise<Authentication> {
    // Counted on the row's current value, locked, so parallel attempts all count.
    await this.db.query(
      `INSERT INTO login_throttle (subject_hash, updated_at) VALUES ($1, $2)
       ON CONFLICT (subject_hash) DO NOTHING`,
      [emailKey, now],
    );
    const current = (await this.throttle(emailKey, true)) ?? before;
    const next = afterFailure(current, now);
    await this.db.query(
      `UPDATE login_throttle
          SET failed_count = $2, lockout_level = $3, locked_until = $4, last_locked_at = $5,
              updated_at = $6
        WHERE subject_hash = $1`,
      [emailKey, next.failedCount, next.lockoutLevel, next.lockedUntil, next.lastLockedAt, now],
    );
    this.deny(action, subject, code);
    if (!next.lockedNow) return { ok: false, code };
    this.deny('login.lockout', subject, ErrorCode.ACCOUNT_LOCKED);
    return {
      ok: false,
      code: ErrorCode.ACCOUNT_LOCKED,
      params: { retryAfter: lockRemainingSeconds(next, now) },
    };
  }

  private deny(
    action: string,
    subject: Pick<AuditRecord, 'entityType' | 'entityId'>,
    errorCode: ErrorCode,
  ): void {
    // Committed with the counters: the attempt is over, nothing is rolled back.
    this.audit.record({ action, ...subject, result: 'denied', errorCode, organizationId: null });
  }

  private async throttle(key: Buffer, lock = false): Promise<ThrottleState | undefined> {
    const [row] = await this.db.query<
      {
        failed_count: number;
        lockout_level: number;
        locked_until: Date | null;
        last_locked_at: Date | null;
      }[]
    >(
      `SELECT failed_count, lockout_level, locked_until, last_locked_at
         FROM login_throttle WHERE subject_hash = $1${lock ? ' FOR UPDATE' : ''}`,
      [key],
    );
    return row
      ? {
          failedCount: row.failed_count,
          lockoutLevel: row.lockout_level,
          lockedUntil: row.locked_until,
          lastLockedAt: row.last_locked_at,
        }
      : undefined;
  }
}

/**
 * What a login attempt's audit event names: the user when the address has an account, else
 * the first 16 bytes of the address's HMAC — never the address itself.
 */
function subjectOf(
  user: UserCredentialRow | undefined,
  emailKey: Buffer,
): Pick<AuditRecord, 'entityType' | 'entityId'> {
  return user
    ? { entityType: 'app_user', entityId: user.id }
    : { entityType: 'login_email', entityId: emailKey.subarray(0, 16).toString('hex') };
}
