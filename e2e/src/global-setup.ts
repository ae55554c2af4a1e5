import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const LAUNCHER = resolve(__dirname, '../../backend/dist/src/dev/launcher.js');

async function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const server = createServer();
    server.once('error', rej);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => res(port));
    });
  });
}

/**
 * The smoke test of `npm start`: the launcher with DATABASE_URL, REDIS_URL and SMTP_URL unset
 * must bring up embedded PostgreSQL, Redis, SMTP capture, the API and the worker on one port.
 */
export default async function globalSetup(): Promise<void> {
  if (!existsSync(LAUNCHER))
    throw new Error(`${LAUNCHER} is missing: build first (npx nx run-many -t build)`);
  for (const app of ['web-admin', 'web-client', 'web-stats']) {
    if (!existsSync(resolve(__dirname, `../../${app}/dist/index.html`)))
      throw new Error(`${app}/dist is missing: build first (npx nx run-many -t build)`);
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'reha-e2e-'));
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    REHA_DATA_DIR: dataDir,
    LOG_LEVEL: 'warn',
    NODE_ENV: 'development',
  };
  delete env.DATABASE_URL;
  delete env.REDIS_URL;
  delete env.SMTP_URL;
  delete env.MAIL_CAPTURE_DIR;
  const child = spawn(process.execPath, [LAUNCHER], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: false,
  });
  let output = '';
  child.stdout!.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
  await new Promise<void>((res, rej) => {
    const timer = setTimeout(
      () => rej(new Error(`npm start did not come up within 150 s:\n${output}`)),
      150_000,
    );
    child.stdout!.on('data', () => {
      if (output.includes('Reha is running.')) {
        clearTimeout(timer);
        res();
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      rej(new Error(`npm start exited (${code}) before it was ready:\n${output}`));
    });
  });
  child.stdout!.removeAllListeners('data');
  child.stderr!.removeAllListeners('data');
  child.stdout!.resume();
  child.stderr!.resume();
  child.unref();
  const file = join(tmpdir(), `reha-e2e-stack-${process.pid}.json`);
  writeFileSync(
    file,
    JSON.stringify({ baseUrl: `http://localhost:${port}`, pid: child.pid, dataDir }),
  );
  process.env.REHA_E2E_STACK_FILE = file;
  (globalThis as { __rehaLauncher?: unknown }).__rehaLauncher = child;
}
