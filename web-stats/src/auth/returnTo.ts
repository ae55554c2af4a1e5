import type { Location } from 'react-router-dom';

/** The router's base (/stats); the browser's paths start with it, the router's do not. */
const BASE = import.meta.env.BASE_URL.replace(/\/$/, '');

/** Pages that make no sense to come back to after signing in. */
const NOT_A_DESTINATION = /^\/(login|forgot-password|reset)(\/|$)/;

/**
 * The page to open after signing in, from a `returnTo` parameter: a path inside this app (with or
 * without the /stats base), never another site, and `fallback` for anything else.
 */
export function safeReturnTo(value: string | null, fallback = '/'): string {
  if (!value) return fallback;
  let path = value;
  if (BASE && (path === BASE || path.startsWith(`${BASE}/`) || path.startsWith(`${BASE}?`)))
    path = path.slice(BASE.length) || '/';
  if (!path.startsWith('/') || path.startsWith('//') || path.startsWith('/\\')) return fallback;
  if (NOT_A_DESTINATION.test(path.split('?')[0]!)) return fallback;
  return path;
}

/** The router path of `location` with its query and fragment, as a `returnTo` value. */
export function pathOf(location: Pick<Location, 'pathname' | 'search' | 'hash'>): string {
  return location.pathname + location.search + location.hash;
}

/** A router path with `?returnTo=` (left out when it is the home page). */
export function withReturnTo(page: string, returnTo: string | undefined): string {
  return returnTo && returnTo !== '/' ? `${page}?returnTo=${encodeURIComponent(returnTo)}` : page;
}
