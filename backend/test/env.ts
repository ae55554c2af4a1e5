/** Fixed test keys: tests are repeatable, and nothing real is ever encrypted with them. */
export const TEST_KEYS = {
  REHA_MASTER_KEY: `test1:${Buffer.alloc(32, 1).toString('base64')}`,
  REHA_INDEX_KEY: Buffer.alloc(32, 2).toString('base64'),
  REHA_JWT_SECRET: Buffer.alloc(32, 3).toString('base64'),
};

/** Environment for a Reha process under test. */
export function testEnv(overrides: Record<string, string>): NodeJS.ProcessEnv {
  return {
    NODE_ENV: 'test',
    ...TEST_KEYS,
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    PUBLIC_URL: 'http://reha.test',
    PASSWORD_HASH_COST: 'test',
    ...overrides,
  };
}

/** Sets process.env for an in-process app; returns a function that restores it. */
export function applyEnv(env: NodeJS.ProcessEnv): () => void {
  const saved = { ...process.env };
  Object.assign(process.env, env);
  return () => {
    for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
    Object.assign(process.env, saved);
  };
}
