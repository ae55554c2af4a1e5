import { createHash, randomInt } from 'node:crypto';
import { authenticator } from 'otplib';
import QRCode from 'qrcode';

/** RFC 6238 defaults that every authenticator app understands: SHA-1, 6 digits, 30 s. */
export const TOTP_STEP_SECONDS = 30;
/** One step either side is accepted: phone clocks drift and people type slowly. */
export const TOTP_WINDOW = 1;
export const TOTP_ISSUER = 'Reha';
export const RECOVERY_CODE_COUNT = 10;

/** The time step a code belongs to, or null when it matches none in the window. */
export function matchTotpStep(secret: string, code: string, now: Date): number | null {
  const token = code.replace(/\s+/g, '');
  if (!/^\d{6}$/.test(token)) return null;
  const checker = authenticator.clone({ window: TOTP_WINDOW, epoch: now.getTime() });
  let delta: number | null;
  try {
    delta = checker.checkDelta(token, secret);
  } catch {
    return null;
  }
  return delta === null ? null : currentTotpStep(now) + delta;
}

export function currentTotpStep(now: Date): number {
  return Math.floor(now.getTime() / 1000 / TOTP_STEP_SECONDS);
}

/** The code an authenticator shows at `at` (tests, and the demo user's documented secret). */
export function totpCode(secret: string, at: Date = new Date()): string {
  return authenticator.clone({ epoch: at.getTime() }).generate(secret);
}

/** A new random secret: 20 bytes (160 bits, RFC 4226's recommendation) in base32. */
export function newTotpSecret(): string {
  return authenticator.generateSecret(20);
}

/** What the authenticator app scans: `otpauth://totp/Reha:<account>?secret=…&issuer=Reha`. */
export function otpauthUrl(account: string, secret: string): string {
  return authenticator.keyuri(account, TOTP_ISSUER, secret);
}

/** The otpauth URL as an SVG QR code (a string the SPA can put into an <img> data URL). */
export function qrSvg(text: string): Promise<string> {
  return QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
}

/** Crockford-style alphabet without I, L, O, U: nothing to misread when typed from paper. */
const RECOVERY_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * One-time recovery codes, `XXXXX-XXXXX` (50 random bits each): for when the phone is gone.
 * Shown once; only their hashes are stored.
 */
export function newRecoveryCodes(count = RECOVERY_CODE_COUNT): string[] {
  const codes = new Set<string>();
  while (codes.size < count) {
    let code = '';
    for (let i = 0; i < 10; i++) code += RECOVERY_ALPHABET[randomInt(RECOVERY_ALPHABET.length)];
    codes.add(`${code.slice(0, 5)}-${code.slice(5)}`);
  }
  return [...codes];
}

/** A typed recovery code in canonical form (case, spaces and dashes do not matter), or null. */
export function normalizeRecoveryCode(input: string): string | null {
  const compact = input.replace(/[\s-]+/g, '').toUpperCase();
  return /^[0-9A-HJKMNP-TV-Z]{10}$/.test(compact) ? compact : null;
}

/** Random codes need no slow hash: SHA-256 of the canonical form. */
export function hashRecoveryCode(code: string): Buffer {
  const canonical = normalizeRecoveryCode(code);
  if (!canonical) throw new Error('not a recovery code');
  return createHash('sha256').update(`reha-recovery:${canonical}`).digest();
}
