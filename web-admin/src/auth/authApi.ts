import { authRequest } from '../api/authRequest';

/** The signed-in staff member, as the /auth endpoints describe them. */
export interface SessionUser {
  id: string;
  displayName: string;
  email: string;
  totpEnabled: boolean;
}

/** An organization the user works in, with their roles there. */
export interface Membership {
  organizationId: string;
  organizationName: string;
  roles: string[];
}

/** What login, refresh and a change of organization answer with. */
export interface SessionGrant {
  accessToken: string;
  /** ISO 8601 (or epoch seconds). */
  expiresAt: string | number;
  user: SessionUser;
  memberships: Membership[];
  /** The organization the access token works in; null until one is chosen. */
  organizationId: string | null;
}

export interface Credentials {
  email: string;
  password: string;
  /** The authenticator app's six-digit code, once the API answered TOTP_REQUIRED. */
  totp?: string;
}

/** The sign-in front doors web-admin serves: staff, and the platform operator's area. */
export type AuthApp = 'admin' | 'operator';

/** The /auth endpoints of one front door (the refresh cookie is per app: `reha_rt_<app>`). */
export function authApi(app: AuthApp) {
  return {
    login: (credentials: Credentials) =>
      authRequest<SessionGrant>(`/auth/${app}/login`, credentials),
    /** A new access token for the refresh cookie (which rotates with each call). */
    refresh: () => authRequest<SessionGrant>(`/auth/${app}/refresh`),
    logout: () => authRequest<void>(`/auth/${app}/logout`),
  };
}

const staffApi = authApi('admin');
export const login = staffApi.login;
export const refresh = staffApi.refresh;
export const logout = staffApi.logout;

/** Moves the session to another of the user's organizations; the answer may omit user and memberships. */
export const changeOrganization = (organizationId: string, accessToken?: string) =>
  authRequest<Partial<SessionGrant> & Pick<SessionGrant, 'accessToken' | 'expiresAt'>>(
    '/auth/admin/context',
    { organizationId },
    accessToken,
  );

/** Always accepted (202), whether or not the address is known, so it reveals no accounts. */
export const requestPasswordReset = (email: string) =>
  authRequest<void>('/auth/admin/password-reset/request', { email });

export const confirmPasswordReset = (token: string, password: string) =>
  authRequest<void>('/auth/admin/password-reset/confirm', { token, password });

/**
 * Where the "log in with eID" link goes: a full page load to the eID provider, which comes back
 * to /admin/auth/done?returnTo=… . `returnTo` is the path as the browser shows it (with /admin).
 */
export function eidStartUrl(returnTo: string): string {
  return `/auth/admin/eid/start?returnTo=${encodeURIComponent(returnTo)}`;
}
