import { isValidIsikukood } from '@reha/shared';

/** The authentication methods Reha asks TARA for, as TARA names them in `amr`. */
export const ACCEPTED_AMR = ['idcard', 'mID', 'smartid'] as const;
export type EidMethod = (typeof ACCEPTED_AMR)[number];

/** The scopes that ask TARA for exactly those methods (`openid` is compulsory). */
export const TARA_SCOPE = 'openid idcard mid smartid';

/** eIDAS levels of assurance Reha accepts in `acr` (TARA's default minimum is substantial). */
const ACCEPTED_ACR = new Set(['substantial', 'high']);

/** Why an ID token was not accepted; never carries a claim's value (it may be an isikukood). */
export class EidClaimError extends Error {
  constructor(readonly reason: 'subject' | 'method' | 'assurance') {
    super(`the eID provider's ID token was refused (${reason})`);
    this.name = 'EidClaimError';
  }
}

/** The verified person behind an eID login. */
export interface EidIdentity {
  isikukood: string;
  method: EidMethod;
  acr: string;
}

/**
 * The isikukood in TARA's subject: `EE` followed by a valid 11-digit Estonian personal
 * identification code. Other countries' subjects (eIDAS, which Reha does not request) and
 * anything malformed are refused.
 */
export function isikukoodFromSubject(sub: unknown): string {
  if (typeof sub !== 'string') throw new EidClaimError('subject');
  const m = /^EE(\d{11})$/.exec(sub);
  if (!m || !isValidIsikukood(m[1]!)) throw new EidClaimError('subject');
  return m[1]!;
}

/**
 * Maps the claims of a signature-, issuer-, audience-, expiry- and nonce-checked ID token to
 * the person: the isikukood from `sub`, the method from `amr` (one Reha asked for, TARA spec
 * 5.1.6) and an eIDAS level of at least substantial in `acr` (5.1.7). The names in
 * `profile_attributes` are not used: the person's records hold their own.
 */
export function identityFromClaims(claims: Record<string, unknown>): EidIdentity {
  const isikukood = isikukoodFromSubject(claims.sub);
  const amr = Array.isArray(claims.amr) ? claims.amr : [];
  const method = ACCEPTED_AMR.find((m) => amr.includes(m));
  if (!method) throw new EidClaimError('method');
  const acr = claims.acr;
  if (typeof acr !== 'string' || !ACCEPTED_ACR.has(acr)) throw new EidClaimError('assurance');
  return { isikukood, method, acr };
}
