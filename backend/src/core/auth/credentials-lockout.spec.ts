import {
  afterFailure,
  lockRemainingSeconds,
  LOCKOUT_MEMORY_MS,
  ThrottleState,
} from './credentials-lockout';

function fail(times: number, start: ThrottleState | undefined, now: Date) {
  let state = start;
  let lockedNow = false;
  for (let i = 0; i < times; i++) ({ lockedNow, ...state } = afterFailure(state, now));
  return { state: state!, lockedNow };
}

describe('sign-in lockout', () => {
  const t0 = new Date('2026-03-02T08:00:00Z');

  it('locks after the fifth consecutive failure, for a minute', () => {
    const four = fail(4, undefined, t0);
    expect(four.lockedNow).toBe(false);
    expect(lockRemainingSeconds(four.state, t0)).toBe(0);
    const five = afterFailure(four.state, t0);
    expect(five.lockedNow).toBe(true);
    expect(lockRemainingSeconds(five, t0)).toBe(60);
    expect(lockRemainingSeconds(five, new Date(t0.getTime() + 59_500))).toBe(1);
    expect(lockRemainingSeconds(five, new Date(t0.getTime() + 60_000))).toBe(0);
  });

  it('makes each following lockout longer: 1, 5, 15, 60, 60 minutes', () => {
    let state: ThrottleState | undefined;
    let now = t0;
    const periods: number[] = [];
    for (let i = 0; i < 5; i++) {
      ({ state } = fail(5, state, now));
      periods.push(lockRemainingSeconds(state, now) / 60);
      now = new Date(state.lockedUntil!.getTime() + 1000);
    }
    expect(periods).toEqual([1, 5, 15, 60, 60]);
  });

  it('forgets earlier lockouts after a quiet day', () => {
    const first = fail(5, undefined, t0).state;
    const second = fail(5, first, new Date(t0.getTime() + 2 * 60_000)).state;
    expect(second.lockoutLevel).toBe(2);
    const later = new Date(t0.getTime() + LOCKOUT_MEMORY_MS + 3 * 60_000);
    const third = fail(5, second, later).state;
    expect(lockRemainingSeconds(third, later)).toBe(60);
  });
});
