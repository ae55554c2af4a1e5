import type { Request, Response } from 'express';
import type { AppAudience } from './access-tokens';

export const APPS: readonly AppAudience[] = ['admin', 'client', 'stats', 'operator'];

export function isApp(value: unknown): value is AppAudience {
  return typeof value === 'string' && (APPS as readonly string[]).includes(value);
}

/** `reha_rt_admin`, … : one refresh cookie per front door, so the apps' sessions stay apart. */
export function refreshCookieName(app: AppAudience): string {
  return `reha_rt_${app}`;
}

/** The cookie goes only to its app's /auth routes: never to /graphql, never to another app. */
export function refreshCookiePath(app: AppAudience): string {
  return `/auth/${app}`;
}

/** The refresh token from the request's Cookie header, if it carries a well-formed one. */
export function readRefreshCookie(req: Request, app: AppAudience): string | undefined {
  const name = refreshCookieName(app);
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0 || part.slice(0, eq).trim() !== name) continue;
    const value = part.slice(eq + 1).trim();
    if (/^[A-Za-z0-9_-]{20,200}$/.test(value)) return value;
  }
  return undefined;
}

function cookieOptions(app: AppAudience, publicUrl: string) {
  return {
    httpOnly: true,
    sameSite: 'strict' as const,
    path: refreshCookiePath(app),
    secure: new URL(publicUrl).protocol === 'https:',
  };
}

export function setRefreshCookie(
  res: Response,
  app: AppAudience,
  token: string,
  expiresAt: Date,
  publicUrl: string,
  now: Date,
): void {
  res.cookie(refreshCookieName(app), token, {
    ...cookieOptions(app, publicUrl),
    maxAge: Math.max(0, expiresAt.getTime() - now.getTime()),
  });
}

export function clearRefreshCookie(res: Response, app: AppAudience, publicUrl: string): void {
  res.clearCookie(refreshCookieName(app), cookieOptions(app, publicUrl));
}

/** The header a cross-site form or image cannot send; the SPA sends it on every /auth call. */
export const CSRF_HEADER = 'x-reha-csrf';

/**
 * Whether a request to a cookie-authenticated endpoint may have come from another site:
 * it lacks `X-Reha-CSRF: 1` (a custom header forces a CORS preflight, which Reha never
 * answers), or its Origin, when the browser sent one, is not Reha's own (PUBLIC_URL).
 */
export function isCrossSiteRequest(req: Request, publicUrl: string): boolean {
  if (req.headers[CSRF_HEADER] !== '1') return true;
  return hasForeignOrigin(req, publicUrl);
}

/** An Origin header that names another site (absent: a same-origin GET or a non-browser client). */
export function hasForeignOrigin(req: Request, publicUrl: string): boolean {
  const origin = req.headers.origin;
  return origin !== undefined && origin !== new URL(publicUrl).origin;
}
