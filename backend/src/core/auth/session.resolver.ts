import { Args, Context, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import jwt from 'jsonwebtoken';
import { ErrorCode } from '@reha/shared';
import { AppError } from '../errors/app-error';
import type { RequestContext } from '../request/request-context';
import { Db } from '../tenancy/db';
import type { StaffPrincipal } from '../tenancy/principal';
import { requireScope } from '../tenancy/scope';
import { RequirePrincipal } from './require-permission';
import { SessionService } from './session.service';
import { AuthSession, CurrentUser } from './session.types';
import { TotpService } from './totp.service';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The signed-in staff member of the request (the guard admits no one else). */
export function signedInStaff(): StaffPrincipal {
  const principal = requireScope('signed-in user').principal;
  if (principal.kind !== 'staff') throw new AppError(ErrorCode.FORBIDDEN);
  return principal;
}

/** The session id (`sid`) of the request's access token, already verified by the context. */
function sessionIdOf(ctx: RequestContext): string | undefined {
  const bearer = /^Bearer\s+(\S+)$/i.exec(ctx.req.headers.authorization ?? '')?.[1];
  const payload = bearer ? jwt.decode(bearer) : null;
  return payload && typeof payload === 'object' && typeof payload.sid === 'string'
    ? payload.sid
    : undefined;
}

/**
 * The signed-in user's own account and sessions. Self-service on one's own identity, not on
 * organization data: no permission, but a signed-in staff member (`@RequirePrincipal`), and
 * the row policies let them see and end only their own sessions.
 */
@Resolver()
export class SessionResolver {
  constructor(
    private readonly sessions: SessionService,
    private readonly totp: TotpService,
    private readonly db: Db,
  ) {}

  @RequirePrincipal('staff')
  @Query(() => CurrentUser, { description: 'The signed-in staff member.' })
  async me(@Context() ctx: RequestContext): Promise<CurrentUser> {
    const principal = signedInStaff();
    const [user] = await this.db.query<
      { id: string; display_name: string; email: string; totp_enabled: boolean }[]
    >(
      `SELECT u.id, u.display_name, u.email, c.totp_enabled_at IS NOT NULL AS totp_enabled
         FROM app_user u LEFT JOIN user_credential c ON c.user_id = u.id
        WHERE u.id = $1`,
      [principal.userId],
    );
    if (!user) throw new AppError(ErrorCode.NOT_FOUND);
    return {
      id: user.id,
      displayName: user.display_name,
      email: user.email,
      totpEnabled: user.totp_enabled,
      recoveryCodesLeft: user.totp_enabled ? await this.totp.recoveryCodesLeft(user.id) : 0,
      organizationId: principal.organizationId,
      roles: principal.roles,
      permissions: [...principal.permissions].sort(),
      scope: principal.scope ?? 'own',
      memberships: await this.sessions.memberships(user.id, ctx.req),
    };
  }

  @RequirePrincipal('staff')
  @Query(() => [AuthSession], {
    description: "The signed-in user's live sessions (devices), most recently used first.",
  })
  async mySessions(@Context() ctx: RequestContext): Promise<AuthSession[]> {
    signedInStaff();
    const current = sessionIdOf(ctx);
    return (await this.sessions.listOwn()).map((s) => ({ ...s, current: s.id === current }));
  }

  @RequirePrincipal('staff')
  @Mutation(() => Boolean, {
    description:
      'Ends one of your sessions: its refresh token stops working at once, its access token within 15 minutes.',
  })
  async revokeSession(@Args('id', { type: () => ID }) id: string): Promise<boolean> {
    signedInStaff();
    if (!UUID.test(id)) throw AppError.badInput([{ field: 'id', key: 'INVALID_FORMAT' }]);
    if (!(await this.sessions.revokeOwn(id))) throw new AppError(ErrorCode.NOT_FOUND);
    return true;
  }

  @RequirePrincipal('staff')
  @Mutation(() => Int, {
    description: 'Ends all of your sessions, this one included; answers how many were ended.',
  })
  async logoutEverywhere(): Promise<number> {
    signedInStaff();
    return this.sessions.revokeAllOwn();
  }
}
