import { createSecretKey, KeyObject } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import jwt from 'jsonwebtoken';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/config.schema';
import { ANONYMOUS, Principal } from '../tenancy/principal';

/** One audience per front door; a token for one app is refused by the others. */
export type AppAudience = 'admin' | 'client' | 'stats' | 'operator';

export interface AccessTokenClaims {
  /** User id (staff, agency, operator) or person id. */
  sub: string;
  kind: 'staff' | 'person' | 'agency' | 'operator';
  /** The chosen organization context of a staff member. */
  org?: string;
  agency?: string;
  /** The session (refresh-token family) the token was issued for: "this device" in lists. */
  sid?: string;
}

const AUDIENCE_OF: Record<AccessTokenClaims['kind'], AppAudience> = {
  staff: 'admin',
  person: 'client',
  agency: 'stats',
  operator: 'operator',
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export class InvalidTokenError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'InvalidTokenError';
  }
}

/**
 * Short-lived signed access tokens (HS256). A token names a principal and, for staff, the
 * organization context; it carries no roles — those are read from the membership inside the
 * request's transaction, so removing a member takes effect on their next request.
 */
@Injectable()
export class AccessTokens {
  /** A key object, not a Buffer: jsonwebtoken otherwise tries it as a public key on every call. */
  private readonly secret: KeyObject;

  constructor(@Inject(APP_CONFIG) config: Pick<AppConfig, 'jwtSecret'>) {
    this.secret = createSecretKey(Buffer.from(config.jwtSecret, 'base64'));
  }

  sign(claims: AccessTokenClaims, ttlSeconds = 15 * 60): string {
    const payload = { kind: claims.kind, org: claims.org, agency: claims.agency, sid: claims.sid };
    return jwt.sign(payload, this.secret, {
      algorithm: 'HS256',
      subject: claims.sub,
      audience: AUDIENCE_OF[claims.kind],
      issuer: 'reha',
      expiresIn: ttlSeconds,
    });
  }

  /** The principal of an `Authorization: Bearer …` header; anonymous without one. */
  principalOf(authorization: string | undefined): Principal {
    if (!authorization) return ANONYMOUS;
    const m = /^Bearer\s+(\S+)$/i.exec(authorization);
    if (!m) throw new InvalidTokenError('malformed Authorization header');
    let payload: jwt.JwtPayload;
    try {
      payload = jwt.verify(m[1]!, this.secret, {
        algorithms: ['HS256'],
        issuer: 'reha',
        audience: ['admin', 'client', 'stats', 'operator'],
      }) as jwt.JwtPayload;
    } catch (error) {
      throw new InvalidTokenError((error as Error).name);
    }
    const kind = payload.kind as AccessTokenClaims['kind'];
    if (!kind || AUDIENCE_OF[kind] !== payload.aud) throw new InvalidTokenError('wrong audience');
    const sub = payload.sub ?? '';
    if (!UUID.test(sub)) throw new InvalidTokenError('bad subject');
    switch (kind) {
      case 'staff':
        if (typeof payload.org !== 'string' || !UUID.test(payload.org))
          throw new InvalidTokenError('staff token without organization');
        return {
          kind: 'staff',
          userId: sub,
          organizationId: payload.org,
          roles: [],
          permissions: new Set(),
        };
      case 'person':
        return { kind: 'person', personId: sub };
      case 'agency':
        return { kind: 'agency', userId: sub, agencyCode: String(payload.agency ?? '') };
      case 'operator':
        return { kind: 'operator', userId: sub };
      default:
        throw new InvalidTokenError('unknown principal kind');
    }
  }
}
