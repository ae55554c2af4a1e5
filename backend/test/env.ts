/** Environment for a Reha process under test. */
export function testEnv(overrides: Record<string, string>): NodeJS.ProcessEnv {
  return {
    NODE_ENV: 'test',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    PUBLIC_URL: 'http://reha.test',
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
