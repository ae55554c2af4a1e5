import { spawn } from 'node:child_process';
import {
  createWriteStream,
  existsSync,
  mkdirSync,
  mkdtempSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { freePort, type LauncherRun, RUN_KEY, stopLauncher } from './launcher-process';
import { newStackFile, STACK_FILE_VARIABLE, type Stack } from './stack';

const ROOT = resolve(__dirname, '../..');
const LAUNCHER = join(ROOT, 'backend/dist/src/dev/launcher.js');
const RESULTS = resolve(__dirname, '../test-results');
const READY_LINE = 'Reha is running.';
const START_TIMEOUT_MS = 120_000;

/**
 * The smoke test of `npm start` with nothing configured: DATABASE_URL, REDIS_URL and SMTP_URL
 * unset, so the launcher must start embedded PostgreSQL, its own redis-server and the SMTP
 * capture server, migrate, and run the API (with the three SPAs) and the worker on one port.
 * All test files share this one run.
 */
export default async function globalSetup(): Promise<void> {
  const build = `build first: cd ${ROOT} && npx nx run-many -t build`;
  if (!existsSync(LAUNCHER)) throw new Error(`${LAUNCHER} is missing — ${build}`);
  for (const app of ['web-client', 'web-admin', 'web-stats']) {
    if (!existsSync(join(ROOT, app, 'dist/index.html')))
      throw new Error(`${app}/dist/index.html is missing — ${build}`);
  }

  const dataDir = mkdtempSync(join(tmpdir(), 'reha-e2e-'));
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    REHA_DATA_DIR: dataDir,
    LOG_LEVEL: 'warn',
  };
  // As `npm start` in a plain shell: nothing configured. (Jest sets NODE_ENV=test for itself.)
  for (const name of ['DATABASE_URL', 'REDIS_URL', 'SMTP_URL', 'MAIL_CAPTURE_DIR', 'NODE_ENV'])
    delete env[name];

  mkdirSync(RESULTS, { recursive: true });
  const log = createWriteStream(join(RESULTS, 'launcher.log'));
  let output = '';
  const child = spawn(process.execPath, [LAUNCHER], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const collect = (chunk: Buffer) => {
    output += chunk.toString();
    log.write(chunk);
  };
  child.stdout!.on('data', collect);
  child.stderr!.on('data', collect);
  child.once('exit', () => log.end());
  // If Jest goes away without global teardown (a crash), do not leave the product running.
  process.once('exit', () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
  });

  try {
    await new Promise<void>((ready, fail) => {
      const timer = setTimeout(
        () => fail(new Error(`npm start was not ready within ${START_TIMEOUT_MS / 1000} s`)),
        START_TIMEOUT_MS,
      );
      const onData = () => {
        if (!output.includes(READY_LINE)) return;
        clearTimeout(timer);
        child.stdout!.off('data', onData);
        child.off('exit', onExit);
        ready();
      };
      const onExit = (code: number | null, signal: NodeJS.Signals | null) => {
        clearTimeout(timer);
        fail(new Error(`npm start exited (${signal ?? code}) before it was ready`));
      };
      child.stdout!.on('data', onData);
      child.once('exit', onExit);
    });
  } catch (error) {
    await stopLauncher(child);
    rmSync(dataDir, { recursive: true, force: true, maxRetries: 5 });
    throw new Error(
      `${(error as Error).message}. Launcher output (also in e2e/test-results/launcher.log):\n${output}`,
      { cause: error },
    );
  }

  const stack: Stack = {
    baseUrl: `http://localhost:${port}`,
    pid: child.pid!,
    dataDir,
    banner: output.slice(output.indexOf(READY_LINE)),
  };
  const stackFile = newStackFile();
  writeFileSync(stackFile, JSON.stringify(stack));
  process.env[STACK_FILE_VARIABLE] = stackFile;
  const run: LauncherRun = { child, stack, stackFile, output: () => output };
  (globalThis as Record<string, unknown>)[RUN_KEY] = run;
}
