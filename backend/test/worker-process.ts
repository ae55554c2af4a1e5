import { ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { stopChild } from '../src/dev/local-services';

const WORKER = join(__dirname, '..', 'dist', 'src', 'worker.js');

/** The real worker process (built code), so a test can kill it with SIGKILL mid-job. */
export function startWorker(env: NodeJS.ProcessEnv): ChildProcess {
  if (!existsSync(WORKER))
    throw new Error(
      `${WORKER} is missing: build the backend first (npx nx run @reha/backend:build)`,
    );
  const child = spawn(process.execPath, [WORKER], {
    env: { PATH: process.env.PATH, ...env },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  return child;
}

export function killWorker(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
}

export { stopChild as stopWorker };

/** Polls until `check` returns a truthy value or the time is up. */
export async function eventually<T>(
  check: () => Promise<T | null | undefined | false>,
  timeoutMs = 20000,
  what = 'condition',
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline)
      throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
