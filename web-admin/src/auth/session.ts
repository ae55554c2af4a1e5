import { ApiRequestError } from '../api/ApiRequestError';
import { queryClient } from '../api/queryClient';
import {
  authApi,
  changeOrganization,
  type AuthApp,
  type Membership,
  type SessionGrant,
  type SessionUser,
} from './authApi';

/**
 * The sign-in session of this tab. The access token lives in this module's memory only (never
 * in storage, where injected script could read it); the httpOnly refresh cookie renews it
 * before it expires, after a page load, and once when the API refuses it.
 */
export type Session =
  | { status: 'restoring' }
  | { status: 'signedOut'; reason?: SignedOutReason }
  | {
      status: 'signedIn';
      user: SessionUser;
      memberships: Membership[];
      organizationId: string | null;
    };

/** Why the user is signed out: the login page says so. */
export type SignedOutReason = 'ended' | 'loggedOut';

const RENEW_BEFORE_EXPIRY_MS = 60_000;
const RETRY_AFTER_NETWORK_ERROR_MS = 15_000;

type TabMessage = 'signedIn' | 'signedOut' | 'organizationChanged';

/** One front door's session: staff (`admin`) or the platform operator (`operator`). */
export type SessionStore = ReturnType<typeof createSessionStore>;

/**
 * The session machinery for one app: its own refresh cookie, hint, lock and tab channel, so a
 * staff session and an operator session in the same browser never touch each other.
 */
export function createSessionStore(app: AuthApp) {
  const { refresh, logout } = authApi(app);
  /**
   * Not a secret, only whether an earlier visit signed in: without it every visit would start
   * with a refresh request certain to fail.
   */
  const SIGNED_IN_HINT = `reha.${app}.signedIn`;
  const REFRESH_LOCK = `reha.${app}.refresh`;

  let session: Session = { status: 'signedOut' };
  let accessToken: string | undefined;
  let expiresAt = 0;
  let renewalTimer: ReturnType<typeof setTimeout> | undefined;
  let refreshing: Promise<boolean> | undefined;
  const listeners = new Set<() => void>();
  const otherTabs =
    typeof BroadcastChannel === 'undefined'
      ? undefined
      : new BroadcastChannel(`reha.${app}.session`);

  function getSession(): Session {
    return session;
  }

  function subscribeToSession(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  }

  /** At start-up: signs in silently with the refresh cookie when an earlier visit left one. */
  function restoreSession(): void {
    if (session.status !== 'signedOut' || !readHint()) return;
    setSession({ status: 'restoring' });
    void refreshSession();
  }

  /** After a password login: the answer's token starts the session. */
  function startSession(grant: SessionGrant): void {
    applyGrant(grant);
    tellOtherTabs('signedIn');
  }

  /**
   * A new access token from the refresh cookie. Concurrent calls share one request. Resolves to
   * false when it failed: a refused cookie signs the user out ("your session has ended").
   */
  function refreshSession(): Promise<boolean> {
    refreshing ??= withRefreshLock(refresh)
      .then(
        (grant) => {
          const signingIn = session.status === 'signedOut'; // back from eID
          applyGrant(grant);
          if (signingIn) tellOtherTabs('signedIn');
          return true;
        },
        (error: unknown) => {
          onRefreshFailed(error);
          return false;
        },
      )
      .finally(() => {
        refreshing = undefined;
      });
    return refreshing;
  }

  /** The token for the next API request, renewed first when it is about to expire. */
  async function currentAccessToken(): Promise<string | undefined> {
    if (refreshing) await refreshing;
    if (accessToken && Date.now() >= expiresAt - 5_000) await refreshSession();
    return accessToken;
  }

  /** After the API refused `staleToken`: a new token, or undefined when the session has ended. */
  async function renewAccessToken(staleToken: string): Promise<string | undefined> {
    if (accessToken && accessToken !== staleToken) return accessToken; // another request renewed it
    return (await refreshSession()) ? accessToken : undefined;
  }

  /** Logs out on the server (the refresh cookie stops working) and here. */
  async function signOut(): Promise<void> {
    try {
      await logout();
    } catch (error) {
      // Without an answer the cookie may still work: say so rather than pretend to be logged out.
      if (isTransient(error)) throw error;
    }
    endSession('loggedOut');
    tellOtherTabs('signedOut');
  }

  /** Works in another of the user's organizations from now on; cached data of the old one goes. */
  async function switchOrganization(organizationId: string): Promise<void> {
    if (session.status !== 'signedIn') throw new Error('not signed in');
    let grant: Awaited<ReturnType<typeof changeOrganization>>;
    try {
      grant = await changeOrganization(organizationId, accessToken);
    } catch (error) {
      // The server refused the session itself (revoked, expired), not only this organization.
      if (error instanceof ApiRequestError && error.status === 401) endSession('ended');
      throw error;
    }
    applyGrant({
      user: session.user,
      memberships: session.memberships,
      ...grant,
      organizationId: grant.organizationId ?? organizationId,
    });
    queryClient.clear();
    tellOtherTabs('organizationChanged');
  }

  function applyGrant(grant: SessionGrant): void {
    accessToken = grant.accessToken;
    expiresAt = expiryTime(grant.expiresAt);
    writeHint(true);
    scheduleRenewal(renewalDelay());
    setSession({
      status: 'signedIn',
      user: grant.user,
      memberships: grant.memberships ?? [],
      organizationId: grant.organizationId ?? null,
    });
  }

  function onRefreshFailed(error: unknown): void {
    if (isTransient(error)) {
      // The server may still accept the cookie: keep the session and try again shortly.
      if (session.status === 'signedIn') scheduleRenewal(RETRY_AFTER_NETWORK_ERROR_MS);
      else setSession({ status: 'signedOut' });
      return;
    }
    // Signed in before (in this tab, or on an earlier visit): tell them the session has ended.
    endSession(session.status === 'signedOut' ? undefined : 'ended');
  }

  function endSession(reason: SignedOutReason | undefined): void {
    accessToken = undefined;
    expiresAt = 0;
    clearTimeout(renewalTimer);
    writeHint(false);
    // The next person at this computer must not see the previous one's data.
    queryClient.clear();
    setSession({ status: 'signedOut', reason });
  }

  function setSession(next: Session): void {
    session = next;
    for (const listener of listeners) listener();
  }

  function scheduleRenewal(delayMs: number): void {
    clearTimeout(renewalTimer);
    renewalTimer = setTimeout(() => void refreshSession(), delayMs);
  }

  function renewalDelay(): number {
    const left = expiresAt - Date.now();
    return Math.max(
      5_000,
      left > 2 * RENEW_BEFORE_EXPIRY_MS ? left - RENEW_BEFORE_EXPIRY_MS : left / 2,
    );
  }

  function expiryTime(value: string | number): number {
    if (typeof value === 'number') return value < 1e12 ? value * 1000 : value;
    const time = Date.parse(value);
    return Number.isNaN(time) ? Date.now() + RENEW_BEFORE_EXPIRY_MS : time;
  }

  /** A lost connection, an overloaded or failing server: no verdict on the session itself. */
  function isTransient(error: unknown): boolean {
    return (
      error instanceof ApiRequestError &&
      (error.isNetworkError || error.code === 'RATE_LIMITED' || (error.status ?? 0) >= 500)
    );
  }

  /**
   * Each refresh rotates the cookie; two tabs sending the same cookie at once would look like a
   * stolen token being reused, and the server would end the session in both. One at a time.
   */
  function withRefreshLock<T>(task: () => Promise<T>): Promise<T> {
    return 'locks' in navigator ? navigator.locks.request(REFRESH_LOCK, task) : task();
  }

  function tellOtherTabs(message: TabMessage): void {
    otherTabs?.postMessage(message);
  }

  otherTabs?.addEventListener('message', (event: MessageEvent<TabMessage>) => {
    if (event.data === 'signedOut' && session.status === 'signedIn') endSession('loggedOut');
    else if (event.data === 'signedIn' && session.status === 'signedOut') void refreshSession();
    else if (event.data === 'organizationChanged' && session.status === 'signedIn')
      void refreshSession().then(() => queryClient.clear());
  });

  function readHint(): boolean {
    try {
      return localStorage.getItem(SIGNED_IN_HINT) === '1';
    } catch {
      return false; // storage blocked: sign in again on each visit
    }
  }

  function writeHint(signedIn: boolean): void {
    try {
      if (signedIn) localStorage.setItem(SIGNED_IN_HINT, '1');
      else localStorage.removeItem(SIGNED_IN_HINT);
    } catch {
      // storage blocked: nothing to remember
    }
  }

  return {
    getSession,
    subscribeToSession,
    restoreSession,
    startSession,
    refreshSession,
    currentAccessToken,
    renewAccessToken,
    signOut,
    switchOrganization,
  };
}

/** The staff session (web-admin's main front door). */
const staff = createSessionStore('admin');
export const {
  getSession,
  subscribeToSession,
  restoreSession,
  startSession,
  refreshSession,
  currentAccessToken,
  renewAccessToken,
  signOut,
  switchOrganization,
} = staff;
