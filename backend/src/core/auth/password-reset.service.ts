import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { ErrorCode, Locale } from '@reha/shared';
import { AuditService } from '../audit/audit.service';
import { Clock } from '../clock/clock';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/config.schema';
import { BlindIndexer } from '../crypto/blind-index';
import { AppError } from '../errors/app-error';
import { EmailOutbox } from '../mail/email-outbox';
import { localeOf } from '../request/request-context';
import { Db } from '../tenancy/db';
import { requireScope } from '../tenancy/scope';
import { TenantTransactions } from '../tenancy/tenant-transactions';
import type { AppAudience } from './access-tokens';
import { loginEmailKey } from './credentials.service';
import { PasswordHasher } from './password-hasher';
import { passwordProblems } from './password-rules';
import {
  adoptRequest,
  APP_OF_KIND,
  AUTH_JOB,
  requestIdOf,
  SessionService,
} from './session.service';

/** A reset link works for 30 minutes, once. */
export const PASSWORD_RESET_TTL_MS = 30 * 60 * 1000;
/** At most one reset e-mail a minute per account: the form cannot be used to flood a mailbox. */
export const PASSWORD_RESET_RESEND_MS = 60 * 1000;

/** A set-password link in an invitation (a new account) works for 72 hours, once. */
export const INVITATION_TTL_MS = 72 * 60 * 60 * 1000;

const INVITATION_MAIL: Record<Locale, { subject: string; text: (link: string) => string }> = {
  et: {
    subject: 'Kutse Rehasse',
    text: (link) =>
      `Teile on loodud Reha konto.\n\nValige parool 72 tunni jooksul sellel lingil:\n${link}\n`,
  },
  en: {
    subject: 'Invitation to Reha',
    text: (link) =>
      `A Reha account has been created for you.\n\nChoose your password within 72 hours at this link:\n${link}\n`,
  },
  ru: {
    subject: 'Приглашение в Reha',
    text: (link) =>
      `Для вас создана учётная запись Reha.\n\nВыберите пароль в течение 72 часов по этой ссылке:\n${link}\n`,
  },
};

/** The front doors with password accounts, and where each one's reset page is. */
export type PasswordApp = Exclude<AppAudience, 'client'>;
const RESET_PAGE: Record<PasswordApp, string> = {
  admin: '/admin/reset',
  operator: '/admin/reset',
  stats: '/stats/reset',
};

const TOKEN =
  /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.([A-Za-z0-9_-]{43})$/;

const MAIL: Record<Locale, { subject: string; text: (link: string) => string }> = {
  et: {
    subject: 'Reha parooli taastamine',
    text: (link) =>
      `Keegi (loodetavasti teie) palus Reha parooli taastamist.\n\nUue parooli saate valida 30 minuti jooksul sellel lingil:\n${link}\n\nKui te ei palunud parooli taastamist, jätke see kiri tähelepanuta: teie parool jääb samaks.\n`,
  },
  en: {
    subject: 'Reha password reset',
    text: (link) =>
      `Someone (hopefully you) asked to reset the Reha password.\n\nChoose a new password within 30 minutes at this link:\n${link}\n\nIf you did not ask for this, ignore this e-mail: your password stays as it is.\n`,
  },
  ru: {
    subject: 'Сброс пароля Reha',
    text: (link) =>
      `Кто-то (надеемся, вы) запросил сброс пароля Reha.\n\nВыберите новый пароль в течение 30 минут по этой ссылке:\n${link}\n\nЕсли вы не запрашивали сброс, просто проигнорируйте это письмо: ваш пароль не изменится.\n`,
  },
};

/**
 * Password reset by e-mail. The request always answers the same (202), so it tells nothing
 * about which addresses have accounts. The link carries `<reset id>.<signature>`: an HMAC
 * (a key derived from REHA_JWT_SECRET) over the id, the user and the expiry, so a database
 * copy holds no usable link and a guessed or altered one fails; the row makes it single-use.
 * The e-mail (through the outbox) holds nothing but the link.
 *
 * Setting the new password ends every session of the user and clears the lockout.
 */
@Injectable()
export class PasswordResetService {
  private readonly signingKey: Buffer;

  constructor(
    private readonly transactions: TenantTransactions,
    private readonly db: Db,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly hasher: PasswordHasher,
    private readonly blind: BlindIndexer,
    private readonly email: EmailOutbox,
    private readonly sessions: SessionService,
    @Inject(APP_CONFIG) private readonly config: Pick<AppConfig, 'publicUrl' | 'jwtSecret'>,
  ) {
    this.signingKey = createHmac('sha256', Buffer.from(config.jwtSecret, 'base64'))
      .update('reha:password-reset')
      .digest();
  }

  /** `POST /auth/:app/password-reset/request`: sends the link if the address has an account. */
  async request(req: Request, app: PasswordApp, email: string): Promise<void> {
    await this.transactions.run(
      AUTH_JOB,
      async () => {
        adoptRequest(req);
        const now = this.clock.now();
        const [user] = await this.db.query<{ id: string; kind: string; email: string }[]>(
          `SELECT id, kind, email FROM app_user WHERE email = $1`,
          [email.trim()],
        );
        if (!user || APP_OF_KIND[user.kind as 'staff'] !== app) {
          this.audit.record({
            action: 'password-reset.request',
            entityType: 'login_email',
            entityId: loginEmailKey(this.blind, email).subarray(0, 16).toString('hex'),
            result: 'denied',
            errorCode: ErrorCode.NOT_FOUND,
            organizationId: null,
          });
          return;
        }
        const recent = await this.db.query<unknown[]>(
          `SELECT 1 FROM password_reset
            WHERE user_id = $1 AND used_at IS NULL AND created_at > $2`,
          [user.id, new Date(now.getTime() - PASSWORD_RESET_RESEND_MS)],
        );
        if (recent.length) {
          this.audit.record({
            action: 'password-reset.request',
            entityType: 'app_user',
            entityId: user.id,
            result: 'denied',
            errorCode: ErrorCode.RATE_LIMITED,
            organizationId: null,
          });
          return;
        }
        const id = randomUUID();
        const expiresAt = new Date(now.getTime() + PASSWORD_RESET_TTL_MS);
        await this.db.query(
          `INSERT INTO password_reset (id, user_id, app, created_at, expires_at)
           VALUES ($1, $2, $3, $4, $5)`,
          [id, user.id, app, now, expiresAt],
        );
        const token = `${id}.${this.sign(id, user.id, expiresAt)}`;
        const link = `${this.config.publicUrl.replace(/\/+$/, '')}${RESET_PAGE[app]}?token=${token}`;
        const mail = MAIL[localeOf(req)];
        await this.email.queue({
          to: user.email,
          subject: mail.subject,
          text: mail.text(link),
          idempotencyKey: `password-reset:${id}`,
          organizationId: null,
        });
        this.audit.record({
          action: 'password-reset.request',
          entityType: 'app_user',
          entityId: user.id,
          organizationId: null,
        });
      },
      { role: 'reha_maintenance', requestId: requestIdOf(req) },
    );
  }

  /**
   * `POST /auth/:app/password-reset/confirm`: sets the new password if the link is genuine,
   * unexpired and unused (else PASSWORD_RESET_INVALID) and the password follows the rules
   * (else BAD_USER_INPUT naming `password`; the link stays usable).
   */
  async confirm(req: Request, app: PasswordApp, token: string, password: string): Promise<void> {
    const failure = await this.transactions.run(
      AUTH_JOB,
      async (): Promise<AppError | undefined> => {
        adoptRequest(req);
        const now = this.clock.now();
        const m = TOKEN.exec(token.trim());
        const [reset] = m
          ? await this.db.query<
              {
                id: string;
                user_id: string;
                app: string;
                expires_at: Date;
                used_at: Date | null;
                email: string;
              }[]
            >(
              `SELECT r.id, r.user_id, r.app, r.expires_at, r.used_at, u.email
                 FROM password_reset r JOIN app_user u ON u.id = r.user_id
                WHERE r.id = $1 FOR UPDATE OF r`,
              [m[1]],
            )
          : [];
        const genuine =
          reset !== undefined &&
          reset.app === app &&
          this.verifySignature(m![2]!, reset.id, reset.user_id, reset.expires_at);
        if (!genuine || reset.used_at || reset.expires_at <= now) {
          this.audit.record({
            action: 'password-reset.confirm',
            entityType: 'password_reset',
            entityId: reset?.id,
            fields: [!genuine ? 'forged' : reset.used_at ? 'used' : 'expired'],
            result: 'denied',
            errorCode: ErrorCode.PASSWORD_RESET_INVALID,
            organizationId: null,
          });
          return new AppError(ErrorCode.PASSWORD_RESET_INVALID);
        }
        const problems = passwordProblems(password, reset.email);
        if (problems.length) {
          this.audit.record({
            action: 'password-reset.confirm',
            entityType: 'app_user',
            entityId: reset.user_id,
            fields: problems.map((p) => p.key),
            result: 'denied',
            errorCode: ErrorCode.BAD_USER_INPUT,
            organizationId: null,
          });
          return AppError.badInput(problems);
        }
        await this.db.query(
          `INSERT INTO user_credential (user_id, password_hash, password_changed_at, updated_at)
           VALUES ($1, $2, $3, $3)
           ON CONFLICT (user_id) DO UPDATE
             SET password_hash = EXCLUDED.password_hash,
                 password_changed_at = EXCLUDED.password_changed_at,
                 updated_at = EXCLUDED.updated_at`,
          [reset.user_id, await this.hasher.hash(password), now],
        );
        // This link and any other still open for the user are spent.
        await this.db.query(
          `UPDATE password_reset SET used_at = $2 WHERE user_id = $1 AND used_at IS NULL`,
          [reset.user_id, now],
        );
        await this.db.query(`DELETE FROM login_throttle WHERE subject_hash = $1`, [
          loginEmailKey(this.blind, reset.email),
        ]);
        const [user] = await this.db.query<{ kind: 'staff' | 'agency' | 'operator' }[]>(
          `SELECT kind FROM app_user WHERE id = $1`,
          [reset.user_id],
        );
        await this.sessions.revokeAllOf(user!.kind, reset.user_id, 'password-reset');
        this.audit.record({
          action: 'password-reset.confirm',
          entityType: 'app_user',
          entityId: reset.user_id,
          fields: ['password'],
          organizationId: null,
        });
        return undefined;
      },
      { role: 'reha_maintenance', requestId: requestIdOf(req) },
    );
    if (failure) throw failure;
  }

  /**
   * Queues a set-password e-mail for a new account (the operator's new organization admin,
   * or a member an organization admin invites): the same single-use signed link as a reset,
   * valid for 72 hours. Runs in the caller's scope: a maintenance transaction, or a staff
   * request, where the link comes from `reha_invitation_link` (only for an invitee of that
   * organization with no way in yet; false, and nothing queued, otherwise).
   */
  async queueInvitation(
    user: { id: string; email: string },
    app: PasswordApp,
    locale: Locale,
  ): Promise<boolean> {
    const now = this.clock.now();
    const id = randomUUID();
    const expiresAt = new Date(now.getTime() + INVITATION_TTL_MS);
    // In a staff request the mail and the audit event belong to the organization's own log.
    const inOrganization = requireScope('invitation').role === 'reha_app';
    if (inOrganization) {
      const [{ ok }] = await this.db.query<{ ok: boolean }[]>(
        `SELECT reha_invitation_link($1, $2, $3, $4) AS ok`,
        [id, user.id, now, expiresAt],
      );
      if (!ok) return false;
    } else {
      await this.db.query(
        `INSERT INTO password_reset (id, user_id, app, created_at, expires_at)
         VALUES ($1, $2, $3, $4, $5)`,
        [id, user.id, app, now, expiresAt],
      );
    }
    const token = `${id}.${this.sign(id, user.id, expiresAt)}`;
    const link = `${this.config.publicUrl.replace(/\/+$/, '')}${RESET_PAGE[app]}?token=${token}`;
    const mail = INVITATION_MAIL[locale];
    await this.email.queue({
      to: user.email,
      subject: mail.subject,
      text: mail.text(link),
      idempotencyKey: `invitation:${id}`,
      organizationId: inOrganization ? undefined : null,
    });
    this.audit.record({
      action: 'invitation.send',
      entityType: 'app_user',
      entityId: user.id,
      organizationId: inOrganization ? undefined : null,
    });
    return true;
  }

  private sign(id: string, userId: string, expiresAt: Date): string {
    return createHmac('sha256', this.signingKey)
      .update(`${id}:${userId}:${expiresAt.getTime()}`)
      .digest('base64url');
  }

  private verifySignature(signature: string, id: string, userId: string, expiresAt: Date): boolean {
    const expected = Buffer.from(this.sign(id, userId, expiresAt));
    const given = Buffer.from(signature);
    return given.length === expected.length && timingSafeEqual(given, expected);
  }
}
