/** The apps that sign in with eID: staff (web-admin) and clients (web-client). */
export const EID_APPS = ['admin', 'client'] as const;
export type EidApp = (typeof EID_APPS)[number];

export function isEidApp(value: unknown): value is EidApp {
  return (EID_APPS as readonly unknown[]).includes(value);
}

/** Where each SPA lives, its page after a successful login, its login page, and its home. */
const SPA: Record<EidApp, { done: string; login: string; home: string }> = {
  admin: { done: '/admin/auth/done', login: '/admin/login', home: '/admin/' },
  client: { done: '/auth/done', login: '/login', home: '/' },
};

/** Where a staff member lands after linking their isikukood, unless they asked otherwise. */
export const LINK_DEFAULT_RETURN = '/admin/';

const MAX_RETURN_TO = 500;

/**
 * A same-origin path inside the app's SPA (as the browser shows it, `/admin/…` for web-admin),
 * or the app's home: never another origin (`//evil`, `/\evil`, `https:…`), never another app's
 * pages, never control characters.
 */
export function safeReturnTo(app: EidApp, value: unknown): string {
  const home = SPA[app].home;
  if (typeof value !== 'string' || value.length === 0 || value.length > MAX_RETURN_TO) return home;
  // eslint-disable-next-line no-control-regex
  if (!value.startsWith('/') || /^\/[/\\]/.test(value) || /[\\\u0000-\u001f\u007f]/.test(value))
    return home;
  let path: string;
  try {
    const parsed = new URL(value, 'http://reha.invalid');
    if (parsed.origin !== 'http://reha.invalid') return home;
    path = parsed.pathname + parsed.search + parsed.hash;
  } catch {
    return home;
  }
  const inAdmin = path === '/admin' || path.startsWith('/admin/');
  const inStats = path === '/stats' || path.startsWith('/stats/');
  if (app === 'admin' ? !inAdmin : inAdmin || inStats) return home;
  return path;
}

/** The SPA page that finishes a login (it calls `POST /auth/<app>/refresh`), then goes on. */
export function spaDoneUrl(publicUrl: string, app: EidApp, returnTo: string): string {
  return `${base(publicUrl)}${SPA[app].done}?returnTo=${encodeURIComponent(returnTo)}`;
}

/** The SPA's login page showing an error code from the @reha/shared registry. */
export function spaLoginErrorUrl(publicUrl: string, app: EidApp, code: string): string {
  return `${base(publicUrl)}${SPA[app].login}?error=${encodeURIComponent(code)}`;
}

/** A page of the SPA with one query parameter added (the result of linking an isikukood). */
export function spaPageUrl(publicUrl: string, path: string, name: string, value: string): string {
  const url = new URL(path, 'http://reha.invalid');
  url.searchParams.set(name, value);
  return `${base(publicUrl)}${url.pathname}${url.search}${url.hash}`;
}

export function callbackUrl(publicUrl: string, app: EidApp): string {
  return `${base(publicUrl)}/auth/${app}/eid/callback`;
}

function base(publicUrl: string): string {
  return publicUrl.replace(/\/+$/, '');
}
