import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { PasswordHasher } from '../src/core/auth/password-hasher';

/** The answer of an /auth endpoint: status, JSON body and the cookies it set. */
export interface AuthResponse<T = Record<string, unknown>> {
  status: number;
  body: T;
  headers: Headers;
  /** Set-Cookie headers by cookie name. */
  cookies: Record<string, SetCookie>;
}

export interface SetCookie {
  value: string;
  attributes: Record<string, string | true>;
}

export interface ErrorBody {
  error: {
    code: string;
    message: string;
    params?: Record<string, string | number>;
    fields?: Array<{ field: string; key: string; message: string }>;
  };
}

export interface GrantBody {
  accessToken: string;
  expiresAt: string;
  user: { id: string; displayName: string; email: string; totpEnabled: boolean } | null;
  memberships: Array<{ organizationId: string; organizationName: string; roles: string[] }>;
  organizationId: string | null;
}

export function parseSetCookie(header: string): [string, SetCookie] {
  const [pair, ...rest] = header.split(';');
  const eq = pair!.indexOf('=');
  const attributes: Record<string, string | true> = {};
  for (const part of rest) {
    const [k, ...v] = part.trim().split('=');
    attributes[k!.toLowerCase()] = v.length ? v.join('=') : true;
  }
  return [pair!.slice(0, eq).trim(), { value: pair!.slice(eq + 1).trim(), attributes }];
}

/**
 * Users with passwords, written as the superuser, and calls to the /auth endpoints the way
 * the SPA makes them (JSON, X-Reha-CSRF, the refresh cookie when given).
 */
export class CredentialsKit {
  private readonly hasher = new PasswordHasher({ passwordHashCost: 'test' });

  constructor(
    private readonly databaseUrl: string,
    private readonly apiUrl: string,
  ) {}

  async sql<T = Record<string, unknown>>(text: string, values: unknown[] = []): Promise<T[]> {
    const client = new Client({ connectionString: this.databaseUrl });
    await client.connect();
    try {
      return (await client.query(text, values)).rows as T[];
    } finally {
      await client.end();
    }
  }

  /** A user with a password; staff get the memberships given. Returns id and e-mail. */
  async user(
    options: {
      kind?: 'staff' | 'agency' | 'operator';
      password?: string;
      memberships?: Array<{ organizationId: string; roles?: string[] }>;
      agencyCode?: string;
      email?: string;
    } = {},
  ): Promise<{ id: string; email: string }> {
    const kind = options.kind ?? 'staff';
    const email = options.email ?? `${kind}-${randomUUID().slice(0, 8)}@reha.test`;
    const [user] = await this.sql<{ id: string }>(
      `INSERT INTO app_user (email, display_name, kind, agency_code) VALUES ($1, $2, $3, $4) RETURNING id`,
      [email, `Test ${kind}`, kind, kind === 'agency' ? (options.agencyCode ?? 'SKA') : null],
    );
    if (options.password !== undefined)
      await this.sql(
        `INSERT INTO user_credential (user_id, password_hash, password_changed_at) VALUES ($1, $2, now())`,
        [user!.id, await this.hasher.hash(options.password)],
      );
    for (const m of options.memberships ?? [])
      await this.sql(
        `INSERT INTO membership (organization_id, user_id, roles) VALUES ($1, $2, $3)`,
        [m.organizationId, user!.id, m.roles ?? ['organization-admin']],
      );
    return { id: user!.id, email };
  }

  async post<T = Record<string, unknown>>(
    path: string,
    body: object = {},
    options: {
      cookie?: string;
      csrf?: boolean;
      origin?: string;
      locale?: string;
      token?: string;
    } = {},
  ): Promise<AuthResponse<T>> {
    const res = await fetch(`${this.apiUrl}${path}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'user-agent': 'credentials-kit',
        ...(options.csrf === false ? {} : { 'x-reha-csrf': '1' }),
        ...(options.cookie ? { cookie: options.cookie } : {}),
        ...(options.origin ? { origin: options.origin } : {}),
        ...(options.locale ? { 'accept-language': options.locale } : {}),
        ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      },
      body: JSON.stringify(body),
    });
    const text = await res.text();
    return {
      status: res.status,
      body: (text ? JSON.parse(text) : undefined) as T,
      headers: res.headers,
      cookies: Object.fromEntries(res.headers.getSetCookie().map(parseSetCookie)),
    };
  }

  /** Logs in at `app` and returns the grant and the `Cookie` header value for later calls. */
  async login(
    email: string,
    password: string,
    options: { app?: string; totp?: string } = {},
  ): Promise<{ grant: GrantBody; cookie: string }> {
    const app = options.app ?? 'admin';
    const res = await this.post<GrantBody>(`/auth/${app}/login`, {
      email,
      password,
      ...(options.totp ? { totp: options.totp } : {}),
    });
    if (res.status !== 200)
      throw new Error(`login failed: ${res.status} ${JSON.stringify(res.body)}`);
    const cookie = res.cookies[`reha_rt_${app}`]!;
    return { grant: res.body, cookie: `reha_rt_${app}=${cookie.value}` };
  }

  /** Audit events of an action, oldest first. */
  events(action: string, extra = ''): Promise<Record<string, unknown>[]> {
    return this.sql(
      `SELECT action, result, error_code, principal_kind, actor_id, organization_id, entity_type,
              entity_id, fields
         FROM audit_event WHERE action = $1 ${extra} ORDER BY id`,
      [action],
    );
  }
}
