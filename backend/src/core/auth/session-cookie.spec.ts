import type { Request, Response } from 'express';
import {
  clearRefreshCookie,
  hasForeignOrigin,
  isCrossSiteRequest,
  readRefreshCookie,
  refreshCookieName,
  refreshCookiePath,
  setRefreshCookie,
} from './session-cookie';

const PUBLIC_URL = 'https://reha.example.ee';
const request = (headers: Record<string, string>) => ({ headers }) as unknown as Request;

describe('refresh cookie and CSRF checks', () => {
  it('names and paths the cookie per front door', () => {
    expect(refreshCookieName('admin')).toBe('reha_rt_admin');
    expect(refreshCookiePath('stats')).toBe('/auth/stats');
  });

  it("reads only the app's own, well-formed cookie", () => {
    const token = 'A'.repeat(43);
    const req = request({ cookie: `reha_rt_client=${'B'.repeat(43)}; reha_rt_admin=${token}` });
    expect(readRefreshCookie(req, 'admin')).toBe(token);
    expect(readRefreshCookie(req, 'stats')).toBeUndefined();
    expect(readRefreshCookie(request({ cookie: 'reha_rt_admin=x;y' }), 'admin')).toBeUndefined();
    expect(readRefreshCookie(request({}), 'admin')).toBeUndefined();
  });

  it('refuses a cookie request without the header, or from another origin', () => {
    expect(isCrossSiteRequest(request({}), PUBLIC_URL)).toBe(true);
    expect(isCrossSiteRequest(request({ 'x-reha-csrf': '0' }), PUBLIC_URL)).toBe(true);
    expect(isCrossSiteRequest(request({ 'x-reha-csrf': '1' }), PUBLIC_URL)).toBe(false);
    expect(
      isCrossSiteRequest(
        request({ 'x-reha-csrf': '1', origin: 'https://reha.example.ee' }),
        PUBLIC_URL,
      ),
    ).toBe(false);
    for (const origin of ['https://evil.example', 'http://reha.example.ee', 'null'])
      expect(isCrossSiteRequest(request({ 'x-reha-csrf': '1', origin }), PUBLIC_URL)).toBe(true);
    expect(hasForeignOrigin(request({}), PUBLIC_URL)).toBe(false);
  });

  it('sets the cookie httpOnly, SameSite=Strict, on its app path, Secure behind https', () => {
    const calls: unknown[][] = [];
    const res = {
      cookie: (...args: unknown[]) => calls.push(args),
      clearCookie: (...args: unknown[]) => calls.push(args),
    } as unknown as Response;
    const now = new Date('2026-03-02T08:00:00Z');
    setRefreshCookie(res, 'admin', 'tok', new Date(now.getTime() + 60_000), PUBLIC_URL, now);
    setRefreshCookie(res, 'stats', 'tok', now, 'http://localhost:3000', now);
    clearRefreshCookie(res, 'admin', PUBLIC_URL);
    expect(calls).toEqual([
      [
        'reha_rt_admin',
        'tok',
        { httpOnly: true, sameSite: 'strict', path: '/auth/admin', secure: true, maxAge: 60_000 },
      ],
      [
        'reha_rt_stats',
        'tok',
        { httpOnly: true, sameSite: 'strict', path: '/auth/stats', secure: false, maxAge: 0 },
      ],
      ['reha_rt_admin', { httpOnly: true, sameSite: 'strict', path: '/auth/admin', secure: true }],
    ]);
  });
});
