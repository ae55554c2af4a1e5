import 'reflect-metadata';
import { ChildProcess, spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { MailCaptureServer } from '../core/mail/capture-server';
import { migrate } from '../cli/migrate';
import { seed } from '../cli/seed';
import { startEmbeddedPostgres, startRedis, Started, stopChild } from './local-services';
import { freePort } from './free-port';
import { demoLogins } from './demo-logins';
import { devSecrets } from './dev-secrets';
import { randomBytes } from 'node:crypto';
import { demoEidIdentities } from './demo-data';
import { eidRedirectUris, startTaraMock } from './tara-mock/spawn';

/**
 * `npm start`: the whole product on one machine. Starts what is not configured — embedded
 * PostgreSQL (DATABASE_URL unset), redis-server (REDIS_URL unset), the SMTP capture server
 * (SMTP_URL unset) — fills in unset secrets (REHA_MASTER_KEY, REHA_INDEX_KEY, REHA_JWT_SECRET)
 * with development keys kept in `<dataDir>/secrets.json`, migrates, loads demo data once, then
 * runs the API (serving the three SPAs on PORT) and the worker, and prints where everything is.
 */
const repoRoot = resolve(__dirname, '../../../..');
const dataDir = resolve(process.env.REHA_DATA_DIR ?? join(repoRoot, '.data'));
const say = (line: string) => process.stdout.write(`[reha] ${line}\n`);

async function main(): Promise<void> {
  mkdirSync(dataDir, { recursive: true });
  const started: Started[] = [];
  const children: ChildProcess[] = [];
  let stopping = false;
  const stopAll = async (code: number) => {
    if (stopping) return;
    stopping = true;
    say('Stopping …');
    await Promise.all(children.map((c) => stopChild(c)));
    for (const s of started.reverse()) await s.stop().catch(() => undefined);
    process.exit(code);
  };
  process.on('SIGINT', () => void stopAll(0));
  process.on('SIGTERM', () => void stopAll(0));

  try {
    const env: NodeJS.ProcessEnv = { ...process.env };
    env.PORT = env.PORT || '3000';
    env.WEB_DIST_DIR = env.WEB_DIST_DIR || repoRoot;
    env.FILE_STORAGE_DIR = env.FILE_STORAGE_DIR || join(dataDir, 'files');

    // Before anything else, so a damaged secrets file stops the start early. process.env too:
    // migrate and seed run in this process, and seeding encrypts the demo data.
    const secrets = devSecrets(dataDir, env);
    for (const name of secrets.fromFile) {
      env[name] = secrets.values[name];
      process.env[name] = secrets.values[name];
    }
    if (secrets.fromFile.length) {
      const shown = relative(process.cwd(), secrets.file);
      const where = shown.startsWith('..') || isAbsolute(shown) ? secrets.file : shown;
      say(
        `Warning: ${secrets.fromFile.join(', ')} not set: using development keys from ${where} (never do this in production).`,
      );
    }

    if (!env.DATABASE_URL) {
      say('DATABASE_URL is not set: starting embedded PostgreSQL 15 …');
      const pg = await startEmbeddedPostgres(dataDir, say);
      started.push(pg);
      env.DATABASE_URL = pg.url;
    }
    if (!env.REDIS_URL) {
      say('REDIS_URL is not set: starting redis-server …');
      const redis = await startRedis(dataDir, say);
      started.push(redis);
      env.REDIS_URL = redis.url;
    }
    if (!env.SMTP_URL) {
      const dir = join(dataDir, 'mail');
      const capture = new MailCaptureServer({ dir, port: await freePort(1025) });
      const port = await capture.start();
      started.push({ url: `smtp://127.0.0.1:${port}`, stop: () => capture.stop() });
      env.SMTP_URL = `smtp://127.0.0.1:${port}`;
      env.MAIL_CAPTURE_DIR = dir;
    }

    // eID login: without TARA configured, a local OIDC provider plays it (demo people listed).
    if (!env.TARA_ISSUER) {
      const clientId = 'reha-local';
      const clientSecret = randomBytes(24).toString('base64url');
      const tara = await startTaraMock({
        clientId,
        clientSecret,
        redirectUris: eidRedirectUris(env.PUBLIC_URL || `http://localhost:${env.PORT}`),
        identities: demoEidIdentities(),
        port: await freePort(7370),
        stdio: ['ignore', 'inherit', 'inherit'],
      });
      started.push(tara);
      env.TARA_ISSUER = tara.issuer;
      env.TARA_CLIENT_ID = clientId;
      env.TARA_CLIENT_SECRET = clientSecret;
      say(`TARA_ISSUER is not set: eID login goes to the local TARA mock at ${tara.issuer}`);
    }

    const applied = await migrate(env.DATABASE_URL);
    say(
      applied.length ? `Migrations applied: ${applied.length}` : 'Database schema is up to date.',
    );
    const seeded = await seed(env.DATABASE_URL, { demo: true });
    if (seeded.length) say(`Demo data loaded: ${seeded.join(', ')}`);

    const run = (script: string, name: string) => {
      const child = spawn(process.execPath, [join(__dirname, '..', script)], {
        env,
        stdio: 'inherit',
      });
      child.on('exit', (code, signal) => {
        if (!stopping) {
          say(`${name} stopped (${signal ?? code}); stopping everything.`);
          void stopAll(code || 1);
        }
      });
      children.push(child);
    };
    run('main.js', 'API');
    run('worker.js', 'worker');

    const base = `http://localhost:${env.PORT}`;
    await waitForReady(`${base}/ready`);
    const lines = [
      '',
      'Reha is running.',
      `  Client portal and public pages  ${base}/`,
      `  Staff (web-admin)               ${base}/admin/`,
      `  Agencies (web-stats)            ${base}/stats/`,
      `  GraphQL API                     ${base}/graphql`,
      `  Health / readiness              ${base}/health  ${base}/ready`,
      ...(env.MAIL_CAPTURE_DIR ? [`  Captured e-mail (development)   ${base}/dev/mail`] : []),
      `  eID provider (TARA)             ${env.TARA_ISSUER}`,
      '',
      ...demoLogins(),
      '',
      'Press Ctrl+C to stop.',
    ];
    process.stdout.write(lines.join('\n') + '\n');
  } catch (error) {
    say(`Start failed: ${failureText(error)}`);
    await stopAll(1);
  }
}

/** A failure as one readable text, also for a rejection without a reason or an empty message. */
function failureText(error: unknown): string {
  if (error instanceof Error) return error.message || error.name || 'unknown error';
  return error === undefined ? 'unknown error (no reason given)' : String(error);
}

async function waitForReady(url: string, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`${url} did not become ready within ${timeoutMs / 1000} s`);
}

void main();
