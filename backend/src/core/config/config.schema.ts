/**
 * Every environment variable Reha reads, with its type, default and what it is for.
 * Validated once at start-up: a bad value stops the process with a message naming each
 * variable and what is expected. The README's configuration table is generated from this list.
 */
export interface ConfigVariable<T> {
  name: string;
  description: string;
  /** Undefined means required. */
  default?: T | ((env: NodeJS.ProcessEnv) => T);
  parse: (raw: string) => T;
  /** What a valid value looks like, for the error message. */
  expected: string;
  secret?: boolean;
}

class ParseError extends Error {}

const int =
  (min: number, max: number) =>
  (raw: string): number => {
    if (!/^-?\d+$/.test(raw.trim())) throw new ParseError();
    const value = Number(raw);
    if (value < min || value > max) throw new ParseError();
    return value;
  };
const bool = (raw: string): boolean => {
  const v = raw.trim().toLowerCase();
  if (['1', 'true', 'yes', 'on'].includes(v)) return true;
  if (['0', 'false', 'no', 'off'].includes(v)) return false;
  throw new ParseError();
};
const url =
  (...protocols: string[]) =>
  (raw: string): string => {
    let parsed: URL;
    try {
      parsed = new URL(raw);
    } catch {
      throw new ParseError();
    }
    if (!protocols.includes(parsed.protocol.replace(/:$/, ''))) throw new ParseError();
    return raw;
  };
const oneOf =
  <T extends string>(...values: T[]) =>
  (raw: string): T => {
    if (!(values as string[]).includes(raw)) throw new ParseError();
    return raw as T;
  };
const text = (raw: string): string => {
  if (raw.trim() === '') throw new ParseError();
  return raw;
};
const byteSize = (raw: string): number => {
  const m = /^(\d+)\s*(b|kb|mb|gb)?$/i.exec(raw.trim());
  if (!m) throw new ParseError();
  const unit = (m[2] ?? 'b').toLowerCase();
  const factor = { b: 1, kb: 1024, mb: 1024 ** 2, gb: 1024 ** 3 }[unit]!;
  return Number(m[1]) * factor;
};

const base64Key =
  (minBytes: number) =>
  (raw: string): string => {
    const value = raw.trim();
    if (!/^[A-Za-z0-9+/]+={0,2}$/.test(value)) throw new ParseError();
    if (Buffer.from(value, 'base64').length < minBytes) throw new ParseError();
    return value;
  };
const masterKeyText = (raw: string): string => {
  const value = raw.trim();
  const m = /^([A-Za-z0-9_-]{1,32}):([A-Za-z0-9+/]+={0,2})$/.exec(value);
  if (!m || Buffer.from(m[2]!, 'base64').length !== 32) throw new ParseError();
  return value;
};

export const configSchema = {
  nodeEnv: {
    name: 'NODE_ENV',
    description: 'Run mode.',
    default: 'development',
    parse: oneOf('development', 'test', 'production'),
    expected: 'one of development, test, production',
  } as ConfigVariable<'development' | 'test' | 'production'>,
  port: {
    name: 'PORT',
    description: 'HTTP port serving the API and the three SPAs.',
    default: 3000,
    parse: int(1, 65535),
    expected: 'an integer port 1–65535',
  } as ConfigVariable<number>,
  host: {
    name: 'HOST',
    description: 'Interface to listen on.',
    default: '0.0.0.0',
    parse: text,
    expected: 'a host name or IP address',
  } as ConfigVariable<string>,
  publicUrl: {
    name: 'PUBLIC_URL',
    description: 'Address users reach Reha at (links in e-mails).',
    default: (env) => `http://localhost:${env.PORT ?? 3000}`,
    parse: url('http', 'https'),
    expected: 'an http(s) URL such as https://reha.example.ee',
  } as ConfigVariable<string>,
  databaseUrl: {
    name: 'DATABASE_URL',
    description:
      'PostgreSQL 15 connection (table owner; request code switches to reha_app). `npm start` starts an embedded server when unset.',
    parse: url('postgres', 'postgresql'),
    expected: 'a postgres:// URL such as postgres://reha@127.0.0.1:5432/reha',
    secret: true,
  } as ConfigVariable<string>,
  databasePoolSize: {
    name: 'DATABASE_POOL_SIZE',
    description: 'Connections per process; keep small so bursts fit PostgreSQL’s 100.',
    default: 10,
    parse: int(1, 100),
    expected: 'an integer 1–100',
  } as ConfigVariable<number>,
  redisUrl: {
    name: 'REDIS_URL',
    description:
      'Redis for BullMQ (use maxmemory-policy noeviction). `npm start` starts redis-server when unset.',
    parse: url('redis', 'rediss'),
    expected: 'a redis:// URL such as redis://127.0.0.1:6379',
    secret: true,
  } as ConfigVariable<string>,
  smtpUrl: {
    name: 'SMTP_URL',
    description: 'Outgoing mail server. `npm start` starts a local capture server when unset.',
    parse: url('smtp', 'smtps'),
    expected: 'an smtp:// or smtps:// URL such as smtp://user:pass@mail.example.ee:587',
    secret: true,
  } as ConfigVariable<string>,
  mailFrom: {
    name: 'MAIL_FROM',
    description: 'Sender of system e-mail.',
    default: 'Reha <no-reply@reha.localhost>',
    parse: text,
    expected: 'an address such as "Reha <no-reply@example.ee>"',
  } as ConfigVariable<string>,
  mailCaptureDir: {
    name: 'MAIL_CAPTURE_DIR',
    description:
      'Folder of the local SMTP capture server; when set, /dev/mail lists captured messages (development and tests only).',
    default: '',
    parse: (raw) => raw,
    expected: 'a folder path',
  } as ConfigVariable<string>,
  fileStorageDir: {
    name: 'FILE_STORAGE_DIR',
    description: 'Folder for uploaded files (local disk storage).',
    default: '.data/files',
    parse: text,
    expected: 'a folder path',
  } as ConfigVariable<string>,
  webDistDir: {
    name: 'WEB_DIST_DIR',
    description:
      'Folder holding the built SPAs (web-admin, web-client, web-stats). Empty: not served.',
    default: '',
    parse: (raw) => raw,
    expected: 'a folder path',
  } as ConfigVariable<string>,
  logLevel: {
    name: 'LOG_LEVEL',
    description: 'pino log level.',
    default: 'info',
    parse: oneOf('fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'),
    expected: 'one of fatal, error, warn, info, debug, trace, silent',
  } as ConfigVariable<string>,
  bodyLimitBytes: {
    name: 'BODY_LIMIT',
    description: 'Largest JSON request body.',
    default: 1024 * 1024,
    parse: byteSize,
    expected: 'a size such as 1mb or 500kb',
  } as ConfigVariable<number>,
  uploadLimitBytes: {
    name: 'UPLOAD_LIMIT',
    description: 'Largest uploaded file.',
    default: 20 * 1024 * 1024,
    parse: byteSize,
    expected: 'a size such as 20mb',
  } as ConfigVariable<number>,
  graphqlMaxDepth: {
    name: 'GRAPHQL_MAX_DEPTH',
    description: 'Deepest GraphQL selection accepted.',
    default: 10,
    parse: int(2, 50),
    expected: 'an integer 2–50',
  } as ConfigVariable<number>,
  graphqlMaxComplexity: {
    name: 'GRAPHQL_MAX_COMPLEXITY',
    description:
      'Largest GraphQL query cost accepted (1 per field, lists multiplied by their page size).',
    default: 2000,
    parse: int(10, 1_000_000),
    expected: 'an integer 10–1000000',
  } as ConfigVariable<number>,
  rateLimitPerMinute: {
    name: 'RATE_LIMIT_PER_MINUTE',
    description: 'Requests per minute per client address; 0 turns the limit off (benchmarks).',
    default: 600,
    parse: int(0, 10_000_000),
    expected: 'an integer ≥ 0',
  } as ConfigVariable<number>,
  trustProxy: {
    name: 'TRUST_PROXY',
    description: 'Number of reverse proxies in front whose X-Forwarded-For is trusted.',
    default: 0,
    parse: int(0, 10),
    expected: 'an integer 0–10',
  } as ConfigVariable<number>,
  outboxSweepIntervalMs: {
    name: 'OUTBOX_SWEEP_INTERVAL_MS',
    description: 'How often the worker looks for due outbox rows.',
    default: 1000,
    parse: int(50, 600_000),
    expected: 'milliseconds 50–600000',
  } as ConfigVariable<number>,
  outboxLeaseMs: {
    name: 'OUTBOX_LEASE_MS',
    description:
      'How long a send may take before the row is retried (a crashed worker’s rows come back after it).',
    default: 60_000,
    parse: int(100, 3_600_000),
    expected: 'milliseconds 100–3600000',
  } as ConfigVariable<number>,
  outboxRequeueMs: {
    name: 'OUTBOX_REQUEUE_MS',
    description:
      'How long an enqueued but unclaimed row waits before it is enqueued again (a Redis restart loses queued jobs).',
    default: 30_000,
    parse: int(100, 3_600_000),
    expected: 'milliseconds 100–3600000',
  } as ConfigVariable<number>,
  auditSealIntervalMs: {
    name: 'AUDIT_SEAL_INTERVAL_MS',
    description:
      'How often the worker seals new audit events into their organization’s hash chain (tamper-evident from then on).',
    default: 2000,
    parse: int(50, 600_000),
    expected: 'milliseconds 50–600000',
  } as ConfigVariable<number>,
  masterKey: {
    name: 'REHA_MASTER_KEY',
    description:
      'Master key that wraps every client data key: `<key-id>:<base64 of 32 bytes>` (`npm run keys:generate` prints one). `npm start` generates one into .data/ when unset.',
    parse: masterKeyText,
    expected: 'a key id and 32 random bytes in base64, such as k1:3q2+7w… (npm run keys:generate)',
    secret: true,
  } as ConfigVariable<string>,
  previousMasterKeys: {
    name: 'REHA_MASTER_KEYS_PREVIOUS',
    description:
      'Comma-separated earlier master keys, still able to unwrap data keys until `npm run keys:rotate` has rewrapped them.',
    default: '',
    parse: (raw) => raw.split(',').map(masterKeyText).join(','),
    expected: 'comma-separated <key-id>:<base64 of 32 bytes> values',
    secret: true,
  } as ConfigVariable<string>,
  indexKey: {
    name: 'REHA_INDEX_KEY',
    description:
      'HMAC key of the blind indexes (isikukood lookup, name search): base64 of 32 bytes. Changing it needs a reindex.',
    parse: base64Key(32),
    expected: 'base64 of 32 random bytes',
    secret: true,
  } as ConfigVariable<string>,
  jwtSecret: {
    name: 'REHA_JWT_SECRET',
    description: 'Signing key of access tokens: base64 of at least 32 random bytes.',
    parse: base64Key(32),
    expected: 'base64 of at least 32 random bytes',
    secret: true,
  } as ConfigVariable<string>,
  devTools: {
    name: 'REHA_DEV_TOOLS',
    description: 'Development helpers (/dev/mail, test e-mail mutation). Never on in production.',
    default: (env) => env.NODE_ENV !== 'production',
    parse: bool,
    expected: 'true or false',
  } as ConfigVariable<boolean>,
  passwordHashCost: {
    name: 'PASSWORD_HASH_COST',
    description:
      'argon2id cost of new password hashes: production (19 MiB, 2 passes) or test (cheap, for test runs only). Existing hashes keep their own cost and are upgraded at the next login.',
    default: 'production',
    parse: oneOf('production', 'test'),
    expected: 'production or test',
  } as ConfigVariable<'production' | 'test'>,
  taraIssuer: {
    name: 'TARA_ISSUER',
    description:
      'eID login (TARA, OpenID Connect): the issuer, https://tara.ria.ee (production) or https://tara-test.ria.ee (test). Unset: eID login answers SERVICE_UNAVAILABLE. `npm start` starts a local TARA mock and sets the three TARA_ variables.',
    default: '',
    parse: url('http', 'https'),
    expected: 'an http(s) URL such as https://tara.ria.ee',
  } as ConfigVariable<string>,
  taraClientId: {
    name: 'TARA_CLIENT_ID',
    description: 'eID login: the client id RIA registered for this service.',
    default: '',
    parse: text,
    expected: 'the client id from RIA',
  } as ConfigVariable<string>,
  taraClientSecret: {
    name: 'TARA_CLIENT_SECRET',
    description: 'eID login: the client secret RIA issued with the client id.',
    default: '',
    parse: text,
    expected: 'the client secret from RIA',
    secret: true,
  } as ConfigVariable<string>,
} as const;

export type AppConfig = {
  [K in keyof typeof configSchema]: (typeof configSchema)[K] extends ConfigVariable<infer T>
    ? T
    : never;
};

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(
      `Configuration is invalid (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n` +
        problems.map((p) => `  - ${p}`).join('\n'),
    );
    this.name = 'ConfigError';
  }
}

/** Reads and validates the environment; throws ConfigError listing every problem at once. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const problems: string[] = [];
  const result: Record<string, unknown> = {};
  for (const [key, variable] of Object.entries(configSchema) as [
    string,
    ConfigVariable<unknown>,
  ][]) {
    const raw = env[variable.name];
    if (raw === undefined || raw === '') {
      if (variable.default === undefined) {
        problems.push(`${variable.name} is missing: expected ${variable.expected}.`);
        continue;
      }
      result[key] =
        typeof variable.default === 'function'
          ? (variable.default as (e: NodeJS.ProcessEnv) => unknown)(env)
          : variable.default;
      continue;
    }
    try {
      result[key] = variable.parse(raw);
    } catch {
      const shown = variable.secret ? '(value hidden)' : JSON.stringify(raw);
      problems.push(`${variable.name} is invalid ${shown}: expected ${variable.expected}.`);
    }
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return result as AppConfig;
}

/** Validates only the named variables (for CLIs that need, say, just the database). */
export function loadConfigSubset<K extends keyof AppConfig>(
  keys: K[],
  env: NodeJS.ProcessEnv = process.env,
): Pick<AppConfig, K> {
  const subset: NodeJS.ProcessEnv = {};
  const required = new Set(keys.map((k) => configSchema[k].name));
  for (const variable of Object.values(configSchema) as ConfigVariable<unknown>[]) {
    // Fill the variables not asked for with a placeholder that parses, so only the subset is judged.
    if (required.has(variable.name)) subset[variable.name] = env[variable.name];
    else if (variable.default === undefined) subset[variable.name] = placeholders[variable.name];
  }
  const full = loadConfig(subset);
  return Object.fromEntries(keys.map((k) => [k, full[k]])) as Pick<AppConfig, K>;
}

const placeholders: Record<string, string> = {
  REHA_MASTER_KEY: `placeholder:${Buffer.alloc(32).toString('base64')}`,
  REHA_INDEX_KEY: Buffer.alloc(32).toString('base64'),
  REHA_JWT_SECRET: Buffer.alloc(32).toString('base64'),
  DATABASE_URL: 'postgres://placeholder/placeholder',
  REDIS_URL: 'redis://placeholder:6379',
  SMTP_URL: 'smtp://placeholder:25',
};
