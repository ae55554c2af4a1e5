import {
  currentTotpStep,
  hashRecoveryCode,
  matchTotpStep,
  newRecoveryCodes,
  newTotpSecret,
  normalizeRecoveryCode,
  otpauthUrl,
  qrSvg,
  totpCode,
} from './totp';

/** RFC 6238 appendix B's SHA-1 seed ("12345678901234567890") in base32. */
const RFC_SECRET = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';

describe('TOTP', () => {
  it('computes the RFC 6238 test vectors (6-digit form)', () => {
    expect(totpCode(RFC_SECRET, new Date(59_000))).toBe('287082');
    expect(totpCode(RFC_SECRET, new Date(1111111109_000))).toBe('081804');
    expect(totpCode(RFC_SECRET, new Date(2000000000_000))).toBe('279037');
  });

  it('matches a code to its time step, one step either side, and nothing further', () => {
    const now = new Date('2026-03-02T08:00:10Z');
    const step = currentTotpStep(now);
    for (const offset of [-1, 0, 1]) {
      const code = totpCode(RFC_SECRET, new Date(now.getTime() + offset * 30_000));
      expect(matchTotpStep(RFC_SECRET, code, now)).toBe(step + offset);
    }
    expect(
      matchTotpStep(RFC_SECRET, totpCode(RFC_SECRET, new Date(now.getTime() - 90_000)), now),
    ).toBeNull();
    expect(matchTotpStep(RFC_SECRET, '12345', now)).toBeNull();
    expect(matchTotpStep(RFC_SECRET, 'abcdef', now)).toBeNull();
  });

  it('accepts a code typed with spaces', () => {
    const now = new Date();
    const code = totpCode(RFC_SECRET, now);
    expect(matchTotpStep(RFC_SECRET, `${code.slice(0, 3)} ${code.slice(3)}`, now)).toBe(
      currentTotpStep(now),
    );
  });

  it('makes 160-bit base32 secrets and an otpauth URL with a scannable SVG', async () => {
    const secret = newTotpSecret();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    const url = otpauthUrl('kadri@paike.demo', secret);
    expect(url).toBe(
      `otpauth://totp/Reha:kadri%40paike.demo?secret=${secret}&period=30&digits=6&algorithm=SHA1&issuer=Reha`,
    );
    expect(await qrSvg(url)).toMatch(/^<svg [^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  });

  it('makes ten distinct recovery codes that survive sloppy typing, hashed alike', () => {
    const codes = newRecoveryCodes();
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}$/);
    const code = codes[0]!;
    const sloppy = ` ${code.toLowerCase().replace('-', ' ')} `;
    expect(normalizeRecoveryCode(sloppy)).toBe(code.replace('-', ''));
    expect(hashRecoveryCode(sloppy).equals(hashRecoveryCode(code))).toBe(true);
    expect(normalizeRecoveryCode('123456')).toBeNull();
  });
});
