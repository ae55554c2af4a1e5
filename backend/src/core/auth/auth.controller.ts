import { Body, Controller, HttpCode, Inject, Param, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { ErrorCode } from '@reha/shared';
import { AuditService } from '../audit/audit.service';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/config.schema';
import { AppError } from '../errors/app-error';
import { TenantTransactions } from '../tenancy/tenant-transactions';
import type { AppAudience } from './access-tokens';
import {
  ContextBody,
  LoginBody,
  PasswordResetConfirmBody,
  PasswordResetRequestBody,
} from './credentials.dto';
import { CredentialsService } from './credentials.service';
import { PasswordApp, PasswordResetService } from './password-reset.service';
import { hasForeignOrigin, isApp, isCrossSiteRequest } from './session-cookie';
import {
  adoptRequest,
  AUTH_JOB,
  requestIdOf,
  SessionGrant,
  SessionService,
} from './session.service';

/**
 * The sign-in REST endpoints, one set per front door (`:app` = admin, client, stats,
 * operator). The refresh token lives only in the app's httpOnly cookie (`reha_rt_<app>`,
 * Path=/auth/<app>); the endpoints that act on it demand `X-Reha-CSRF: 1` and, when the
 * browser names an Origin, Reha's own. Errors are the REST error shape of RestErrorFilter,
 * in the caller's language.
 */
@Controller('auth')
export class AuthController {
  constructor(
    private readonly credentials: CredentialsService,
    private readonly sessions: SessionService,
    private readonly resets: PasswordResetService,
    private readonly transactions: TenantTransactions,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: Pick<AppConfig, 'publicUrl'>,
  ) {}

  /** Password login → SessionGrant and the refresh cookie. */
  @Post(':app/login')
  @HttpCode(200)
  async login(
    @Param('app') app: string,
    @Body() body: LoginBody,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<SessionGrant> {
    const door = passwordApp(app);
    await this.refuseForeignOrigin(req, 'login');
    try {
      const { grant, refresh } = await this.credentials.login(req, door, body);
      this.sessions.setCookie(res, door, refresh);
      return grant;
    } catch (error) {
      if (error instanceof AppError && error.code === ErrorCode.ACCOUNT_LOCKED)
        res.setHeader('Retry-After', String(error.params.retryAfter));
      throw error;
    }
  }

  /** Exchanges the refresh cookie for a new one and a new access token. */
  @Post(':app/refresh')
  @HttpCode(200)
  async refresh(
    @Param('app') app: string,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<SessionGrant> {
    const door = anyApp(app);
    await this.refuseCrossSite(req, 'session.refresh');
    const outcome = await this.sessions.refresh(req, door);
    if (!outcome.ok) {
      this.sessions.clearCookie(res, door);
      throw new AppError(outcome.code);
    }
    this.sessions.setCookie(res, door, outcome.refresh!);
    return outcome.grant;
  }

  /** Ends the cookie's session (its whole token family) and clears the cookie. 204. */
  @Post(':app/logout')
  @HttpCode(204)
  async logout(
    @Param('app') app: string,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<void> {
    const door = anyApp(app);
    await this.refuseCrossSite(req, 'logout');
    await this.sessions.logout(req, res, door);
  }

  /** Switches the staff session to another of the user's organizations. */
  @Post('admin/context')
  @HttpCode(200)
  async context(
    @Body() body: ContextBody,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<SessionGrant> {
    await this.refuseCrossSite(req, 'session.context');
    const outcome = await this.sessions.switchOrganization(req, 'admin', body.organizationId);
    if (!outcome.ok) {
      if (outcome.code !== ErrorCode.FORBIDDEN) this.sessions.clearCookie(res, 'admin');
      throw new AppError(outcome.code);
    }
    return outcome.grant;
  }

  /** Always 202 with an empty body: whether the address has an account is not told. */
  @Post(':app/password-reset/request')
  @HttpCode(202)
  async requestPasswordReset(
    @Param('app') app: string,
    @Body() body: PasswordResetRequestBody,
    @Req() req: Request,
  ): Promise<void> {
    const door = passwordApp(app);
    await this.refuseForeignOrigin(req, 'password-reset.request');
    await this.resets.request(req, door, body.email);
  }

  /** Sets the new password (204); every session of the user ends. */
  @Post(':app/password-reset/confirm')
  @HttpCode(204)
  async confirmPasswordReset(
    @Param('app') app: string,
    @Body() body: PasswordResetConfirmBody,
    @Req() req: Request,
  ): Promise<void> {
    const door = passwordApp(app);
    await this.refuseForeignOrigin(req, 'password-reset.confirm');
    await this.resets.confirm(req, door, body.token, body.password);
  }

  private async refuseCrossSite(req: Request, action: string): Promise<void> {
    if (isCrossSiteRequest(req, this.config.publicUrl)) await this.refuse(req, action);
  }

  /** Login and reset need no cookie, but a page of another site must not drive them either. */
  private async refuseForeignOrigin(req: Request, action: string): Promise<void> {
    if (hasForeignOrigin(req, this.config.publicUrl)) await this.refuse(req, action);
  }

  private async refuse(req: Request, action: string): Promise<never> {
    await this.transactions.run(
      AUTH_JOB,
      async () => {
        adoptRequest(req);
        this.audit.record({
          action,
          entityType: 'csrf',
          result: 'denied',
          errorCode: ErrorCode.CSRF_REJECTED,
          organizationId: null,
        });
      },
      { requestId: requestIdOf(req) },
    );
    throw new AppError(ErrorCode.CSRF_REJECTED);
  }
}

function anyApp(app: string): AppAudience {
  if (!isApp(app)) throw new AppError(ErrorCode.NOT_FOUND);
  return app;
}

/** The front doors with password accounts; the client portal signs in with eID only. */
function passwordApp(app: string): PasswordApp {
  const door = anyApp(app);
  if (door === 'client') throw new AppError(ErrorCode.NOT_FOUND);
  return door;
}
