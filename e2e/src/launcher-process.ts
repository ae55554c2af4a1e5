import { ChildProcess, execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { createServer } from 'node:net';
import type { Stack } from './stack';

/** What global setup hands to global teardown; Jest runs both in its parent process. */
export interface LauncherRun {
  child: ChildProcess;
  stack: Stack;
  stackFile: string;
  output: () => string;
}
export const RUN_KEY = '__rehaE2eLauncher';

/** A port nothing listens on right now (on any interface: the API binds 0.0.0.0). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/**
 * Stops the launcher as Ctrl+C or a service manager would (SIGTERM), waits for it to exit and
 * kills it after `timeoutMs`. Returns how it ended.
 */
export async function stopLauncher(
  child: ChildProcess,
  timeoutMs = 30_000,
): Promise<{ code: number | null; signal: NodeJS.Signals | null; killed: boolean }> {
  if (child.exitCode !== null || child.signalCode !== null)
    return { code: child.exitCode, signal: child.signalCode, killed: false };
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  let timer: NodeJS.Timeout | undefined;
  const timedOut = await Promise.race([
    exited.then(() => false),
    new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(true), timeoutMs))),
  ]);
  clearTimeout(timer);
  if (timedOut) {
    child.kill('SIGKILL');
    await exited;
  }
  return { code: child.exitCode, signal: child.signalCode, killed: timedOut };
}

/**
 * Processes that belong to the launcher run using `dataDir`: the launcher, API and worker carry
 * REHA_DATA_DIR in their environment; PostgreSQL and redis-server rewrite their process titles
 * over it, but work inside their folders under `dataDir`. Reads /proc; elsewhere falls back to
 * `ps` (command lines only).
 */
export function processesOf(dataDir: string): Array<{ pid: number; command: string }> {
  if (!existsSync('/proc/self/environ')) {
    const out = execFileSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' });
    return out
      .split('\n')
      .filter((line) => line.includes(dataDir))
      .map((line) => {
        const [pid, ...args] = line.trim().split(/\s+/);
        return { pid: Number(pid), command: args.join(' ') };
      });
  }
  const marker = `REHA_DATA_DIR=${dataDir}\0`;
  const found: Array<{ pid: number; command: string }> = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue;
    const read = (what: string, get: (path: string) => string) => {
      try {
        return get(`/proc/${entry}/${what}`);
      } catch {
        return ''; // gone meanwhile, or not ours to read
      }
    };
    const command = read('cmdline', (p) => readFileSync(p, 'utf8'))
      .replace(/\0/g, ' ')
      .trim();
    const environ = read('environ', (p) => readFileSync(p, 'utf8'));
    const cwd = read('cwd', (p) => readlinkSync(p));
    if (
      environ.includes(marker) ||
      command.includes(dataDir) ||
      cwd === dataDir ||
      cwd.startsWith(`${dataDir}/`)
    )
      found.push({ pid: Number(entry), command });
  }
  return found;
}
