import { ConfigError, loadConfig } from './config.schema';

const valid = {
  DATABASE_URL: 'postgres://reha@127.0.0.1:5432/reha',
  REDIS_URL: 'redis://127.0.0.1:6379',
  SMTP_URL: 'smtp://127.0.0.1:1025',
  REHA_MASTER_KEY: `k1:${Buffer.alloc(32, 7).toString('base64')}`,
  REHA_INDEX_KEY: Buffer.alloc(32, 8).toString('base64'),
  REHA_JWT_SECRET: Buffer.alloc(32, 9).toString('base64'),
};

describe('configuration from the environment', () => {
  it('accepts a minimal environment and fills in the defaults', () => {
    const config = loadConfig(valid);
    expect(config.port).toBe(3000);
    expect(config.nodeEnv).toBe('development');
    expect(config.publicUrl).toBe('http://localhost:3000');
    expect(config.devTools).toBe(true);
    expect(config.bodyLimitBytes).toBe(1024 * 1024);
  });

  it('names every missing and every invalid variable with what is expected, at once', () => {
    let error: ConfigError | undefined;
    try {
      loadConfig({
        PORT: 'eighty',
        REDIS_URL: 'localhost:6379',
        GRAPHQL_MAX_DEPTH: '1',
        BODY_LIMIT: 'big',
      });
    } catch (e) {
      error = e as ConfigError;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect(error!.problems).toEqual([
      'PORT is invalid "eighty": expected an integer port 1–65535.',
      'DATABASE_URL is missing: expected a postgres:// URL such as postgres://reha@127.0.0.1:5432/reha.',
      'REDIS_URL is invalid (value hidden): expected a redis:// URL such as redis://127.0.0.1:6379.',
      'SMTP_URL is missing: expected an smtp:// or smtps:// URL such as smtp://user:pass@mail.example.ee:587.',
      'BODY_LIMIT is invalid "big": expected a size such as 1mb or 500kb.',
      'GRAPHQL_MAX_DEPTH is invalid "1": expected an integer 2–50.',
      'REHA_MASTER_KEY is missing: expected a key id and 32 random bytes in base64, such as k1:3q2+7w… (npm run keys:generate).',
      'REHA_INDEX_KEY is missing: expected base64 of 32 random bytes.',
      'REHA_JWT_SECRET is missing: expected base64 of at least 32 random bytes.',
    ]);
    expect(error!.message).toMatch(/^Configuration is invalid \(9 problems\):/);
  });

  it('never echoes secret values such as database passwords', () => {
    expect(() => loadConfig({ ...valid, DATABASE_URL: 'mysql://root:hunter2@db/reha' })).toThrow(
      /DATABASE_URL is invalid \(value hidden\)/,
    );
    try {
      loadConfig({ ...valid, DATABASE_URL: 'mysql://root:hunter2@db/reha' });
    } catch (e) {
      expect((e as Error).message).not.toContain('hunter2');
    }
  });

  it('parses sizes, booleans and turns developer tools off in production by default', () => {
    const config = loadConfig({
      ...valid,
      NODE_ENV: 'production',
      BODY_LIMIT: '500kb',
      RATE_LIMIT_PER_MINUTE: '0',
    });
    expect(config.bodyLimitBytes).toBe(500 * 1024);
    expect(config.devTools).toBe(false);
    expect(config.rateLimitPerMinute).toBe(0);
  });
});

describe('keys', () => {
  it('refuses to start without a master key, and never echoes a wrong one', () => {
    const { REHA_MASTER_KEY: _omitted, ...withoutKey } = valid;
    expect(() => loadConfig(withoutKey)).toThrow(
      /REHA_MASTER_KEY is missing: expected a key id and 32 random bytes in base64/,
    );
    const short = `k1:${Buffer.alloc(16, 5).toString('base64')}`;
    try {
      loadConfig({ ...valid, REHA_MASTER_KEY: short });
      throw new Error('accepted a 16-byte master key');
    } catch (e) {
      expect((e as Error).message).toContain('REHA_MASTER_KEY is invalid (value hidden)');
      expect((e as Error).message).not.toContain(short.slice(3, 15));
    }
  });
});

describe('configuration for one command', () => {
  it('judges only the variables the command needs', () => {
    const { loadConfigSubset } = jest.requireActual(
      './config.schema',
    ) as typeof import('./config.schema');
    expect(loadConfigSubset(['databaseUrl'], { DATABASE_URL: valid.DATABASE_URL })).toEqual({
      databaseUrl: valid.DATABASE_URL,
    });
    expect(() => loadConfigSubset(['databaseUrl'], {})).toThrow(
      /^Configuration is invalid \(1 problem\):\n {2}- DATABASE_URL is missing/,
    );
  });
});
