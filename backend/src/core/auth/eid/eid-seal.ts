import { hkdfSync } from 'node:crypto';
import { DecryptionError, openText, sealText } from '../../crypto/envelope';

/** What the short-lived eID flow cookie carries between the start and the callback. */
export interface EidFlowState {
  app: 'admin' | 'client';
  purpose: 'login' | 'link';
  state: string;
  nonce: string;
  codeVerifier: string;
  returnTo: string;
  /** The staff member linking their isikukood, and the organization they act in (link only). */
  userId?: string;
  organizationId?: string;
  /** Expiry, epoch milliseconds. */
  exp: number;
}

/** The one-time token that carries a signed-in staff member from GraphQL to the link flow. */
export interface EidLinkTicket {
  /** One-time id: a second use is refused. */
  jti: string;
  userId: string;
  organizationId: string;
  returnTo: string;
  exp: number;
}

export class EidSealError extends Error {
  constructor() {
    super('eID flow value is invalid, altered or expired');
    this.name = 'EidSealError';
  }
}

/**
 * Encrypts and authenticates (AES-256-GCM) the eID flow's cookie and link tickets under a key
 * derived from the access-token secret for this purpose only, so neither can be read, forged or
 * mistaken for the other (each kind is bound to its own AAD) or for an access token.
 */
export class EidSealer {
  private readonly key: Buffer;

  constructor(jwtSecretBase64: string) {
    this.key = Buffer.from(
      hkdfSync('sha256', Buffer.from(jwtSecretBase64, 'base64'), '', 'reha:eid-flow:v1', 32),
    );
  }

  sealFlow(value: EidFlowState): string {
    return this.seal('eid-flow', value);
  }

  openFlow(token: string | undefined, now: number): EidFlowState {
    return this.open<EidFlowState>('eid-flow', token, now);
  }

  sealLink(value: EidLinkTicket): string {
    return this.seal('eid-link', value);
  }

  openLink(token: string | undefined, now: number): EidLinkTicket {
    return this.open<EidLinkTicket>('eid-link', token, now);
  }

  private seal(kind: string, value: object): string {
    return sealText(this.key, JSON.stringify(value), kind).toString('base64url');
  }

  private open<T extends { exp: number }>(kind: string, token: string | undefined, now: number): T {
    if (!token || token.length > 4096 || !/^[A-Za-z0-9_-]+$/.test(token)) throw new EidSealError();
    let value: T;
    try {
      value = JSON.parse(openText(this.key, Buffer.from(token, 'base64url'), kind)) as T;
    } catch (error) {
      if (error instanceof DecryptionError || error instanceof SyntaxError)
        throw new EidSealError();
      throw error;
    }
    if (typeof value.exp !== 'number' || value.exp <= now) throw new EidSealError();
    return value;
  }
}
