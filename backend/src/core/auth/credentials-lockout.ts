/** Consecutive failed sign-ins (wrong password or TOTP code) that lock an account. */
export const MAX_CONSECUTIVE_FAILURES = 5;

/** How long each successive lockout lasts: 1, 5, 15 minutes, then an hour each time. */
export const LOCKOUT_PERIODS_SECONDS = [60, 5 * 60, 15 * 60, 60 * 60] as const;

/** A day without a lockout forgives the earlier ones: the next lockout is short again. */
export const LOCKOUT_MEMORY_MS = 24 * 60 * 60 * 1000;

/** The failure counter of one e-mail address (`login_throttle`). */
export interface ThrottleState {
  failedCount: number;
  lockoutLevel: number;
  lockedUntil: Date | null;
  lastLockedAt: Date | null;
}

export const FRESH_THROTTLE: ThrottleState = {
  failedCount: 0,
  lockoutLevel: 0,
  lockedUntil: null,
  lastLockedAt: null,
};

/** Whole seconds until the lock ends (0 when not locked): the `retryAfter` of ACCOUNT_LOCKED. */
export function lockRemainingSeconds(state: ThrottleState | undefined, now: Date): number {
  if (!state?.lockedUntil) return 0;
  const ms = state.lockedUntil.getTime() - now.getTime();
  return ms > 0 ? Math.ceil(ms / 1000) : 0;
}

/**
 * The counter after one more failure. The fifth in a row locks the address for the period of
 * its lockout level and starts counting again; each lockout within a day of the previous one
 * lasts longer (1, 5, 15, 60 minutes).
 */
export function afterFailure(
  state: ThrottleState | undefined,
  now: Date,
): ThrottleState & { lockedNow: boolean } {
  const current = state ?? FRESH_THROTTLE;
  const remembered =
    current.lastLockedAt !== null &&
    now.getTime() - current.lastLockedAt.getTime() < LOCKOUT_MEMORY_MS;
  const level = remembered ? current.lockoutLevel : 0;
  const failedCount = current.failedCount + 1;
  if (failedCount < MAX_CONSECUTIVE_FAILURES)
    return { ...current, lockoutLevel: level, failedCount, lockedNow: false };
  const period = LOCKOUT_PERIODS_SECONDS[Math.min(level, LOCKOUT_PERIODS_SECONDS.length - 1)]!;
  return {
    failedCount: 0,
    lockoutLevel: level + 1,
    lockedUntil: new Date(now.getTime() + period * 1000),
    lastLockedAt: now,
    lockedNow: true,
  };
}
