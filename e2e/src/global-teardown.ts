import { ChildProcess, execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { stack } from './stack';

/** Stops `npm start` with SIGTERM, as Ctrl+C would, and checks it leaves nothing running. */
export default async function globalTeardown(): Promise<void> {
  const child = (globalThis as { __rehaLauncher?: ChildProcess }).__rehaLauncher;
  const { dataDir } = stack();
  if (child && child.exitCode === null) {
    const exited = new Promise<void>((res) => child.once('exit', () => res()));
    child.kill('SIGTERM');
    const timeout = new Promise<'timeout'>((res) =>
      setTimeout(() => res('timeout'), 30_000).unref(),
    );
    if ((await Promise.race([exited, timeout])) === 'timeout') child.kill('SIGKILL');
  }
  let leftovers: string;
  try {
    leftovers = execFileSync(
      'sh',
      ['-c', `ps -eo args | grep -F "${dataDir}" | grep -v grep || true`],
      { encoding: 'utf8' },
    ).trim();
  } catch {
    leftovers = '';
  }
  rmSync(dataDir, { recursive: true, force: true });
  if (leftovers) throw new Error(`npm start left processes running after SIGTERM:\n${leftovers}`);
}
