import { safeReturnTo, spaDoneUrl, spaLoginErrorUrl, spaPageUrl } from './eid-paths';

describe('eID redirects back to the SPAs', () => {
  it('keeps a path inside the app', () => {
    expect(safeReturnTo('client', '/minu')).toBe('/minu');
    expect(safeReturnTo('client', '/minu?tab=2')).toBe('/minu?tab=2');
    expect(safeReturnTo('admin', '/admin/clients/1')).toBe('/admin/clients/1');
  });

  it.each([
    ['another origin', '//evil.example/x'],
    ['a backslash origin', '/\\evil.example'],
    ['an absolute URL', 'https://evil.example/'],
    ['a scheme', 'javascript:alert(1)'],
    ['a relative path', 'minu'],
    ['control characters', '/minu\r\nSet-Cookie: x=1'],
    ['nothing', undefined],
    ['an array', ['/minu']],
    ['a very long path', `/${'a'.repeat(600)}`],
  ])('falls back to the home page for %s', (_what, value) => {
    expect(safeReturnTo('client', value)).toBe('/');
    expect(safeReturnTo('admin', value)).toBe('/admin/');
  });

  it("never returns into another app's pages", () => {
    expect(safeReturnTo('client', '/admin/')).toBe('/');
    expect(safeReturnTo('client', '/stats/x')).toBe('/');
    expect(safeReturnTo('admin', '/minu')).toBe('/admin/');
    expect(safeReturnTo('admin', '/admin/../minu')).toBe('/admin/');
  });

  it('builds the done, login-error and page URLs under the public address', () => {
    expect(spaDoneUrl('https://reha.ee/', 'admin', '/admin/x')).toBe(
      'https://reha.ee/admin/auth/done?returnTo=%2Fadmin%2Fx',
    );
    expect(spaDoneUrl('https://reha.ee', 'client', '/')).toBe(
      'https://reha.ee/auth/done?returnTo=%2F',
    );
    expect(spaLoginErrorUrl('https://reha.ee', 'client', 'EID_LOGIN_FAILED')).toBe(
      'https://reha.ee/login?error=EID_LOGIN_FAILED',
    );
    expect(spaPageUrl('https://reha.ee', '/admin/profile?tab=eid', 'eidLinked', '1')).toBe(
      'https://reha.ee/admin/profile?tab=eid&eidLinked=1',
    );
  });
});
