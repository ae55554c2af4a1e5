import { authRequest } from '../api/authRequest';

/** The signed-in agency user, as the /auth endpoints describe them. */
export interface SessionUser {
  id: string;
  displayName: string;
  email: string;
  totpEnabled: boolean;
}

/** What login and refresh answer with (agency users work in no provider organization). */
export interface SessionGrant {
  accessToken: string;
  /** ISO 8601 (or epoch seconds). */
  expiresAt: string | number;
  user: SessionUser;
}

export interface Credentials {
  email: string;
  password: string;
  /** The authenticator app's six-digit code, once the API answered TOTP_REQUIRED. */
  totp?: string;
}

export const login = (credentials: Credentials) =>
  authRequest<SessionGrant>('/auth/stats/login', credentials);

/** A new access token for the refresh cookie (which rotates with each call). */
export const refresh = () => authRequest<SessionGrant>('/auth/stats/refresh');

export const logout = () => authRequest<void>('/auth/stats/logout');

/** Always accepted (202), whether or not the address is known, so it reveals no accounts. */
export const requestPasswordReset = (email: string) =>
  authRequest<void>('/auth/stats/password-reset/request', { email });

export const confirmPasswordReset = (token: string, password: string) =>
  authRequest<void>('/auth/stats/password-reset/confirm', { token, password });
