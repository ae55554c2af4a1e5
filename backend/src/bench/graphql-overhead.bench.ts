import { performance } from 'node:perf_hooks';
import { createApiApp } from '../main';
import type { Benchmark } from './benchmarks';

/**
 * What the GraphQL stack (parse, depth and complexity checks, validation, error plugin) costs
 * per request over a plain REST route in the same process: the ratio is stable on a noisy
 * machine, absolute times are not. Uses DATABASE_URL/REDIS_URL, or the local test servers.
 */
export const graphqlOverhead: Benchmark = {
  description: 'serverInfo query latency vs /health (same process, rate limit off)',
  async run() {
    process.env.DATABASE_URL ??= 'postgres://postgres@127.0.0.1:5432/postgres';
    process.env.REDIS_URL ??= 'redis://127.0.0.1:6379';
    process.env.SMTP_URL ??= 'smtp://127.0.0.1:1';
    process.env.RATE_LIMIT_PER_MINUTE = '0';
    process.env.LOG_LEVEL = 'silent';
    process.env.REHA_PROCESS = 'api';
    const app = await createApiApp();
    await app.listen(0, '127.0.0.1');
    const { port } = app.getHttpServer().address() as { port: number };
    const base = `http://127.0.0.1:${port}`;
    const gql = () =>
      fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ serverInfo { version now locales } }' }),
      }).then((r) => r.json());
    const rest = () => fetch(`${base}/health`).then((r) => r.json());
    const measure = async (fn: () => Promise<unknown>, n: number) => {
      for (let i = 0; i < 50; i++) await fn(); // warm-up
      const times: number[] = [];
      for (let i = 0; i < n; i++) {
        const t = performance.now();
        await fn();
        times.push(performance.now() - t);
      }
      times.sort((a, b) => a - b);
      return { p50: times[Math.floor(n / 2)]!, p95: times[Math.floor(n * 0.95)]! };
    };
    const n = Number(process.env.BENCH_REQUESTS ?? 1000);
    const graphql = await measure(gql, n);
    const health = await measure(rest, n);
    await app.close();
    const round = (x: number) => Math.round(x * 1000) / 1000;
    return {
      value: round(graphql.p50 / health.p50),
      unit: 'ratio (graphql p50 / rest p50)',
      requests: n,
      graphqlP50Ms: round(graphql.p50),
      graphqlP95Ms: round(graphql.p95),
      restP50Ms: round(health.p50),
      restP95Ms: round(health.p95),
    };
  },
};
