import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { join } from 'node:path';
import type { Server } from 'node:http';
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';
import { Client as Pg } from 'pg';
import { migrate } from '../cli/migrate';
import { AccessTokens } from '../core/auth/access-tokens';
import { createApiApp } from '../main';
import { BenchBaselineModule, BENCH_PLAIN_FIELD } from './bench-baseline.module';
import type { Benchmark } from './benchmarks';

/**
 * What the data-protection stack costs on a real read: an authenticated, tenant-scoped,
 * audited `client(id)` (token check, one transaction as reha_app under RLS, membership
 * lookup, data-key unwrap and decryption, one audit event) against the same GraphQL read with
 * auth, tenancy and audit switched off (a bench-only @Public resolver on the owner DataSource),
 * and `GET /health` for context. autocannon (in a worker thread of this process, so the load
 * generator does not share the server's event loop) on loopback; value = secured / baseline
 * requests per second. Uses DATABASE_URL/REDIS_URL, else a fresh database on the local server.
 */

const ADMIN_URL = 'postgres://postgres@127.0.0.1:5432/postgres';
const TARGET_RATIO = 0.5;
const SECURED_QUERY = `query ($id: ID!) { client(id: $id) { id firstName lastName isikukood } }`;
const BASELINE_QUERY = `query ($id: ID!) { ${BENCH_PLAIN_FIELD}(id: $id) { id firstName lastName isikukood } }`;
const CLIENT = { isikukood: '49403136515', firstName: 'Mari-Liis', lastName: 'Tamm' };

/** Fixed keys in the test format: nothing real is ever encrypted with them. */
const BENCH_KEYS = {
  REHA_MASTER_KEY: `test1:${Buffer.alloc(32, 1).toString('base64')}`,
  REHA_INDEX_KEY: Buffer.alloc(32, 2).toString('base64'),
  REHA_JWT_SECRET: Buffer.alloc(32, 3).toString('base64'),
};

interface Target {
  name: 'secured' | 'baseline' | 'hello';
  method: 'GET' | 'POST';
  path: string;
  headers: Record<string, string>;
  body?: string;
  /** The exact body every response must have (checked by autocannon as mismatches). */
  expectBody: string;
}

interface Phase {
  result: autocannon.Result;
  wallS: number;
  /** This process (server main thread + autocannon worker + libuv), in cores. */
  nodeCores: number;
  /** Main thread (the server's event loop) busy fraction. */
  serverElu: number;
  /** This database's PostgreSQL backends, in cores (when /proc shows them). */
  postgresCores: number | null;
  /** Whole machine busy fraction. */
  machineBusy: number;
  /** node-postgres statements per completed request, by statement start. */
  queriesPerRequest: number;
  queryKinds: Record<string, number>;
}

const round = (x: number, digits = 3) => Math.round(x * 10 ** digits) / 10 ** digits;

async function sql<T>(url: string, text: string, values: unknown[] = []): Promise<T[]> {
  const client = new Pg({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text, values)).rows as T[];
  } finally {
    await client.end();
  }
}

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

// --- CPU accounting from /proc (Linux); absent elsewhere, then reported as null -----------

const TICK_HZ = 100;

function machineTicks(): { busy: number; total: number } {
  try {
    const line = readFileSync('/proc/stat', 'utf8').split('\n')[0]!;
    const v = line.trim().split(/\s+/).slice(1).map(Number);
    const idle = v[3]! + (v[4] ?? 0);
    const total = v.slice(0, 8).reduce((a, b) => a + b, 0);
    return { busy: total - idle, total };
  } catch {
    return { busy: 0, total: 0 };
  }
}

/** CPU ticks (utime + stime) of each given process that /proc shows. */
function processTicks(pids: number[]): Map<number, number> {
  const ticks = new Map<number, number>();
  for (const pid of pids) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      ticks.set(pid, Number(f[11]) + Number(f[12]));
    } catch {
      // not visible (PostgreSQL on another machine or in another namespace)
    }
  }
  return ticks;
}

/** Statements sent through node-postgres in this process (the app's pool and ours). */
const pgQueries = { count: 0, byKind: new Map<string, number>() };
function countPgQueries(): void {
  const proto = Pg.prototype as unknown as { query: (...args: unknown[]) => unknown };
  const original = proto.query;
  proto.query = function (this: Pg, ...args: unknown[]) {
    const q = args[0];
    const text = typeof q === 'string' ? q : ((q as { text?: string } | undefined)?.text ?? '');
    const kind = text.replace(/\s+/g, ' ').trim().slice(0, 48);
    pgQueries.count++;
    pgQueries.byKind.set(kind, (pgQueries.byKind.get(kind) ?? 0) + 1);
    return original.apply(this, args);
  };
}

function runCannon(opts: autocannon.Options): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    autocannon(opts, (err, result) => (err ? reject(err) : resolve(result)));
  });
}

function checkClean(label: string, r: autocannon.Result): void {
  const bad = {
    non2xx: r.non2xx,
    errors: r.errors,
    timeouts: r.timeouts,
    mismatches: r.mismatches,
  };
  if (Object.values(bad).some((n) => n !== 0) || r.requests.total === 0) {
    throw new Error(
      `graphql-overhead: ${label} was not clean: ${JSON.stringify({ ...bad, total: r.requests.total, statusCodes: r.statusCodeStats })}`,
    );
  }
}

export const graphqlOverhead: Benchmark = {
  description:
    'secured client(id) (auth, RLS transaction, decrypt, audit) vs the same read unsecured; rps ratio (autocannon)',
  async run() {
    const durationS = Number(process.env.BENCH_DURATION_S ?? 10);
    const warmupS = Number(process.env.BENCH_WARMUP_S ?? 2);
    const connections = Number(process.env.BENCH_CONNECTIONS ?? 10);
    // BENCH_CPU_PROFILE=<dir>: a V8 CPU profile of the server's main thread per measured phase.
    const profileDir = process.env.BENCH_CPU_PROFILE;
    process.env.REDIS_URL ??= 'redis://127.0.0.1:6379';
    process.env.SMTP_URL ??= 'smtp://127.0.0.1:1';
    process.env.RATE_LIMIT_PER_MINUTE = '0';
    process.env.LOG_LEVEL = 'silent';
    process.env.REHA_PROCESS = 'api';
    for (const [k, v] of Object.entries(BENCH_KEYS)) process.env[k] ??= v;

    const loadBefore = loadavg().map((x) => round(x, 2));
    countPgQueries();
    let dropDatabase: (() => Promise<void>) | undefined;
    if (!process.env.DATABASE_URL) {
      const name = `reha_bench_${randomBytes(5).toString('hex')}`;
      await sql(ADMIN_URL, `CREATE DATABASE ${name}`);
      dropDatabase = () =>
        sql(ADMIN_URL, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).then(() => undefined);
      process.env.DATABASE_URL = withDatabase(ADMIN_URL, name);
      try {
        await migrate(process.env.DATABASE_URL);
      } catch (error) {
        await dropDatabase();
        throw error;
      }
    }
    const dbUrl = process.env.DATABASE_URL;
    const app = await createApiApp([BenchBaselineModule]).catch(async (error: unknown) => {
      await dropDatabase?.();
      throw error;
    });
    try {
      // The baseline reads and the audit count need a role that RLS does not filter.
      const [me] = await sql<{ bypass: boolean }>(
        dbUrl,
        `SELECT rolsuper OR rolbypassrls AS bypass FROM pg_roles WHERE rolname = current_user`,
      );
      if (!me?.bypass)
        throw new Error('graphql-overhead: DATABASE_URL must connect as a superuser (RLS bypass)');

      await app.listen(0, '127.0.0.1');
      const server = app.getHttpServer() as Server;
      const { port } = server.address() as { port: number };
      const base = `http://127.0.0.1:${port}`;

      // Server-side view: which requests it executed (autocannon abandons its in-flight
      // requests when a phase stops, but the server still runs and audits them).
      let inFlight = 0;
      let securedSeen = 0;
      server.prependListener('request', (req, res) => {
        inFlight++;
        // Counted once the body is in: a request cut off before that never ran.
        if (req.url === '/graphql' && req.headers.authorization)
          req.once('end', () => securedSeen++);
        res.once('close', () => inFlight--);
      });
      const idle = async () => {
        for (let i = 0; inFlight > 0; i++) {
          if (i > 500) throw new Error(`graphql-overhead: ${inFlight} requests never finished`);
          await new Promise((r) => setTimeout(r, 10));
        }
      };

      // Fixtures as the superuser (as backend/test/tenancy-fixtures.ts).
      const [org] = await sql<{ id: string }>(
        dbUrl,
        `INSERT INTO organization (name, registry_code) VALUES ($1, $2) RETURNING id`,
        ['Bench Rehabilitatsioon OÜ', String(10000000 + Math.floor(Math.random() * 89999999))],
      );
      const [user] = await sql<{ id: string }>(
        dbUrl,
        `INSERT INTO app_user (email, display_name) VALUES ($1, $2) RETURNING id`,
        [`bench-${randomBytes(6).toString('hex')}@reha.test`, 'Bench staff'],
      );
      await sql(
        dbUrl,
        `INSERT INTO membership (organization_id, user_id, roles) VALUES ($1, $2, $3)`,
        [org!.id, user!.id, ['organization-admin']],
      );
      const token = app
        .get(AccessTokens)
        .sign({ sub: user!.id, kind: 'staff', org: org!.id }, 60 * 60);
      const auth = { authorization: `Bearer ${token}` };
      const json = { 'content-type': 'application/json' };

      const gql = async (query: string, variables: object, headers: Record<string, string>) => {
        const res = await fetch(`${base}/graphql`, {
          method: 'POST',
          headers: { ...json, ...headers },
          body: JSON.stringify({ query, variables }),
        });
        const text = await res.text();
        const body = JSON.parse(text) as { data?: Record<string, unknown>; errors?: unknown[] };
        if (res.status !== 200 || body.errors || !body.data)
          throw new Error(`graphql-overhead: GraphQL request failed (${res.status}): ${text}`);
        return { text, data: body.data };
      };

      const created = await gql(
        `mutation ($input: CreateClientInput!) { createClient(input: $input) { id } }`,
        { input: CLIENT },
        auth,
      );
      const clientId = (created.data.createClient as { id: string }).id;
      const expected = { id: clientId, ...CLIENT };
      const exactClient = (data: unknown, field: string) => {
        const got = (data as Record<string, Record<string, unknown>>)[field];
        const keys = ['id', 'firstName', 'lastName', 'isikukood'] as const;
        if (!got || keys.some((k) => got[k] !== expected[k]))
          throw new Error(`graphql-overhead: ${field} returned ${JSON.stringify(got)}`);
      };

      // One sample of each target: 200, no `errors`, the decrypted record; its exact body is
      // then what every benchmarked response must equal.
      const vars = { id: clientId };
      const securedSample = await gql(SECURED_QUERY, vars, auth);
      exactClient(securedSample.data, 'client');
      const baselineSample = await gql(BASELINE_QUERY, vars, {});
      exactClient(baselineSample.data, BENCH_PLAIN_FIELD);
      const healthRes = await fetch(`${base}/health`);
      const healthText = await healthRes.text();
      if (healthRes.status !== 200)
        throw new Error(`graphql-overhead: /health ${healthRes.status}: ${healthText}`);

      const targets: Target[] = [
        {
          name: 'baseline',
          method: 'POST',
          path: '/graphql',
          headers: json,
          body: JSON.stringify({ query: BASELINE_QUERY, variables: vars }),
          expectBody: baselineSample.text,
        },
        {
          name: 'secured',
          method: 'POST',
          path: '/graphql',
          headers: { ...json, ...auth },
          body: JSON.stringify({ query: SECURED_QUERY, variables: vars }),
          expectBody: securedSample.text,
        },
        {
          name: 'hello',
          method: 'GET',
          path: '/health',
          headers: {},
          expectBody: healthText,
        },
      ];

      const cannon = (t: Target, seconds: number) =>
        runCannon({
          url: `${base}${t.path}`,
          method: t.method,
          headers: t.headers,
          body: t.body,
          expectBody: t.expectBody,
          connections,
          duration: seconds,
          workers: 1,
        });

      const backends = async () =>
        (
          await sql<{ pid: number }>(
            dbUrl,
            `SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()`,
          )
        ).map((r) => r.pid);

      const phase = async (t: Target): Promise<Phase> => {
        const pids0 = await backends();
        const q0 = pgQueries.count;
        const k0 = new Map(pgQueries.byKind);
        const m0 = machineTicks();
        const p0 = processTicks(pids0);
        const c0 = process.cpuUsage();
        const e0 = performance.eventLoopUtilization();
        const profiler = profileDir ? new Session() : undefined;
        if (profiler) {
          profiler.connect();
          await profiler.post('Profiler.enable');
          await profiler.post('Profiler.start');
        }
        const t0 = performance.now();
        const result = await cannon(t, durationS);
        const wallS = (performance.now() - t0) / 1000;
        if (profiler && profileDir) {
          const { profile } = await profiler.post('Profiler.stop');
          profiler.disconnect();
          mkdirSync(profileDir, { recursive: true });
          writeFileSync(join(profileDir, `${t.name}.cpuprofile`), JSON.stringify(profile));
        }
        const elu = performance.eventLoopUtilization(e0);
        const c = process.cpuUsage(c0);
        const m1 = machineTicks();
        const queries = pgQueries.count - q0;
        const pids = [...new Set([...pids0, ...(await backends())])];
        const p1 = processTicks(pids);
        let pgTicks = 0;
        for (const [pid, ticks] of p1) pgTicks += ticks - (p0.get(pid) ?? 0);
        const n = Math.max(result.requests.total, 1);
        const queryKinds: Record<string, number> = {};
        for (const [kind, count] of pgQueries.byKind) {
          const d = count - (k0.get(kind) ?? 0);
          if (d / n >= 0.01) queryKinds[kind] = round(d / n, 2);
        }
        return {
          result,
          wallS,
          nodeCores: (c.user + c.system) / 1e6 / wallS,
          serverElu: elu.utilization,
          postgresCores:
            pids.length === 0 ? 0 : p0.size || p1.size ? pgTicks / TICK_HZ / wallS : null,
          machineBusy: m1.total > m0.total ? (m1.busy - m0.busy) / (m1.total - m0.total) : 0,
          queriesPerRequest: queries / n,
          queryKinds,
        };
      };

      const countAudit = async () =>
        Number((await sql<{ n: string }>(dbUrl, `SELECT count(*) AS n FROM audit_event`))[0]!.n);

      const phases = {} as Record<Target['name'], Phase>;
      let securedCompleted = 0;
      let auditRows = 0;
      let securedServerRequests = 0;
      for (const t of targets) {
        await idle();
        const auditBefore = t.name === 'secured' ? await countAudit() : 0;
        const seenBefore = securedSeen;
        const warm = await cannon(t, warmupS);
        checkClean(`${t.name} warm-up`, warm);
        await idle();
        const p = await phase(t);
        checkClean(t.name, p.result);
        phases[t.name] = p;
        if (t.name === 'secured') {
          await idle();
          auditRows = (await countAudit()) - auditBefore;
          securedCompleted = warm.requests.total + p.result.requests.total;
          securedServerRequests = securedSeen - seenBefore;
        }
      }

      // Every request the server executed left exactly one audit row; the only difference to
      // what autocannon saw complete is what it abandoned in flight at the end of each phase.
      const abandoned = securedServerRequests - securedCompleted;
      const auditMatches =
        auditRows === securedServerRequests && abandoned >= 0 && abandoned <= 2 * connections;

      const stats = (p: Phase) => ({
        rps: round(p.result.requests.average, 1),
        p50Ms: p.result.latency.p50,
        p99Ms: p.result.latency.p99,
        requests: p.result.requests.total,
        non2xx: p.result.non2xx,
        errors: p.result.errors,
        queriesPerRequest: round(p.queriesPerRequest, 2),
        queries: p.queryKinds,
        cpu: {
          serverEventLoop: round(p.serverElu, 2),
          nodeCores: round(p.nodeCores, 2),
          postgresCores: p.postgresCores === null ? null : round(p.postgresCores, 2),
          machineBusy: round(p.machineBusy, 2),
          // Everything else on the machine (other processes, other databases): noise.
          otherCores: round(
            p.machineBusy * cpus().length - p.nodeCores - (p.postgresCores ?? 0),
            2,
          ),
        },
      });
      const secured = stats(phases.secured);
      const baseline = stats(phases.baseline);
      const hello = stats(phases.hello);
      const ratio = round(
        phases.secured.result.requests.average / phases.baseline.result.requests.average,
      );
      return {
        value: ratio,
        unit: 'ratio (secured rps / baseline rps)',
        target: TARGET_RATIO,
        meetsTarget: ratio >= TARGET_RATIO,
        securedRps: secured.rps,
        baselineRps: baseline.rps,
        helloRps: hello.rps,
        auditRows,
        securedRequests: securedCompleted,
        securedServerRequests,
        securedAbandonedAtStop: abandoned,
        auditMatches,
        durationS,
        warmupS,
        connections,
        cores: cpus().length,
        loadavgBefore: loadBefore,
        secured,
        baseline,
        hello,
      };
    } finally {
      await app.close();
      await dropDatabase?.();
    }
  },
};
