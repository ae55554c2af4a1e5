import { authRequest } from '../api/authRequest';

/** What refresh answers with. A person has no Reha user account: `user` is null for them. */
export interface SessionGrant {
  accessToken: string;
  /** ISO 8601 (or epoch seconds). */
  expiresAt: string | number;
}

/** A new access token for the refresh cookie (which rotates with each call). */
export const refresh = () => authRequest<SessionGrant>('/auth/client/refresh');

export const logout = () => authRequest<void>('/auth/client/logout');

/**
 * Where "log in" goes: clients sign in only with eID. A full page load to the eID provider,
 * where they pick ID-card, Mobile-ID or Smart-ID; it comes back to /auth/done?returnTo=… .
 */
export function eidStartUrl(returnTo: string): string {
  return `/auth/client/eid/start?returnTo=${encodeURIComponent(returnTo)}`;
}
