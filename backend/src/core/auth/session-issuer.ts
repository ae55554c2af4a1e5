import type { Request, Response } from 'express';
import type { AppAudience } from './access-tokens';

/** Who a new session is for, and how they proved it. */
export interface SessionSubject {
  kind: 'staff' | 'person' | 'agency' | 'operator';
  /** app_user id (staff, agency, operator) or person id. */
  id: string;
  method: 'password' | 'eid';
}

/**
 * Starts a login session: a refresh-token family whose token goes into the app's httpOnly,
 * SameSite=Strict cookie (named and pathed per app). The SPA then calls
 * `POST /auth/{app}/refresh` for its short-lived access token. Implemented by the password
 * login module; used by it and by eID login.
 */
export interface SessionIssuer {
  start(req: Request, res: Response, app: AppAudience, subject: SessionSubject): Promise<void>;
}

export const SESSION_ISSUER = Symbol('SESSION_ISSUER');
