import { Inject, Injectable } from '@nestjs/common';
import { Client, custom, generators, Issuer } from 'openid-client';
import type { Logger } from 'pino';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/config.schema';
import { LOGGER } from '../../logging/logging.module';
import { callbackUrl, EidApp, EID_APPS } from './eid-paths';
import { TARA_SCOPE } from './tara-claims';

/** How long the provider's metadata is kept before it is fetched again (keys are refetched by kid). */
const METADATA_TTL_MS = 60 * 60 * 1000;
/** Every request to the provider (discovery, keys, token) gives up after this. */
const HTTP_TIMEOUT_MS = 5000;
/** Clock skew allowed when checking the ID token's iat, nbf and exp. */
const CLOCK_TOLERANCE_S = 10;

/** eID is not configured, or the provider cannot be reached. */
export class EidUnavailableError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'EidUnavailableError';
  }
}

/** What the start of a flow needs to remember for the callback. */
export interface AuthorizationRequest {
  url: string;
  state: string;
  nonce: string;
  codeVerifier: string;
}

/**
 * The relying party towards TARA (or the local mock): openid-client 5 (CommonJS, so Jest and
 * the API load it in-process). Discovery is lazy and cached, so the API starts without TARA
 * and a failed discovery is tried again on the next login.
 */
@Injectable()
export class TaraClient {
  private client?: { value: Promise<Client>; at: number };

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  get configured(): boolean {
    return !!(this.config.taraIssuer && this.config.taraClientId && this.config.taraClientSecret);
  }

  /** The authorization request: state, nonce and a PKCE challenge (S256), fresh each time. */
  async authorizationRequest(app: EidApp, uiLocale: string): Promise<AuthorizationRequest> {
    const client = await this.oidcClient();
    const state = generators.state();
    const nonce = generators.nonce();
    const codeVerifier = generators.codeVerifier();
    const url = client.authorizationUrl({
      redirect_uri: callbackUrl(this.config.publicUrl, app),
      scope: TARA_SCOPE,
      response_type: 'code',
      state,
      nonce,
      code_challenge: generators.codeChallenge(codeVerifier),
      code_challenge_method: 'S256',
      ui_locales: uiLocale,
    });
    return { url, state, nonce, codeVerifier };
  }

  /**
   * Exchanges the code (client_secret_basic) and checks the ID token: signature against the
   * provider's keys, issuer, audience, expiry, nonce, and the returned state. Throws on an
   * error response (user_cancel, access_denied, …) and on every failed check.
   */
  async callback(
    app: EidApp,
    requestUrl: string,
    expected: { state: string; nonce: string; codeVerifier: string },
  ): Promise<Record<string, unknown>> {
    const client = await this.oidcClient();
    const params = client.callbackParams(requestUrl);
    const tokens = await client.callback(callbackUrl(this.config.publicUrl, app), params, {
      state: expected.state,
      nonce: expected.nonce,
      code_verifier: expected.codeVerifier,
      response_type: 'code',
    });
    return tokens.claims() as Record<string, unknown>;
  }

  private oidcClient(): Promise<Client> {
    if (!this.configured)
      return Promise.reject(
        new EidUnavailableError('TARA_ISSUER, TARA_CLIENT_ID or TARA_CLIENT_SECRET is not set'),
      );
    const now = Date.now();
    if (this.client && now - this.client.at < METADATA_TTL_MS) return this.client.value;
    const value = this.discover().catch((error: unknown) => {
      // Tried again on the next login rather than remembered.
      if (this.client?.value === value) this.client = undefined;
      this.logger.warn({ err: error }, 'eID provider discovery failed');
      throw new EidUnavailableError('the eID provider could not be reached');
    });
    this.client = { value, at: now };
    return value;
  }

  private async discover(): Promise<Client> {
    custom.setHttpOptionsDefaults({ timeout: HTTP_TIMEOUT_MS });
    const issuer = await Issuer.discover(this.config.taraIssuer);
    const client = new issuer.Client({
      client_id: this.config.taraClientId,
      client_secret: this.config.taraClientSecret,
      redirect_uris: EID_APPS.map((app) => callbackUrl(this.config.publicUrl, app)),
      response_types: ['code'],
      token_endpoint_auth_method: 'client_secret_basic',
      id_token_signed_response_alg: 'RS256',
    });
    client[custom.clock_tolerance] = CLOCK_TOLERANCE_S;
    return client;
  }
}
